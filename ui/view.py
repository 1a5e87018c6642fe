"""View-model: answers, questions and documents as the HTML the web chat shows.

Every string that comes from a document or a user is escaped here, and nowhere else
builds HTML from them, so a passage or question holding ``<script>`` or an ``onerror=``
attribute is shown as text and runs nothing. The chat renders Markdown; each message
is one HTML block without blank lines, so Markdown never re-reads the escaped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from assistant.answer import Answer, Citation, Passage
from vectorstore.dates import human_date

if TYPE_CHECKING:
    from ui.documents import Outcome
    from vectorstore.index import DocRecord

# The link to a passage's original document at its page or section (None: no original kept).
OriginalLink = Callable[[Passage], str | None]

_MARKER = re.compile(r"\[(\d+)\]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Notices the chain adds for logs and evaluation, not for the reader.
_INTERNAL_NOTICES = ("search unavailable", "answer backend unavailable")
RELATED_HEADING = "You may find these relevant"
SCOPE_STATEMENT = (
    "This assistant answers only from the published board papers listed under "
    "“What this assistant knows”, and cites the passage behind every sentence. "
    "It does not give medical advice: for a health concern, contact your GP or NHS 111."
)


def esc(text: object) -> str:
    """Escaped, on one line: a line break could end the message's HTML block."""
    return html.escape(_LINE_BREAK.sub(" ", "" if text is None else str(text)), quote=True)


def _multiline(text: str) -> str:
    return "<br>".join(esc(line) for line in _LINE_BREAK.split(text))


def question_html(question: str) -> str:
    return f'<div class="bpa-question">{_multiline(question.strip())}</div>'


def pending_html() -> str:
    return '<div class="bpa-answer bpa-pending"><p>Searching the papers…</p></div>'


def message_html(text: str, kind: str = "notice") -> str:
    """A message that is not an answer (limits, errors), escaped like everything else."""
    return f'<div class="bpa-answer bpa-{esc(kind)}"><p>{_multiline(text)}</p></div>'


def partial_html(text: str) -> str:
    """The verified part of an answer while it is still streaming."""
    return f'<div class="bpa-answer bpa-streaming">{text_html(text)}</div>'


def answer_html(answer: Answer, link: OriginalLink | None = None) -> str:
    """The answer, its sources (each expandable to the passage, and linked to its original),
    or the refusal with the closest passages."""
    parts = [text_html(answer.text)]
    parts += [f'<p class="bpa-notice">{esc(n)}</p>' for n in visible_notices(answer.notices)]
    if _rewritten(answer):  # a follow-up: say what it was taken to mean
        parts.append(f'<p class="bpa-searched">Searched the papers for: “{esc(answer.standalone_question)}”</p>')
    if answer.citations:
        parts.append(sources_html(answer.citations, link))
    elif answer.refused and answer.retrieved:
        parts.append(related_html(answer.retrieved[:3], link))
    if answer.dropped_sentences and not answer.refused:
        parts.append(_dropped_note(len(answer.dropped_sentences)))
    state = "bpa-refused" if answer.refused else "bpa-answered"
    return f'<div class="bpa-answer {state}">{"".join(parts)}</div>'


def _rewritten(answer: Answer) -> bool:
    searched = " ".join((answer.standalone_question or "").split()).casefold().rstrip("?. ")
    asked = " ".join((answer.question or "").split()).casefold().rstrip("?. ")
    return bool(searched) and searched != asked


def _dropped_note(count: int) -> str:
    # Say that something was left out, never what: an unsupported sentence is not shown as fact.
    what = f"{count} generated sentences were" if count > 1 else "One generated sentence was"
    return f'<p class="bpa-note">{what} left out because the papers do not support {"them" if count > 1 else "it"}.</p>'


def visible_notices(notices: Iterable[str]) -> list[str]:
    return [n for n in notices if not n.lower().startswith(_INTERNAL_NOTICES)]


def text_html(text: str) -> str:
    """Answer text: paragraphs and bullet lists, with ``[n]`` markers kept visible."""
    blocks: list[str] = []
    items: list[str] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if line.startswith(("- ", "• ")):
            items.append(f"<li>{_inline(line[2:])}</li>")
            continue
        if items:
            blocks.append(f"<ul>{''.join(items)}</ul>")
            items = []
        blocks.append(f"<p>{_inline(line)}</p>")
    if items:
        blocks.append(f"<ul>{''.join(items)}</ul>")
    return "".join(blocks)


def _inline(text: str) -> str:
    # A marker is a link: the page script opens that source below the answer (ui/style.py CITATION_SCRIPT).
    return _MARKER.sub(
        r'<a class="bpa-cite" href="#bpa-source" title="Show source \1" aria-label="Show source \1">[\1]</a>',
        esc(text),
    )


def sources_html(citations: Sequence[Citation], link: OriginalLink | None = None) -> str:
    items = "".join(source_html(c, link) for c in citations)
    return f'<div class="bpa-sources"><p class="bpa-heading"><strong>Sources</strong></p>{items}</div>'


def source_html(citation: Citation, link: OriginalLink | None = None) -> str:
    p = citation.placed  # the page and section of the sentence quoted, not of where the passage starts
    return (
        f'<details class="bpa-source"><summary>[{citation.n}] {_summary(p)}</summary>'
        f'{_facts(p)}{_original(p, link)}<blockquote class="bpa-passage">{highlighted(p.text, citation.marked)}'
        "</blockquote></details>"
    )


def _original(p: Passage, link: OriginalLink | None) -> str:
    """ "Open the original document at page 12" (PDF) or "at this section" (Markdown, HTML, Word)."""
    url = link(p) if link else None
    if not url:
        return ""
    where = f" at page {p.page}" if p.page else " at this section" if p.section else ""
    return (
        f'<p class="bpa-open"><a class="bpa-original" href="{esc(url)}" target="_blank" '
        f'rel="noopener noreferrer">Open the original document{where} ↗</a></p>'
    )


def related_html(passages: Sequence[Passage], link: OriginalLink | None = None) -> str:
    items = "".join(
        f'<details class="bpa-source bpa-related"><summary>{_summary(p)}</summary>{_facts(p)}{_original(p, link)}'
        f'<blockquote class="bpa-passage">{highlighted(p.text, ())}</blockquote></details>'
        for p in passages
    )
    return f'<div class="bpa-sources"><p class="bpa-heading"><strong>{RELATED_HEADING}</strong></p>{items}</div>'


def highlighted(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The passage, escaped, with each supporting sentence in ``<mark>`` (spans in order, apart;
    a span outside the text or overlapping the one before is left unmarked)."""
    out, at = [], 0
    for start, end in spans:
        if not at <= start < end <= len(text):
            continue
        out.append(f"{_multiline(text[at:start])}<mark>{_multiline(text[start:end])}</mark>")
        at = end
    return "".join(out) + _multiline(text[at:])


def _summary(p: Passage) -> str:
    when = human_date(p.date)
    title = p.title or p.doc
    dated = f" ({esc(when)})" if when and when not in title else ""
    return f"<strong>{esc(title)}</strong>{dated}"


def source_facts(p: Passage) -> list[tuple[str, str]]:
    """(label, value) pairs a citation shows: document, meeting, date, item, section, page."""
    when = human_date(p.date)
    facts = [
        ("Document", p.doc_id or p.doc),
        ("Meeting", p.meeting or ""),
        ("Date", when if when and when not in (p.meeting or "") else ""),
        ("Item", p.item or ""),
        ("Section", p.section),
        ("Page", str(p.page) if p.page else ""),
    ]
    return [(label, value) for label, value in facts if value]


def _facts(p: Passage) -> str:
    rows = "".join(f'<li><span class="bpa-label">{label}:</span> {esc(value)}</li>' for label, value in source_facts(p))
    return f'<ul class="bpa-facts">{rows}</ul>'


def documents_html(documents: Sequence[DocRecord]) -> str:
    """The 'what this assistant knows' list: title, meeting and date of each indexed document."""
    if not documents:
        return '<p class="bpa-knows">No documents are indexed yet, so there is nothing to search.</p>'
    rows = []
    for d in documents:
        when = human_date(d.date) or "date not known"
        meeting = d.meeting
        meeting_part = f" · {esc(meeting)}" if meeting and meeting not in d.title else ""
        rows.append(f"<li><strong>{esc(d.title or d.doc_id)}</strong>{meeting_part} · {esc(when)}</li>")
    count = len(documents)
    return (
        f'<div class="bpa-knows"><p>{count} document{"s" if count != 1 else ""} indexed:</p>'
        f"<ul>{''.join(rows)}</ul></div>"
    )


def unavailable_documents_html() -> str:
    return '<p class="bpa-knows">The list of documents is unavailable at the moment.</p>'


DOCUMENT_COLUMNS = ("Document", "Organisation", "Meeting", "Meeting date", "Pages", "Passages", "Ingested")


def documents_table_html(documents: Sequence[DocRecord]) -> str:
    """The staff Documents tab's table: title and file, organisation, meeting and its date, pages,
    passages and when it was ingested (a blank cell where the paper does not say)."""
    if not documents:
        return "<p>The index is empty.</p>"
    head = "".join(f'<th scope="col">{h}</th>' for h in DOCUMENT_COLUMNS)
    rows = "".join(
        f'<tr><td><strong>{esc(d.title or d.doc_id)}</strong><br><span class="bpa-file">{esc(d.doc_id)}</span></td>'
        f"<td>{esc(getattr(d, 'publisher', None) or '')}</td><td>{esc(d.meeting or '')}</td>"
        f"<td>{esc(human_date(d.date))}</td><td>{esc(d.pages or '')}</td><td>{d.chunks}</td>"
        f"<td>{esc(_ingested(d.ingested_at))}</td></tr>"
        for d in documents
    )
    count = len(documents)
    return (
        f'<div class="bpa-table"><table><caption>{count} indexed document{"s" if count != 1 else ""}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _ingested(stamp: str) -> str:
    """ "2026-11-29T23:48:33+00:00" -> "29 November 2026, 23:48 UTC"."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", stamp or "")
    return f"{human_date(match.group(1))}, {match.group(2)} UTC" if match else (stamp or "")


def removal_confirmation_html(documents: Sequence[DocRecord]) -> str:
    """What a removal will do, asked before it is done."""
    names = "".join(f"<li><strong>{esc(d.title or d.doc_id)}</strong> ({esc(d.doc_id)})</li>" for d in documents)
    count = len(documents)
    what = f"these {count} documents" if count > 1 else "this document"
    return (
        f'<div class="bpa-confirm" role="alertdialog" aria-label="Confirm removal"><p>Remove {what} from the index?'
        " Questions asked afterwards will no longer find them, and this cannot be undone here (add the file "
        f"again to bring it back).</p><ul>{names}</ul></div>"
    )


def account_html(user: str | None) -> str:
    """Staff mode's signed-in indicator with the way out."""
    if not user:
        return ""
    return (
        f'<div class="bpa-account">Signed in as <strong>{esc(user)}</strong> · '
        '<a href="/logout" class="bpa-signout">Sign out</a></div>'
    )


def outcomes_html(outcomes: Sequence[Outcome]) -> str:
    """What an upload or removal did, file by file (errors first, with their reasons)."""
    order = {"error": 0, "warning": 1}
    items = []
    for o in sorted(outcomes, key=lambda o: order.get(o.status, 2)):
        name = f"<strong>{esc(o.name)}</strong>" if o.name else ""
        detail = f": {esc(o.detail)}" if o.detail and name else esc(o.detail)
        items.append(
            f'<li class="bpa-{esc(o.status)}"><span class="bpa-label">{esc(o.status)}</span> {name}{detail}</li>'
        )
    return f'<ul class="bpa-outcomes" role="status">{"".join(items)}</ul>'
