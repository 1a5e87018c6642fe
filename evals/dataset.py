"""Question sets in the shared format (``id, question, audience, type, answer, key_facts, sources``).

A follow-up set adds two fields: ``history``, the earlier turns as ``[question, answer]`` pairs, and
``standalone``, the follow-up resolved by hand into a question that stands alone (the gold sources
answer it). The evaluation asks the follow-up after that history, and the standalone question on
its own beside it, to compare the rewritten question's retrieval with the hand-resolved one's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_DATASET = Path(__file__).resolve().parent / "datasets" / "dev.jsonl"
UNANSWERABLE = "unanswerable"


class DatasetError(ValueError):
    """A question set that does not follow the format."""


@dataclass(frozen=True)
class Source:
    doc: str
    quote: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    audience: str = ""
    type: str = ""
    answer: str = ""
    key_facts: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)
    history: tuple[tuple[str, str], ...] = ()  # earlier (question, answer) turns of a follow-up
    standalone: str = ""  # the follow-up resolved by hand

    @property
    def answerable(self) -> bool:
        return self.type != UNANSWERABLE and self.answer != "NOT_IN_CORPUS"

    @property
    def chat_history(self) -> list[tuple[str, str]]:
        """The earlier turns as the assistant reads them: (role, text) pairs."""
        return [item for q, a in self.history for item in (("user", q), ("assistant", a))]


def _answerable_field(row: object) -> bool | None:
    """An ``answerable`` field some hand-written sets carry beside (or instead of) ``type: unanswerable``: a row
    saying ``false`` without a type is unanswerable, not silently scored as answerable."""
    if not isinstance(row, dict):
        raise TypeError("a question is a JSON object")
    value = row.get("answerable")
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"'answerable' must be true or false, not {value!r}")
    return value


def load_dataset(path: Path = DEFAULT_DATASET) -> list[Question]:
    questions = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                answerable = _answerable_field(row)
                q = Question(
                    id=str(row["id"]),
                    question=str(row["question"]),
                    audience=str(row.get("audience", "")),
                    type=str(row.get("type") or (UNANSWERABLE if answerable is False else "")),
                    answer=str(row.get("answer", "")),
                    key_facts=tuple(str(f) for f in row.get("key_facts") or ()),
                    sources=tuple(Source(str(s["doc"]), str(s["quote"])) for s in row.get("sources") or ()),
                    history=_history(row.get("history")),
                    standalone=str(row.get("standalone") or ""),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise DatasetError(f"{path}:{number}: not a question in the expected format ({exc})") from None
            if answerable is not None and answerable != q.answerable:
                raise DatasetError(
                    f"{path}:{number}: 'answerable' is {str(answerable).lower()} but type {q.type!r} and answer "
                    f"{q.answer!r} say the opposite"
                )
            if q.id in seen:
                raise DatasetError(f"{path}:{number}: duplicate id {q.id!r}")
            seen.add(q.id)
            questions.append(q)
    if not questions:
        raise DatasetError(f"{path}: no questions")
    return questions


def _history(value: object) -> tuple[tuple[str, str], ...]:
    if value in (None, ""):
        return ()
    if not isinstance(value, list) or not all(isinstance(t, list | tuple) and len(t) == 2 for t in value):
        raise TypeError("history must be a list of [question, answer] pairs")
    return tuple((str(q), str(a)) for q, a in value)


def is_follow_up_set(questions: list[Question]) -> bool:
    return any(q.history for q in questions)


def load_datasets(paths: Sequence[Path]) -> list[Question]:
    """Every question of several sets; an id two sets share is made unique by its set's name."""
    questions: list[Question] = []
    seen: set[str] = set()
    for path in paths:
        for q in load_dataset(path):
            questions.append(q if q.id not in seen else replace(q, id=f"{path.stem}:{q.id}"))
            seen.add(questions[-1].id)
    return questions
