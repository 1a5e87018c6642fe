"""One answered question as the evaluation sees it, and the files a run writes.

``results.jsonl`` follows the shared results format exactly (``id, question, answer,
refused, citations, retrieved, latency_ms``). What the metrics need beyond it (stage
timings, the verifier's sentences, errors, documents the question cites that the index
lacks) goes to ``details.jsonl`` beside it, keyed by the same ``id``, so a report can be
rebuilt from the two files without running anything again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer import Answer
from evals.dataset import Question

RESULTS_FILE = "results.jsonl"
DETAILS_FILE = "details.jsonl"


@dataclass
class Result:
    question: Question
    answer: str
    refused: bool
    citations: list[dict[str, Any]] = field(default_factory=list)  # n, doc, title, page, section, text
    retrieved: list[dict[str, Any]] = field(default_factory=list)  # ranked: doc, text, score
    latency_ms: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # ms per stage
    sentences: list[dict[str, Any]] | None = None  # the verifier's: text, citations, support, supported
    dropped: int | None = None  # sentences the verifier removed (None: no verifier ran)
    error: str | None = None
    missing_docs: tuple[str, ...] = ()  # cited by the question's sources, absent from the index
    searched: str = ""  # the question actually searched (a follow-up after rewriting)

    @property
    def answered(self) -> bool:
        """The system gave an answer: not a refusal, not empty, not a crash."""
        return not self.refused and bool(self.answer.strip()) and self.error is None

    @classmethod
    def from_answer(
        cls,
        question: Question,
        answer: Answer,
        latency_ms: float,
        missing_docs: Iterable[str] = (),
        verified: bool = True,
    ) -> Result:
        """``verified``: the answerer ran a verifier, so ``answer.sentences`` carry its verdicts."""
        return cls(
            question=question,
            answer=answer.text,
            refused=answer.refused,
            citations=[
                {
                    "n": c.n,
                    "doc": c.passage.doc,
                    "title": c.passage.title,
                    "page": c.placed.page,
                    "section": c.placed.section,
                    "text": c.passage.text,
                }
                for c in answer.citations
            ],
            retrieved=[{"doc": p.doc, "text": p.text, "score": round(float(p.score), 4)} for p in answer.retrieved],
            latency_ms=round(latency_ms, 2),
            timings=dict(answer.timings),
            sentences=[
                {"text": s.text, "citations": list(s.citations), "support": s.support, "supported": s.supported}
                for s in answer.sentences
            ]
            if verified
            else None,
            dropped=len(answer.dropped_sentences) if verified else None,
            missing_docs=tuple(missing_docs),
            searched=answer.standalone_question,
        )

    @classmethod
    def from_error(
        cls, question: Question, exc: BaseException, latency_ms: float, missing_docs: Iterable[str] = ()
    ) -> Result:
        return cls(
            question=question,
            answer="",
            refused=False,
            latency_ms=round(latency_ms, 2),
            error=f"{type(exc).__name__}: {exc}"[:500],
            missing_docs=tuple(missing_docs),
        )

    def results_row(self) -> dict[str, Any]:
        """The line of ``results.jsonl``, in the shared format and nothing else."""
        return {
            "id": self.question.id,
            "question": self.question.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": self.citations,
            "retrieved": self.retrieved,
            "latency_ms": self.latency_ms,
        }

    def details_row(self) -> dict[str, Any]:
        return {
            "id": self.question.id,
            "timings": self.timings,
            "sentences": self.sentences,
            "dropped": self.dropped,
            "error": self.error,
            "missing_docs": list(self.missing_docs),
            "searched": self.searched,
        }


def write_results(results: list[Result], folder: Path) -> Path:
    """``folder/results.jsonl`` and ``folder/details.jsonl``; returns the results file."""
    folder.mkdir(parents=True, exist_ok=True)
    _write_jsonl(folder / RESULTS_FILE, (r.results_row() for r in results))
    _write_jsonl(folder / DETAILS_FILE, (r.details_row() for r in results))
    return folder / RESULTS_FILE


def read_results(folder: Path, questions: list[Question]) -> list[Result]:
    """Results written by :func:`write_results`, joined back to their questions by id."""
    by_id = {q.id: q for q in questions}
    details = {row["id"]: row for row in _read_jsonl(folder / DETAILS_FILE)} if (folder / DETAILS_FILE).exists() else {}
    results = []
    for row in _read_jsonl(folder / RESULTS_FILE):
        extra = details.get(row["id"], {})
        results.append(
            Result(
                question=by_id[row["id"]],
                answer=row["answer"],
                refused=row["refused"],
                citations=row["citations"],
                retrieved=row["retrieved"],
                latency_ms=row["latency_ms"],
                timings=extra.get("timings", {}),
                sentences=extra.get("sentences"),
                dropped=extra.get("dropped"),
                error=extra.get("error"),
                missing_docs=tuple(extra.get("missing_docs", ())),
                searched=extra.get("searched", ""),
            )
        )
    return results


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
