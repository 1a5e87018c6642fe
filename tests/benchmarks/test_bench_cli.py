"""`board-assistant bench` end to end on a tiny corpus: results.json and results.md with real measurements.

The default run covers the ingest part (ours from empty, re-ingest, vanilla LangChain) and the
one-off CLI question; query, scale (a `chroma run` server) and load (the web chat) are ``-m slow``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, write

BENCH = [str(Path(sys.executable).with_name("board-assistant")), "bench"]


@pytest.fixture
def tiny(tmp_path):
    corpus = tmp_path / "corpus"
    for name, text in (("south.md", SOUTH_BOARD), ("north.md", NORTH_COMMITTEE), ("east.md", EAST_PLAN)):
        write(corpus, name, text)
    env = {**os.environ, "BPA_CORPUS_DIR": str(corpus), "BPA_EMBEDDING_MODEL": "minilm-int8"}
    return tmp_path / "out", env


def _bench(part: str, out: Path, env: dict[str, str], *extra: str, timeout: int = 600) -> dict:
    proc = subprocess.run(
        [*BENCH, part, "--out", str(out), *extra], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "| --- |" in (out / "results.md").read_text()
    return json.loads((out / "results.json").read_text())


def test_bench_ingest(tiny):
    out, env = tiny
    results = _bench("ingest", out, env, "--models", "minilm-int8")
    run = results["ingest"]["ours"]["minilm-int8"]
    fresh, again = run["fresh"], run["reingest"]
    assert fresh["documents"] == 3 and fresh["chunks"] == fresh["chunks_embedded"] > 0
    assert fresh["chunks_per_s"] > 0 and fresh["peak_rss_mb"] > 50 and fresh["index_size_mb"] > 0
    assert 0 <= fresh["quality"]["recall@4"] <= 1
    assert again["unchanged_documents"] == 3 and again["chunks_embedded"] == 0 and again["command_exit"] == 0
    assert again["ingest_s"] < fresh["ingest_s"]
    vanilla = results["ingest"]["vanilla"]
    assert vanilla["chunks"] > 0 and vanilla["ingest_s"] > 0 and vanilla["peak_rss_mb"] > 50
    assert results["ingest"]["comparison"]["ours_over_vanilla_chunks_per_s"] > 0
    assert results["machine"]["cores"] >= 1 and not results["errors"]


@pytest.mark.slow
def test_bench_query(tiny):
    out, env = tiny
    query = _bench("query", out, env, "--passes", "2")["query"]
    for system in ("ours", "vanilla"):
        assert query[system]["errors"] == 0 and query[system]["full_answer_ms"]["n"] == query["questions"]
        assert query[system]["retrieval_ms"]["p50"] > 0
    assert "retrieve" in query["ours"]["stages_ms"]


@pytest.mark.slow
@pytest.mark.server
def test_bench_scale(tiny):
    out, env = tiny
    scale = _bench("scale", out, env, "--factors", "1,4", "--passes", "1")["scale"]
    small, big = scale["sizes"]["1x"], scale["sizes"]["4x"]
    assert big["ingest"]["chunks"] > 3 * small["ingest"]["chunks"]
    assert big["disk_mb"]["chroma_server"] > small["disk_mb"]["chroma_server"] > 0
    assert big["query"]["errors"] == 0 and big["corpus"]["synthetic_documents_holding_a_quote"] == 0


@pytest.mark.slow
def test_bench_load(tiny):
    out, env = tiny
    load = _bench("load", out, env, "--sessions", "1,3", "--budget-min", "10")["load"]
    for level in load["levels"].values():
        assert level["errors"] == 0 and level["answered"] == level["questions_planned"] > 0


def test_bench_cli_times_one_off_questions_in_fresh_processes(tiny):
    out, env = tiny
    results = _bench("cli", out, env, "--runs", "2")
    cli = results["cli"]
    assert cli["runs"] == 2 and len(cli["wall_s"]) == 2 and all(w > 0 for w in cli["wall_s"])
    phases = cli["phases_s"]
    assert phases["imports_s"] > 0 and phases["embedding_model_s"] > 0 and phases["first_answer_s"] > 0
    assert cli["sentence_transformers_load_s"] > 0 and cli["load_average_1m_at_start"] >= 0
    assert "**CLI**" in (out / "results.md").read_text()
