"""Run answerers over a question set and write what the run found.

``evaluate`` asks every question of the set, with a progress bar, and writes into the
output folder ``results.jsonl`` (the shared results format; ``details.jsonl`` beside it),
``metrics.json`` and ``report.html``. With a baseline, its results go to ``vanilla/``
and the metrics and report show both with their ratios. A follow-up set (questions with a
``history``) is asked after its history, and its hand-resolved ``standalone`` questions are
asked again on their own (``standalone/``), so the report can set the rewritten question's
retrieval beside the hand-resolved one's.

A question whose answering raises is recorded as an error and scored as a miss; a
question citing documents the index lacks is simply a miss (its gold passages cannot be
retrieved), and both are listed in the report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from assistant.answer import Answer
from evals import metrics
from evals.dataset import Question, is_follow_up_set
from evals.results import Result, write_results

log = logging.getLogger(__name__)
METRICS_FILE = "metrics.json"
REPORT_FILE = "report.html"
BASELINE_FOLDER = "vanilla"
STANDALONE_FOLDER = "standalone"


class Answerer(Protocol):
    name: str
    verified: bool  # a verifier checked each sentence (Answer.sentences carry its verdicts)

    def ask(self, question: str, history: Sequence[tuple[str, str]] = ()) -> Answer: ...

    def indexed_docs(self) -> set[str] | None: ...


class ProductAnswerer:
    """The product: ``assistant.chain.Assistant`` with its retrieval, gate and verifier."""

    name = "ours"
    verified = True

    def __init__(self, assistant) -> None:
        self.assistant = assistant

    def ask(self, question: str, history: Sequence[tuple[str, str]] = ()) -> Answer:
        return self.assistant.ask(question, history=history)

    def forget_questions(self) -> None:
        """Forget the questions asked so far (see ``Assistant.forget_questions``): for a benchmark's warm pass."""
        self.assistant.forget_questions()

    def indexed_docs(self) -> set[str]:
        return {
            d.source or d.doc_id for d in self.assistant.index.documents()
        }  # file names, as question sets name them


def missing_docs(question: Question, indexed: set[str] | None) -> list[str]:
    """The documents the question's sources name that the index does not hold (by file name or stem)."""
    if indexed is None:
        return []
    known = indexed | {Path(d).stem for d in indexed}
    return list(dict.fromkeys(s.doc for s in question.sources if s.doc not in known and Path(s.doc).stem not in known))


def run(answerer: Answerer, questions: Sequence[Question], progress: bool = True) -> list[Result]:
    """Ask each question once, in order; a question that raises becomes an error result."""
    indexed = answerer.indexed_docs()
    results = []
    for q in tqdm(questions, desc=f"eval {answerer.name}", unit="q", disable=not progress, leave=False):
        missing = missing_docs(q, indexed)
        started = time.perf_counter()
        try:
            answer = answerer.ask(q.question, q.chat_history) if q.history else answerer.ask(q.question)
        except Exception as exc:  # one broken question must not lose the other results
            log.exception("question %s failed", q.id)
            results.append(Result.from_error(q, exc, (time.perf_counter() - started) * 1000, missing))
            continue
        elapsed = (time.perf_counter() - started) * 1000
        results.append(Result.from_answer(q, answer, elapsed, missing, verified=answerer.verified))
    return results


@dataclass
class Evaluation:
    """One evaluation run: our results, optionally a baseline's, and their metrics."""

    dataset: str
    k: int
    results: list[Result]
    metrics: dict[str, Any]
    baseline: list[Result] | None = None
    baseline_metrics: dict[str, Any] | None = None
    created: str = ""
    standalone: list[Result] | None = None  # a follow-up set's hand-resolved questions, asked alone
    follow_ups: dict[str, Any] | None = None  # rewritten vs hand-resolved, see metrics.follow_up_comparison

    @property
    def ratios(self) -> dict[str, float | None] | None:
        return metrics.ratios(self.metrics, self.baseline_metrics) if self.baseline_metrics else None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"dataset": self.dataset, "k": self.k, "created": self.created, "ours": self.metrics}
        if self.baseline_metrics is not None:
            data.update({"vanilla": self.baseline_metrics, "ratios": self.ratios})
        if self.follow_ups is not None:
            data["follow_ups"] = self.follow_ups
        return data


def evaluate(
    questions: Sequence[Question],
    answerer: Answerer,
    out_dir: Path,
    k: int = 4,
    baseline: Answerer | None = None,
    progress: bool = True,
    dataset: str = "",
    report: bool = True,
) -> Evaluation:
    """Run ``answerer`` (and ``baseline``) over ``questions``; write the files into ``out_dir``."""
    results = run(answerer, questions, progress)
    write_results(results, out_dir)
    evaluation = Evaluation(
        dataset=dataset,
        k=k,
        results=results,
        metrics=metrics.compute(results, k),
        created=dt.datetime.now().isoformat(timespec="seconds"),
    )
    if is_follow_up_set(list(questions)):
        # The same questions resolved by hand, asked on their own: what the rewrite should reach.
        resolved = [dataclasses.replace(q, question=q.standalone, history=()) for q in questions if q.standalone]
        evaluation.standalone = run(answerer, resolved, progress)
        write_results(evaluation.standalone, out_dir / STANDALONE_FOLDER)
        evaluation.follow_ups = metrics.follow_up_comparison(results, evaluation.standalone, k)
    if baseline is not None:
        evaluation.baseline = run(baseline, questions, progress)
        write_results(evaluation.baseline, out_dir / BASELINE_FOLDER)
        evaluation.baseline_metrics = metrics.compute(evaluation.baseline, k)
    (out_dir / METRICS_FILE).write_text(json.dumps(evaluation.to_json(), indent=2), encoding="utf-8")
    if report:
        from evals.report import write_report

        write_report(evaluation, out_dir / REPORT_FILE)
    return evaluation
