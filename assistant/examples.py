"""Example questions for a first-time visitor, made from what is indexed and checked before they are shown.

Candidates come from the index itself: the section headings of each document (a paper's
"3 Industrial strike action", a plan's "Mental Health next steps"), the agenda items of a
meeting pack and the document titles, each turned into a question by the form of the
heading ("... next steps" asks for the next steps, "... priorities" for the priorities,
a topic for what the papers say about it). Every candidate is then asked of the assistant,
exactly as a visitor would ask it; one it refuses is not shown. Candidates are spread over
the documents and sections, so the examples show the range of what the papers cover.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from vectorstore.text import MONTHS

log = logging.getLogger(__name__)

# Headings that are the furniture of a paper, not a topic a visitor would ask about.
_FURNITURE = re.compile(
    r"^(?:contents?|agenda|appendix|appendices|annex|introduction|overview|summary|executive summary|"
    r"purpose|background|recommendations?|conclusions?|minutes|present|apologies|in attendance|attendees|"
    r"presenters|glossary|references|figure|table|item|enclosure|section|part|page|date|title|"
    r"key areas of immediate focus|questions from the public|any other business|welcome|next meeting|"
    r"context|discussion|decision|declarations? of interest|action log|matters arising)\b",
    re.I,
)
_NUMBERING = re.compile(r"^\s*(?:section\s+)?(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[ivx]+\.)\s+", re.I)
_DATE_WORDS = re.compile(  # a date written out in full ("3 March 2024"), or in figures
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{'|'.join(MONTHS)})\s+\d{{4}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}[.:]\d{{2}}\b",
    re.I,
)
MAX_EXAMPLES = 6


@dataclass(frozen=True)
class Candidate:
    question: str
    doc: str
    topic: str


def candidates(
    metadatas: Iterable[dict[str, Any]], lowercase: frozenset[str] = frozenset(), limit: int = 60
) -> list[Candidate]:
    """Questions made from the section headings of the indexed chunks, deepest first, spread over documents.

    ``lowercase``: words the papers write in lower case, so a Title Case heading reads naturally
    inside a question ("Mental Health next steps" -> "mental health next steps", "Bexley" kept)."""
    by_doc: dict[str, list[tuple[int, Candidate]]] = {}
    seen: set[str] = set()
    for meta in metadatas:
        doc = str(meta.get("doc_id") or "")
        names = {str(meta.get(k) or "").strip().lower() for k in ("title", "meeting")}
        parts = [p.strip() for p in str(meta.get("section") or "").split(" > ") if p.strip()]
        for depth in range(len(parts) - 1, -1, -1):  # the deepest heading that is a topic
            topic = _topic(parts[depth], names)
            if topic is None:
                continue
            question = question_for(_case(topic, lowercase))
            if question.lower() not in seen:
                seen.add(question.lower())
                by_doc.setdefault(doc, []).append((-depth, Candidate(question, doc, topic)))
            break
    # Deeper headings (topics) before shallow ones (titles); then round-robin over documents.
    queues = [[c for _, c in sorted(v, key=lambda x: x[0])] for v in by_doc.values()]
    spread: list[Candidate] = []
    while queues and len(spread) < limit:
        for queue in list(queues):
            if queue:
                spread.append(queue.pop(0))
            if not queue:
                queues.remove(queue)
    return spread[:limit]


_SENTENCE_LIKE = re.compile(r"\b(?:we|will|include|includes|including|seek|these|this|those|us|our approach)\b", re.I)


def _topic(heading: str, names: Container[str] = frozenset()) -> str | None:
    """The heading as a topic ("3 Industrial strike action" -> "Industrial strike action"), or None
    for a paper's furniture, a document's own title, or a lead-in ("Our work ... include:")."""
    if heading.rstrip().endswith(":") or heading.strip().lower() in names:
        return None
    text = re.split(r"\s+[—–]\s+", heading)[0]
    text = _NUMBERING.sub("", text).strip(" :;,.-–—*#\"'“”")
    text = re.sub(r"\s*\(.*?\)\s*|\s+\d+/\d+$", " ", text).strip()
    words = text.split()
    if not 2 <= len(words) <= 7 or _FURNITURE.match(text) or _DATE_WORDS.search(text):
        return None
    if text.lower() in names or _SENTENCE_LIKE.search(text) or words[0].lower() in _WH or text.endswith("?"):
        return None
    if sum(w[:1].isalpha() for w in words) < 2:
        return None
    return text.capitalize() if text.isupper() else text


_WH = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how"}


def _case(topic: str, lowercase: frozenset[str]) -> str:
    """Capitalised words the papers also write in lower case are lowered; names and acronyms stay."""
    words = topic.split()
    out = [
        w.lower()
        if w[:1].isupper() and not w.isupper() and (w.lower() in lowercase or i == 0 and w.lower() in _OPENERS)
        else w
        for i, w in enumerate(words)
    ]
    return " ".join(out)


_OPENERS = {"our", "the", "a", "an"}


def question_for(topic: str) -> str:
    """A question a visitor would ask about ``topic``, by the form of the heading."""
    low = topic.lower()
    first = low.split()[0]
    for word in ("next steps", "priorities", "challenges", "risks", "actions", "objectives", "outcomes", "milestones"):
        plain = not set(low.split()) & {"on", "for", "of", "in", "to", "so"}
        if low.endswith(word) and len(low) > len(word) and plain and not first.endswith("ing") and first != "our":
            return f"What are the {topic.removeprefix('the ')}?"
    return f"What do the papers say about {topic}?"


def checked_examples(
    assistant: Any,
    metadatas: Sequence[dict[str, Any]],
    lowercase: frozenset[str] = frozenset(),
    wanted: int = MAX_EXAMPLES,
    budget_s: float = 60.0,
) -> list[str]:
    """Up to ``wanted`` candidates the assistant answers (``Answer.refused`` false), in a time budget."""
    started = time.monotonic()
    shown: list[str] = []
    used_docs: dict[str, int] = {}
    for candidate in candidates(metadatas, lowercase):
        if len(shown) >= wanted or time.monotonic() - started > budget_s:
            break
        if used_docs.get(candidate.doc, 0) >= max(2, wanted // 2):
            continue
        try:
            answer = assistant.ask(candidate.question)
        except Exception as exc:  # noqa: BLE001 - an example that cannot be checked is not shown
            log.warning("example %r could not be checked: %s", candidate.question, exc)
            continue
        if not answer.refused:
            shown.append(candidate.question)
            used_docs[candidate.doc] = used_docs.get(candidate.doc, 0) + 1
    return shown
