"""`board-assistant eval` end to end on a tiny corpus: a fresh install (empty index), vanilla beside it."""

from __future__ import annotations

import json

import pytest

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


def test_a_bad_question_set_is_a_usage_error(setup, capsys):
    tmp_path, _ = setup
    bad = write(tmp_path, "bad.jsonl", '{"id": "x"}\n')
    assert main(["eval", "--dataset", str(bad), "--index-dir", str(tmp_path / "index")]) == EXIT_USAGE
    assert "not a question in the expected format" in capsys.readouterr().err
    assert not (tmp_path / "index").exists()  # nothing ingested for a run that cannot start
    assert main(["eval", "--dataset", str(tmp_path / "missing.jsonl")]) == EXIT_USAGE
