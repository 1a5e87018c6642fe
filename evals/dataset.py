"""Question sets in the shared format (``id, question, audience, type, answer, key_facts, sources``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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

    @property
    def answerable(self) -> bool:
        return self.type != UNANSWERABLE and self.answer != "NOT_IN_CORPUS"


def load_dataset(path: Path = DEFAULT_DATASET) -> list[Question]:
    questions = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                q = Question(
                    id=str(row["id"]),
                    question=str(row["question"]),
                    audience=str(row.get("audience", "")),
                    type=str(row.get("type", "")),
                    answer=str(row.get("answer", "")),
                    key_facts=tuple(str(f) for f in row.get("key_facts") or ()),
                    sources=tuple(Source(str(s["doc"]), str(s["quote"])) for s in row.get("sources") or ()),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise DatasetError(f"{path}:{number}: not a question in the expected format ({exc})") from None
            if q.id in seen:
                raise DatasetError(f"{path}:{number}: duplicate id {q.id!r}")
            seen.add(q.id)
            questions.append(q)
    if not questions:
        raise DatasetError(f"{path}: no questions")
    return questions
