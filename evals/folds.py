"""Leave-one-document-out cross-validation of the answer model, beside BM25 and dense retrieval alone.

Every question belongs to one document (``evals/training.py``). For each document, the
answer model is fitted on the other documents' questions only, and the assistant, with
that model, answers this document's questions: the figures are what a new paper's readers
would see from a model that never saw its questions. The same run also fits on every
question (written to ``OUT/answer_model.json``) and answers them all
(in-sample), so the gap between the two shows how much the method is fitted to its questions.
Beside each document's figures stand recall@800w of BM25 alone and dense retrieval alone
(MiniLM, and the second passage model, e5) over the same index.

``board-assistant eval --folds --dataset A.jsonl --dataset B.jsonl ...`` runs it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.chain import Assistant
from assistant.model import AnswerModel
from evals import metrics
from evals.results import Result, write_results
from evals.runner import ProductAnswerer, run
from evals.text_table import aligned
from evals.training import QuestionTable, collect, fit, provenance

# The figures the folds report for each document and overall.
FIGURES = ("recall@800w", "key_fact_recall", "answered_rate", "refusal_recall", "citation_precision")
FOLDS_FILE = "folds.json"
MODEL_FILE = "answer_model.json"


class FoldsError(ValueError):
    """The questions cannot be split into documents to leave out."""


@dataclass
class FoldsReport:
    documents: list[str]
    cross_validated: dict[str, dict[str, float | None]]  # document (and "all") -> figure -> value
    in_sample: dict[str, dict[str, float | None]]
    bm25: dict[str, float | None]  # recall@800w of BM25 alone, per document and "all"
    dense: dict[str, float | None]
    e5: dict[str, float | None]
    questions: dict[str, int]
    results: list[Result] = field(default_factory=list)  # the held-out answers, every question once

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "questions": self.questions,
            "cross_validated": self.cross_validated,
            "in_sample": self.in_sample,
            "bm25_recall@800w": self.bm25,
            "dense_recall@800w": self.dense,
            "e5_recall@800w": self.e5,
        }


def cross_validate(
    assistant: Assistant,
    tables: Sequence[QuestionTable],
    progress: bool = False,
    fitted: Callable[[AnswerModel], None] | None = None,
) -> FoldsReport:
    """Leave-one-document-out and in-sample runs of the assistant over the tables' questions; ``fitted`` is
    handed the model fitted on every question as soon as it is (before the folds, which take longest)."""
    documents = sorted({t.group for t in tables})
    if len(documents) < 2:
        raise FoldsError("leave-one-document-out needs questions about at least two documents")
    for document in documents:
        others = [t.question.answerable for t in tables if t.group != document]
        if all(others) or not any(others):
            raise FoldsError(
                f"leaving out {document} leaves no {'un' if all(others) else ''}answerable question to fit on: "
                "every fold needs answerable and unanswerable questions about the other documents"
            )
    whole_model = fit(tables, assistant)
    if fitted is not None:
        fitted(whole_model)
    held_out: dict[str, list[Result]] = {}
    for document in tqdm(documents, desc="folds", disable=not progress, leave=False):
        model = fit([t for t in tables if t.group != document], assistant)
        fold = Assistant(assistant.settings, assistant.index, model=model)
        held_out[document] = run(ProductAnswerer(fold), [t.question for t in tables if t.group == document], False)
    whole = Assistant(assistant.settings, assistant.index, model=whole_model)
    everything = run(ProductAnswerer(whole), [t.question for t in tables], False)
    group_of = {t.question.id: t.group for t in tables}
    in_sample = {d: [r for r in everything if group_of[r.question.id] == d] for d in documents}
    return FoldsReport(
        documents=documents,
        cross_validated=_figures(held_out),
        in_sample=_figures(in_sample),
        bm25=_baseline(tables, documents, "bm25"),
        dense=_baseline(tables, documents, "dense"),
        e5=_baseline(tables, documents, "e5"),
        questions={d: sum(t.group == d for t in tables) for d in documents} | {"all": len(tables)},
        results=[r for d in documents for r in held_out[d]],
    )


def _figures(by_document: dict[str, list[Result]]) -> dict[str, dict[str, float | None]]:
    out = {d: _headline(results) for d, results in by_document.items()}
    out["all"] = _headline([r for results in by_document.values() for r in results])
    return out


def _headline(results: list[Result]) -> dict[str, float | None]:
    values = metrics.headline(results)
    return {name: values.get(name) for name in FIGURES}


def _baseline(tables: Sequence[QuestionTable], documents: Sequence[str], name: str) -> dict[str, float | None]:
    def recall(t: QuestionTable) -> float | None:
        return metrics.recall_at_words(getattr(t, name), [s.quote for s in t.question.sources])

    out = {d: metrics.mean(recall(t) for t in tables if t.group == d) for d in documents}
    out["all"] = metrics.mean(recall(t) for t in tables)
    return out


def table(report: FoldsReport) -> str:
    """The per-document figures: cross-validated, in-sample in brackets, BM25 and dense beside recall."""
    header = ["document", "n", "bm25 r@800w", "dense r@800w", "e5 r@800w", *FIGURES]
    rows = [header]
    for d in [*report.documents, "all"]:
        cv, ins = report.cross_validated[d], report.in_sample[d]
        row = [d if d == "all" else Path(d).stem[:44], str(report.questions[d])]
        row += [_cell(report.bm25[d]), _cell(report.dense[d]), _cell(report.e5[d])]
        row += [f"{_cell(cv[f])} ({_cell(ins[f])})" for f in FIGURES]
        rows.append(row)
    return (
        "Leave-one-document-out: each document's questions answered by a model fitted on the other documents'\n"
        "questions; (in brackets) the model fitted on every question.\n" + aligned(rows)
    )


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def run_folds(
    assistant: Assistant, questions, out_dir: Path, progress: bool = False, datasets: Sequence[Path] = ()
) -> FoldsReport:
    tables = collect(assistant, questions)
    out_dir.mkdir(parents=True, exist_ok=True)

    def save(model: AnswerModel) -> None:
        # The model fitted on every question, as `python -m evals.training` over the same sets and index writes it.
        replace(model, trained_on=provenance(datasets, tables)).save(out_dir / MODEL_FILE)

    report = cross_validate(assistant, tables, progress, fitted=save)
    (out_dir / FOLDS_FILE).write_text(json.dumps(report.to_json(), indent=2), encoding="utf-8")
    write_results(report.results, out_dir / "held-out")
    return report
