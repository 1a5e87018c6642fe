"""The original file behind a citation, served by the web chat: ``/bpa/original?doc=ID``.

Only documents of the committed index are served, by their id in the index's manifest; the
file comes from the index's own store of originals (``vectorstore.originals``), never from a
path in the request, so ``doc=../../etc/passwd`` is just an unknown document. With ``page``
or ``section`` the route redirects to the file at that place: a PDF at ``#page=N``,
Markdown, HTML and Word at the cited section's anchor. Markdown is shown rendered, HTML cleaned
(nh3: no scripts, handlers or remote content), a Word paper laid out as ingest read it
(``ui.docx_page``), each with an id on every heading, in a page
whose Content-Security-Policy sandboxes it; PDFs and text are sent as they are, never
sniffed into anything else. In staff mode the route needs a signed-in session like the page.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex

PATH = "/bpa/original"
# Rendered documents are data: no script runs, nothing is fetched, the page has no origin of its own.
DOCUMENT_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_HEADING = re.compile(r"<h([1-6])(\s[^>]*)?>(.*?)</h\1>", re.S | re.I)
_TAGS = re.compile(r"<[^>]*>")
_KINDS = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx"}
_SECTIONED = ("markdown", "html", "docx")  # kinds whose original opens at the cited section
_PLAIN = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
PAGE_STYLE = (
    "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:52rem;margin:1.5rem auto;"
    "padding:0 1rem;line-height:1.5;color:#1d2a35}table{border-collapse:collapse}td,th{border:1px solid #c8d1d9;"
    "padding:.2rem .4rem;vertical-align:top}:target{background:#ffe066;scroll-margin-top:1rem}"
    "pre{white-space:pre-wrap}.bpa-doc-note{font-size:.9rem;color:#5f6b76;border-bottom:1px solid #c8d1d9}"
)


@dataclass(frozen=True)
class Heading:
    id: str
    text: str
    level: int
    after: str = ""  # the plain words that follow it (a subtitle the parser joined to it: "A — B")


def original_url(doc_id: str, page: int | None = None, section: str | None = None) -> str:
    """The link a citation carries: the document, and the page or section it cites."""
    params: dict[str, str] = {"doc": doc_id}
    if page:
        params["page"] = str(int(page))
    if section:
        params["section"] = section[:500]
    return f"{PATH}?{urlencode(params, quote_via=quote)}"


def routes(index: Callable[[], ChunkIndex | None], signed_in: Callable[[Request], str | None] | None) -> list[Route]:
    """The route; ``signed_in`` (staff mode) gives the request's user or None, which is refused."""

    def original(request: Request) -> Response:
        if signed_in is not None and not signed_in(request):
            return PlainTextResponse("Sign in to open documents.", status_code=401, headers=_PLAIN)
        return serve(index(), request.query_params.get("doc", ""), request.query_params)

    return [Route(PATH, original, methods=["GET", "HEAD"], name="bpa-original")]


def serve(index: ChunkIndex | None, doc_id: str, params: object) -> Response:
    """The document's original, or a redirect to its page/section, or a plain 404/503 that says why."""
    if index is None:
        return PlainTextResponse("The index is unavailable at the moment.", status_code=503, headers=_PLAIN)
    try:
        record = index.generation(refresh=True).documents.get(doc_id) if 0 < len(doc_id) <= 1000 else None
    except StoreUnavailable:  # a Chroma server that went away
        return PlainTextResponse("The index is unavailable at the moment.", status_code=503, headers=_PLAIN)
    if record is None:
        return PlainTextResponse("No indexed document has that name.", status_code=404, headers=_PLAIN)
    path = index.originals().path(record.original)
    if path is None:
        return PlainTextResponse(
            "The original file of this document is not kept with the index (it was ingested before originals "
            "were kept): ingest it again to link to it.",
            status_code=404,
            headers=_PLAIN,
        )
    kind = _KINDS.get(path.suffix.lower(), "text")
    get = getattr(params, "get", lambda _name, default=None: default)
    page, section = get("page"), get("section")
    if page or section:
        return RedirectResponse(_place(doc_id, kind, path, page, section), status_code=303, headers=_PLAIN)
    name = _download_name(record.doc_id)
    if kind == "pdf":
        return FileResponse(
            path,
            media_type="application/pdf",
            headers={**_PLAIN, "Content-Disposition": f"inline; filename*=UTF-8''{quote(name)}"},
        )
    if kind == "text":
        return FileResponse(
            path, media_type="text/plain; charset=utf-8", headers={**_PLAIN, "Content-Security-Policy": DOCUMENT_CSP}
        )
    body, _ = rendered(str(path), kind)
    page_html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(record.title or name)}'
        f'</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>{PAGE_STYLE}</style>'
        f'</head><body><p class="bpa-doc-note">{html.escape(name)}: the original document, as indexed.</p>'
        f"{body}</body></html>"
    )
    return HTMLResponse(page_html, headers={**_PLAIN, "Content-Security-Policy": DOCUMENT_CSP})


def _place(doc_id: str, kind: str, path: Path, page: str | None, section: str | None) -> str:
    base = f"{PATH}?{urlencode({'doc': doc_id}, quote_via=quote)}"
    if kind == "pdf" and page and str(page).isdigit():
        return f"{base}#page={int(page)}"
    if kind in _SECTIONED and section:
        _, headings = rendered(str(path), kind)
        anchor = anchor_for(headings, str(section))
        if anchor:
            return f"{base}#{anchor}"
    return base


@functools.lru_cache(maxsize=16)
def rendered(path: str, kind: str) -> tuple[str, tuple[Heading, ...]]:
    """The document as clean HTML with an id on each heading (cached: the file is named by its hash)."""
    import nh3

    if kind == "docx":
        from ui.docx_page import docx_html

        text = docx_html(Path(path))
    else:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    if kind == "markdown":
        from markdown_it import MarkdownIt

        text = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    clean = nh3.clean(text, attributes=_attributes(), link_rel="noopener noreferrer nofollow")
    return _with_anchors(clean)


@functools.cache
def _attributes() -> dict[str, set[str]]:
    """nh3's default attributes without ids: ours are added after cleaning."""
    import nh3

    return {tag: set(names) - {"id"} for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}


def _with_anchors(clean: str) -> tuple[str, tuple[Heading, ...]]:
    headings: list[Heading] = []
    used: dict[str, int] = {}

    def add_id(m: re.Match) -> str:
        level, attributes, inner = int(m.group(1)), m.group(2) or "", m.group(3)
        text = " ".join(html.unescape(_TAGS.sub(" ", inner)).split())
        slug = "s-" + (re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section")
        used[slug] = used.get(slug, 0) + 1
        anchor = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        after = _plain(html.unescape(_TAGS.sub(" ", clean[m.end() : m.end() + 600])))[:200]
        headings.append(Heading(anchor, text, level, after))
        return f'<h{level} id="{anchor}"{attributes}>{inner}</h{level}>'

    return _HEADING.sub(add_id, clean), tuple(headings)


def anchor_for(headings: Sequence[Heading], section: str) -> str | None:
    """The heading a citation's section path (``"Paper > 2. Funding > Grants"``) points to.

    The deepest part of the path that is a heading of the document wins; among headings of the
    same text, the one under the most of the path's other parts. Parts the parser made of a
    title and subtitle ("A — B") count as either."""
    parts = [p.strip() for p in section.split(" > ") if p.strip()]
    stacks = _stacks(headings)
    for depth in range(len(parts) - 1, -1, -1):
        wanted = _variants(parts[depth])
        found = [i for i, h in enumerate(headings) if _plain(h.text) in wanted]
        if not found:
            continue
        ancestors = [v for p in parts[:depth] for v in _variants(p)]

        def score(i: int, ancestors: list[str] = ancestors, wanted: set[str] = wanted) -> int:
            under = sum(_plain(h.text) in ancestors for h in stacks[i])
            subtitle = any(v and v != _plain(headings[i].text) and v in headings[i].after for v in wanted)
            return under + 2 * subtitle

        return headings[max(found, key=lambda i: (score(i), -i))].id
    return None


def _stacks(headings: Sequence[Heading]) -> list[list[Heading]]:
    """The headings above each heading (its ancestors by level)."""
    stacks: list[list[Heading]] = []
    current: list[Heading] = []
    for h in headings:
        current = [a for a in current if a.level < h.level]
        stacks.append(list(current))
        current.append(h)
    return stacks


def _variants(part: str) -> set[str]:
    pieces = [part, *re.split(r"\s+[—–]\s+", part)]
    return {_plain(p) for p in pieces if _plain(p)}


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _download_name(doc_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._ ()-]+", "_", doc_id.replace("\\", "/").rsplit("/", 1)[-1]) or "document"
