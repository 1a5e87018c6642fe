"""The runner over the shipped corpus index: the results file in the shared format, misses that do not crash."""

from __future__ import annotations

import json
import re

import pytest

from assistant.chain import Assistant
from evals.check_dataset import check_file
from evals.dataset import Question, Source, load_dataset
from evals.metrics import failure_reasons
from evals.results import read_results
from evals.runner import ProductAnswerer, evaluate, missing_docs
from settings import Settings
from tests.helpers import CORPUS_DIR, REPO_ROOT

FOLLOW_UPS = REPO_ROOT / "evals" / "datasets" / "followups.jsonl"

RESULT_KEYS = {"id", "question", "answer", "refused", "citations", "retrieved", "latency_ms"}
CITATION_KEYS = {"n", "doc", "title", "page", "section", "text"}
PLAN = "sel-recovery-plan-2020-10.md"
ICP = "sel-icp-papers-2023-04-25.md"

QUESTIONS = [
    Question(
        "t1",
        "How many GP practices are there in south east London?",
        "public",
        "number",
        "212",
        ("212",),
        (Source(PLAN, "212 individual GP Practices"),),
    ),
    Question(
        "t2",
        "What proportion of charity employers were struggling to fill vacancies according to the 2022 VCSE Barometer?",
        "staff",
        "number",
        "83%",
        ("83%",),
        (Source(ICP, "found that 83% of charity employers were struggling to fill vacancies"),),
    ),
    Question("t3", "What was the average house price in Bexley in 2019?", "public", "unanswerable", "NOT_IN_CORPUS"),
    # Its document is not indexed: a miss, not a crash.
    Question(
        "t4",
        "What surplus did North Trust report at month 4?",
        "public",
        "number",
        "£0.4m",
        ("£0.4m",),
        (Source("north-trust-board-2024.md", "The trust reported a surplus of £0.4m at month 4"),),
    ),
]


class FailingOn(ProductAnswerer):
    """The real answerer, except that one question raises (an answering bug on one question)."""

    def __init__(self, assistant, failing_question: str) -> None:
        super().__init__(assistant)
        self.failing = failing_question

    def ask(self, question: str, history=()):
        if question == self.failing:
            raise RuntimeError("injected failure")
        return super().ask(question, history)


@pytest.fixture(scope="module")
def assistant(corpus_index) -> Assistant:
    return Assistant(Settings.from_env(), corpus_index)


@pytest.fixture(scope="module")
def run(assistant, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval-run")
    answerer = FailingOn(assistant, QUESTIONS[1].question)
    return evaluate(QUESTIONS, answerer, out, k=4, progress=False, dataset="tiny"), out


def test_results_file_follows_the_shared_format(run):
    _, out = run
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["t1", "t2", "t3", "t4"]
    for row in rows:
        assert set(row) == RESULT_KEYS
        assert isinstance(row["refused"], bool) and row["latency_ms"] >= 0
        for citation in row["citations"]:
            assert set(citation) == CITATION_KEYS
        for passage in row["retrieved"]:
            assert set(passage) == {"doc", "text", "score"}
    answered = rows[0]
    assert not answered["refused"] and answered["citations"]
    assert len(answered["retrieved"]) >= 8
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answered["answer"])} == {c["n"] for c in answered["citations"]}
    assert any("212" in p["text"] and p["doc"] == PLAN for p in answered["retrieved"][:4])
    assert rows[2]["refused"]


def test_metrics_and_report_are_written(run):
    evaluation, out = run
    data = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert data["dataset"] == "tiny" and data["k"] == 4
    assert data["ours"]["questions"] == 4 and data["ours"]["errors"] == 1
    assert data["ours"]["headline"]["refusal_recall"] == 1
    assert "vanilla" not in data
    assert (out / "report.html").stat().st_size > 10_000
    assert set(data["ours"]["by_type"]) == {"number", "unanswerable"}
    assert evaluation.metrics["latency_ms"]["retrieve"]["n"] == 3  # the failed question never retrieved


def test_a_question_that_raises_is_an_error_and_a_miss(run):
    evaluation, _ = run
    failed = evaluation.results[1]
    assert failed.error == "RuntimeError: injected failure" and not failed.answered
    assert failure_reasons(failed)[0] == "error: RuntimeError: injected failure"
    assert evaluation.metrics["headline"]["answered_rate"] == pytest.approx(1 / 3)


def test_documents_that_are_not_indexed_count_as_misses(run, assistant):
    evaluation, _ = run
    missed = evaluation.results[3]
    assert missed.missing_docs == ("north-trust-board-2024.md",)
    assert "cites documents that are not indexed: north-trust-board-2024.md" in failure_reasons(missed)
    assert missing_docs(QUESTIONS[0], ProductAnswerer(assistant).indexed_docs()) == []
    assert missing_docs(QUESTIONS[3], None) == []


def test_results_read_back_equal_what_was_written(run):
    evaluation, out = run
    again = read_results(out, QUESTIONS)
    assert [r.results_row() for r in again] == [r.results_row() for r in evaluation.results]
    assert [r.details_row() for r in again] == [r.details_row() for r in evaluation.results]


def test_the_shipped_dev_set_is_the_default_and_loads():
    questions = load_dataset()
    assert len(questions) == 30 and sum(not q.answerable for q in questions) == 4


def test_the_shipped_follow_up_set_is_multi_turn_and_its_quotes_are_in_the_corpus():
    questions = load_dataset(FOLLOW_UPS)
    assert len(questions) >= 20 and all(q.history and q.standalone for q in questions)
    assert sum(len(q.history) >= 2 for q in questions) >= 3  # three-turn conversations too
    report = check_file(FOLLOW_UPS, [CORPUS_DIR])
    assert report.problems == [] and report.warnings == []


def test_a_follow_up_set_is_asked_after_its_history_and_beside_its_hand_resolved_questions(assistant, tmp_path):
    questions = [q for q in load_dataset(FOLLOW_UPS) if q.id in ("f003", "f016")]
    evaluation = evaluate(questions, ProductAnswerer(assistant), tmp_path, progress=False, dataset="follow-ups")
    searched = {r.question.id: r.searched for r in evaluation.results}
    # Asked after its history, the follow-up was searched as a question of its own.
    assert "Bromley" in searched["f003"] and "Bexley" not in searched["f003"]
    assert "January" in searched["f016"] and "April" not in searched["f016"]
    standalone = [json.loads(line) for line in (tmp_path / "standalone" / "results.jsonl").read_text().splitlines()]
    assert [row["question"] for row in standalone] == [q.standalone for q in questions]
    data = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))
    follow_ups = data["follow_ups"]
    assert follow_ups["questions"] == 2
    assert set(follow_ups["rewritten"]) == set(follow_ups["standalone"]) >= {"recall@800w", "recall@4"}
    assert follow_ups["rewritten"]["recall@800w"] >= follow_ups["standalone"]["recall@800w"]
    assert [q["rewritten"] for q in follow_ups["per_question"]] == [searched["f003"], searched["f016"]]
    assert "Follow-ups: rewritten beside resolved by hand" in (tmp_path / "report.html").read_text(encoding="utf-8")
