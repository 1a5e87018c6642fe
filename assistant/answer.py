"""The answer object every interface (CLI, web chat, evaluation) receives."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from langchain_core.documents import Document

REFUSAL_TEXT = "The published papers I have don't answer this."


@dataclass
class Passage:
    """A retrieved chunk as the answer shows it: where it comes from and how it scored."""

    chunk_id: str
    doc: str
    title: str
    text: str
    score: float
    section: str = ""
    item: str | None = None
    meeting: str | None = None
    date: str | None = None
    page: int | None = None
    start: int | None = None
    end: int | None = None
    doc_id: str = ""  # the document's identity in the index ("b/minutes.md"); ``doc`` is its file name
    heading: str | None = None  # the title in force where the text starts, when the section path does not name it
    places: tuple[tuple[int, int | None, str | None], ...] = ()  # where the page or that title changes in the text

    @classmethod
    def from_document(cls, doc: Document) -> Passage:
        m = doc.metadata
        return cls(
            chunk_id=str(doc.id or m.get("chunk_id", "")),
            doc=str(m.get("source") or m.get("doc_id", "")),
            doc_id=str(m.get("doc_id", "")),
            title=str(m.get("title", "")),
            text=doc.page_content,
            score=float(m.get("score", 0.0)),
            section=str(m.get("section", "")),
            item=m.get("item"),
            meeting=m.get("meeting"),
            date=m.get("date"),
            page=m.get("page"),
            start=m.get("start"),
            end=m.get("end"),
            heading=m.get("heading"),
            places=_places(m.get("places")),
        )

    def placed(self, offset: int) -> Passage:
        """The passage as cited for the text at ``offset``: the page it is on, and the title it falls under as
        its section (see ``ingest.chunk._places``)."""
        page, heading = self.page, self.heading
        for at, at_page, at_heading in self.places:
            if at > offset:
                break
            page, heading = at_page, at_heading
        section = self.section if heading == self.heading else heading or self.section  # the path names the start
        return replace(self, page=page, section=section, heading=None, places=())

    @property
    def location(self) -> str:
        """ "Item 3 Enclosure C · 4. Progress so far > Prevention · p. 12" (the parts that are known; the item once,
        when the section path already starts with it)."""
        named = bool(self.item) and (self.section == self.item or self.section.startswith(f"{self.item} > "))
        item = "" if named else self.item or ""
        parts = [item, self.section, f"p. {self.page}" if self.page else ""]
        return " · ".join(p for p in parts if p)


@dataclass
class Citation:
    """A passage an answer cites as ``[n]``, with the spans of the sentences that support it."""

    n: int
    passage: Passage
    span: tuple[int, int] | None = None  # [start, end) in passage.text of the first supporting sentence
    spans: tuple[tuple[int, int], ...] = ()  # every sentence of the passage the answer quotes, in order

    @property
    def marked(self) -> tuple[tuple[int, int], ...]:
        """The spans a reader sees highlighted: all the quoted sentences, or the one span given."""
        return self.spans or ((self.span,) if self.span else ())

    @property
    def placed(self) -> Passage:
        """The passage with the page and section of the first sentence the answer quotes from it."""
        return self.passage.placed(self.marked[0][0] if self.marked else 0)

    @property
    def supporting_text(self) -> str:
        return self.passage.text[self.span[0] : self.span[1]] if self.span else ""


@dataclass
class AnswerSentence:
    text: str
    citations: list[int]
    support: float  # 0..1, how well the cited passages back the sentence
    supported: bool


@dataclass
class Answer:
    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    sentences: list[AnswerSentence] = field(default_factory=list)
    retrieved: list[Passage] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per stage
    standalone_question: str = ""  # the question actually searched (after follow-up rewriting)
    backend: str = ""
    notices: list[str] = field(default_factory=list)  # e.g. "your question was shortened"
    dropped_sentences: list[AnswerSentence] = field(default_factory=list)  # generated but unsupported

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; each citation flattened the way the results format lists it."""
        data = asdict(self)
        data["citations"] = [
            {
                "n": c.n,
                "doc": c.passage.doc,
                "doc_id": c.passage.doc_id,
                "title": c.passage.title,
                "meeting": c.passage.meeting,
                "date": c.passage.date,
                "item": c.passage.item,
                "section": c.placed.section,
                "page": c.placed.page,
                "text": c.passage.text,
                "span": list(c.span) if c.span else None,
                "spans": [list(span) for span in c.marked],
                "supporting_text": c.supporting_text,
            }
            for c in self.citations
        ]
        return data


@dataclass
class Evidence:
    """What the papers hold for a question, without an answer (``Assistant.evidence``): the passages
    an answer would be built from, ranked and numbered ``[1]..[k]`` as it would cite them, and the
    longer ranked list an answer shows as "retrieved"."""

    question: str
    standalone_question: str  # the question actually searched (after follow-up rewriting)
    passages: list[Citation] = field(default_factory=list)  # the top k, best first (no supporting span)
    retrieved: list[Passage] = field(default_factory=list)
    answerable: bool = False  # the answerability gate's verdict: would an answer be attempted
    message: str = ""  # why nothing was searched, when it was not (empty question, no index, search unavailable)
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per stage

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["passages"] = [{"n": c.n, **asdict(c.passage)} for c in self.passages]
        return data


def layout(parts: Iterable[tuple[str, bool]]) -> str:
    """Answer text from ``(text, is_item)`` parts: sentences run together, each list item on a line of its own."""
    lines: list[str] = []
    prose: list[str] = []
    for text, item in parts:
        if item:
            if prose:
                lines.append(" ".join(prose))
                prose = []
            lines.append(f"- {text}")
        else:
            prose.append(text)
    if prose:
        lines.append(" ".join(prose))
    return "\n".join(lines)


def source_line(metadata: dict[str, Any]) -> str:
    """The document a passage comes from, with its meeting and publisher when the title lacks them.

    A chunk deep in a council's committee pack rarely names the council; the question
    ("... in Stockton's practices") does, and the answer step must see that they agree.
    """
    title = str(metadata.get("title") or "")
    extra = [
        str(v)
        for v in (metadata.get("meeting"), metadata.get("publisher"))
        if v and str(v).lower() not in title.lower()
    ]
    return f"{title} ({'; '.join(extra)})" if extra else title


def _places(stored: object) -> tuple[tuple[int, int | None, str | None], ...]:
    """The chunk metadata's ``places`` (a JSON list of [offset, page, title]); () when absent or unreadable."""
    if not isinstance(stored, str):
        return ()
    try:
        return tuple((int(at), page, heading) for at, page, heading in json.loads(stored))
    except (ValueError, TypeError):
        return ()
