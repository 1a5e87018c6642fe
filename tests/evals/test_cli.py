"""`board-assistant eval` end to end on a tiny corpus: a fresh install (empty index), vanilla beside it."""

from __future__ import annotations

import json

import pytest

from assistant.model import AnswerModel
from cli.app import EXIT_OK, EXIT_USAGE, main
from tests.helpers import EAST_PLAN, SOUTH_BOARD, write

QUESTIONS = [
    {
        "id": "c1",
        "question": "What deficit did the trust report at month 10?",
        "audience": "staff",
        "type": "number",
        "answer": "£2.1m",
        "key_facts": ["£2.1m"],
        "sources": [{"doc": "south-board.md", "quote": "The trust reported a deficit of £2.1m at month 10"}],
    },
    {
        "id": "c2",
        "question": "Who chairs the east district's audit committee?",
        "audience": "public",
        "type": "unanswerable",
        "answer": "NOT_IN_CORPUS",
        "key_facts": [],
        "sources": [],
    },
]


@pytest.fixture
def setup(tmp_path, monkeypatch, embeddings):
    corpus = tmp_path / "corpus"
    write(corpus, "south-board.md", SOUTH_BOARD)
    write(corpus, "east-plan.md", EAST_PLAN)
    dataset = write(tmp_path, "tiny.jsonl", "\n".join(json.dumps(q) for q in QUESTIONS) + "\n")
    monkeypatch.setenv("BPA_CORPUS_DIR", str(corpus))
    return tmp_path, dataset


def test_eval_on_a_fresh_install_ingests_the_corpus_and_compares_with_vanilla(setup, capsys):
    tmp_path, dataset = setup
    out = tmp_path / "out"
    args = ["eval", "--dataset", str(dataset), "--out", str(out), "--index-dir", str(tmp_path / "index"), "--quiet"]
    assert main(args + ["--compare", "vanilla"]) == EXIT_OK
    printed = capsys.readouterr()
    assert "The index is empty: ingesting the shipped corpus" in printed.err
    assert "ours/vanilla" in printed.out and "recall@4" in printed.out and "latency total p50 ms" in printed.out
    assert {p.name for p in out.iterdir()} >= {"results.jsonl", "metrics.json", "report.html", "vanilla"}
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["c1", "c2"]
    assert "£2.1m" in rows[0]["answer"] and rows[1]["refused"]
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["ours"]["headline"]["key_fact_recall"] == 1
    assert metrics["vanilla"]["questions"] == 2 and metrics["ratios"]["recall@4"] == 1
    assert (out / "vanilla" / "results.jsonl").exists()

    # The index now holds the corpus: a second run just evaluates.
    assert main(args) == EXIT_OK
    printed = capsys.readouterr()
    assert "ingesting" not in printed.err and "vanilla" not in printed.out


def test_folds_leave_each_document_out_and_vanilla_reads_the_indexed_copies(setup, capsys):
    tmp_path, dataset = setup
    extra = dict(
        QUESTIONS[0], id="c3", question="What deficit did the South Borough trust report at month 11?", key_facts=[]
    )
    extra.update(type="unanswerable", answer="NOT_IN_CORPUS", sources=[])
    second = write(tmp_path, "second.jsonl", json.dumps(extra) + "\n")
    east = dict(QUESTIONS[0], id="c4", question="When do flu clinics for care home residents start?")
    quote = "Flu vaccination clinics for care home residents start in October in every borough."
    assert quote in EAST_PLAN
    east.update(key_facts=["October"], sources=[{"doc": "east-plan.md", "quote": quote}])
    third = write(tmp_path, "third.jsonl", json.dumps(east) + "\n")
    out, index = tmp_path / "folds", tmp_path / "index"
    args = ["eval", "--index-dir", str(index), "--quiet", "--out", str(out)]
    sets = ["--dataset", str(dataset), "--dataset", str(second), "--dataset", str(third)]
    assert main([*args, *sets, "--folds"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "Leave-one-document-out" in printed and "south-board" in printed and "east-plan" in printed
    report = json.loads((out / "folds.json").read_text(encoding="utf-8"))
    assert report["questions"]["all"] == 4 and set(report["documents"]) == {"south-board.md", "east-plan.md"}
    assert len((out / "held-out" / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 4
    # Beside them, the model fitted on every question, with what it was fitted on: it loads as the shipped one does.
    model = AnswerModel.load(out / "answer_model.json")
    assert model.trained_on["questions"] == 4
    assert model.trained_on["question_sets"] == ["tiny.jsonl", "second.jsonl", "third.jsonl"]
    # Vanilla indexes exactly the documents the evaluated index holds, from the index's own copies,
    # even when BPA_CORPUS_DIR now points somewhere else.
    (tmp_path / "corpus" / "east-plan.md").unlink()
    assert main([*args, "--dataset", str(dataset), "--compare", "vanilla"]) == EXIT_OK
    assert "vanilla found no file" not in capsys.readouterr().err
    base = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["vanilla"]
    assert base["headline"]["recall@4"] == 1


def test_folds_need_questions_to_fit_on_in_every_fold(setup, capsys):
    tmp_path, dataset = setup
    assert main(["eval", "--dataset", str(dataset), "--index-dir", str(tmp_path / "index"), "--folds", "--quiet"]) == 2
    assert "every fold needs answerable and unanswerable questions" in capsys.readouterr().err


def test_a_bad_question_set_is_a_usage_error(setup, capsys):
    tmp_path, _ = setup
    bad = write(tmp_path, "bad.jsonl", '{"id": "x"}\n')
    assert main(["eval", "--dataset", str(bad), "--index-dir", str(tmp_path / "index")]) == EXIT_USAGE
    assert "not a question in the expected format" in capsys.readouterr().err
    assert not (tmp_path / "index").exists()  # nothing ingested for a run that cannot start
    assert main(["eval", "--dataset", str(tmp_path / "missing.jsonl")]) == EXIT_USAGE
