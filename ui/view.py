"""View-model: answers, questions and documents as the HTML the web chat shows.

Every string that comes from a document or a user is escaped here, and nowhere else
builds HTML from them, so a passage or question holding ``<script>`` or an ``onerror=``
attribute is shown as text and runs nothing. The chat renders Markdown; each message
is one HTML block without blank lines, so Markdown never re-reads the escaped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from assistant.answer import Answer, Citation, Passage
from vectorstore.dates import human_date

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


def answer_html(answer: Answer) -> str:
    """The answer, its sources (each expandable to the passage), or the refusal with the closest passages."""
    parts = [text_html(answer.text)]
    parts += [f'<p class="bpa-notice">{esc(n)}</p>' for n in visible_notices(answer.notices)]
    if answer.citations:
        parts.append(sources_html(answer.citations))
    elif answer.refused and answer.retrieved:
        parts.append(related_html(answer.retrieved[:3]))
    if answer.dropped_sentences and not answer.refused:
        parts.append(_dropped_note(len(answer.dropped_sentences)))
    state = "bpa-refused" if answer.refused else "bpa-answered"
    return f'<div class="bpa-answer {state}">{"".join(parts)}</div>'


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
    return _MARKER.sub(r'<span class="bpa-cite" title="Source \1">[\1]</span>', esc(text))


def sources_html(citations: Sequence[Citation]) -> str:
    items = "".join(source_html(c) for c in citations)
    return f'<div class="bpa-sources"><p class="bpa-heading"><strong>Sources</strong></p>{items}</div>'


def source_html(citation: Citation) -> str:
    p = citation.passage
    return (
        f'<details class="bpa-source"><summary>[{citation.n}] {_summary(p)}</summary>'
        f'{_facts(p)}<blockquote class="bpa-passage">{highlighted(p.text, citation.span)}</blockquote>'
        "</details>"
    )


def related_html(passages: Sequence[Passage]) -> str:
    items = "".join(
        f'<details class="bpa-source bpa-related"><summary>{_summary(p)}</summary>{_facts(p)}'
        f'<blockquote class="bpa-passage">{highlighted(p.text, None)}</blockquote></details>'
        for p in passages
    )
    return f'<div class="bpa-sources"><p class="bpa-heading"><strong>{RELATED_HEADING}</strong></p>{items}</div>'


def highlighted(text: str, span: tuple[int, int] | None) -> str:
    """The passage, escaped, with the supporting sentence in ``<mark>``."""
    if not span or not 0 <= span[0] < span[1] <= len(text):
        return _multiline(text)
    start, end = span
    return f"{_multiline(text[:start])}<mark>{_multiline(text[start:end])}</mark>{_multiline(text[end:])}"


def _summary(p: Passage) -> str:
    when = human_date(p.date)
    title = p.title or p.doc
    dated = f" ({esc(when)})" if when and when not in title else ""
    return f"<strong>{esc(title)}</strong>{dated}"


def source_facts(p: Passage) -> list[tuple[str, str]]:
    """(label, value) pairs a citation shows: document, meeting, date, item, section, page."""
    when = human_date(p.date)
    facts = [
        ("Document", p.doc),
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


def documents_html(documents: Sequence[object]) -> str:
    """The 'what this assistant knows' list: title, meeting and date of each indexed document."""
    if not documents:
        return '<p class="bpa-knows">No documents are indexed yet, so there is nothing to search.</p>'
    rows = []
    for d in documents:
        when = human_date(getattr(d, "date", None)) or "date not known"
        meeting = getattr(d, "meeting", None)
        meeting_part = f" · {esc(meeting)}" if meeting and meeting not in d.title else ""
        rows.append(f"<li><strong>{esc(d.title or d.doc_id)}</strong>{meeting_part} · {esc(when)}</li>")
    count = len(documents)
    return (
        f'<div class="bpa-knows"><p>{count} document{"s" if count != 1 else ""} indexed:</p>'
        f"<ul>{''.join(rows)}</ul></div>"
    )


def unavailable_documents_html() -> str:
    return '<p class="bpa-knows">The list of documents is unavailable at the moment.</p>'


def documents_table_html(documents: Sequence[object]) -> str:
    """The staff Documents tab's table: id, title, meeting, date, passages, when added."""
    if not documents:
        return "<p>The index is empty.</p>"
    head = "".join(f'<th scope="col">{h}</th>' for h in ("Document", "Title", "Meeting", "Date", "Passages", "Added"))
    rows = "".join(
        f"<tr><td>{esc(d.doc_id)}</td><td>{esc(d.title)}</td><td>{esc(d.meeting or '')}</td>"
        f"<td>{esc(human_date(d.date))}</td><td>{d.chunks}</td><td>{esc(d.ingested_at[:10])}</td></tr>"
        for d in documents
    )
    return (
        f'<div class="bpa-table"><table><caption>Indexed documents</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def outcomes_html(outcomes: Sequence[object]) -> str:
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
