"""The CI gate: the dev set over the shipped corpus must not score below the floors.

Runs the whole evaluation (30 questions, default settings: extractive backend, k = 4) on
the session's corpus index, writes the three files, and fails if a headline metric falls
below its floor. Raise the floors as the product improves; never lower them to let a
change pass. A floor follows the measured score down only after a refit whose
leave-one-document-out figures (README, "Where it stands") did not fall: refitting moves a 30-question set by a
question either way.
"""

from __future__ import annotations

import pytest

from assistant.chain import Assistant
from evals.dataset import load_dataset
from evals.metrics import failure_reasons
from evals.runner import ProductAnswerer, evaluate
from settings import Settings

# Floors: a little under the values measured on the dev set (evals/datasets/dev.jsonl),
# extractive backend, k = 4, on 2026-12-02 with the answer model fitted by evals/training.py.
# The dev set is in that model's training data; its leave-one-document-out figures are in
# the README ("Where it stands"). One more unanswerable dev question answered fails, as do two fewer answerable ones.
FLOORS = {
    "recall@4": 0.83,  # measured 0.865 (2026-12-02)
    "recall@800w": 0.85,  # measured 0.891
    # measured 0.673 after the refit on the tables read with their labels (0.750 before it; 0.712 with the new
    # tables and the earlier model: one answer, a list question answered from a labelled cell's list; then the
    # refit's gate refused "What does 'Care Well' cover ..."), while every leave-one-document-out figure rose
    "key_fact_recall": 0.63,
    "answered_rate": 0.84,  # measured 0.846: 22 of the 26 answerable questions (23 before the refit of 2 December)
    "citation_precision": 0.86,  # measured 0.864 (0.891 before the same refit)
    "refusal_recall": 0.49,  # measured 0.500: 2 of the 4 unanswerable questions refused (1 before the answer checks)
}


@pytest.fixture(scope="module")
def evaluation(corpus_index, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval-gate")
    answerer = ProductAnswerer(Assistant(Settings.from_env(), corpus_index))
    return evaluate(load_dataset(), answerer, out, k=4, progress=False, dataset="dev"), out


def test_dev_set_scores_stay_above_the_floors(evaluation):
    result, _ = evaluation
    headline = result.metrics["headline"]
    below = {name: headline[name] for name, floor in FLOORS.items() if (headline[name] or 0) < floor}
    failed = {r.question.id: failure_reasons(r) for r in result.results if failure_reasons(r)}
    measured = ", ".join(f"{n} {headline[n]:.3f}" for n in FLOORS)
    print(f"dev-set gate: {measured}")  # shown with `pytest -rP`
    assert not below, f"below the floor: {below} (floors {FLOORS}); measured {measured}; failed questions {failed}"


def test_every_question_is_answered_without_errors_and_reported(evaluation):
    result, out = evaluation
    assert result.metrics["errors"] == 0
    assert all(len(r.retrieved) >= 8 for r in result.results)
    assert {p.name for p in out.iterdir()} >= {"results.jsonl", "metrics.json", "report.html"}
