"""Scale benchmark: synthetic corpora N times the shipped one, on a Chroma server (`chroma run`).

For each size: build the corpus (``benchmarks/synthetic.py``: the shipped papers plus
recombined, perturbed distractors; each dev gold quote still found once), start a fresh
``chroma run`` on loopback, ingest it from empty in its own process (time, peak memory),
measure the index on disk (server data, and the local lexical index and sentence
vectors), then answer the dev questions through the server: latency p50/p95 over three
warm passes (90 answers: one pass's p95 is its second-slowest question, too few for a firm figure) and
recall@4, which shows how much the distractors hurt. A size whose ingest is projected
(from the smaller sizes' rate) to overrun the time left is skipped and says so.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from benchmarks.chroma_server import ChromaServer
from benchmarks.measure import Budget, folder_size_mb
from benchmarks.query_bench import measure
from benchmarks.synthetic import build_corpus
from benchmarks.workspace import dev_questions, gold_quotes, run_worker, work_dir
from settings import Settings

FACTORS = (1, 10, 100)
PROJECTION_MARGIN = 1.3


def run(
    settings: Settings, out: Path, factors: tuple[int, ...] = FACTORS, budget_s: float = 3 * 3600, passes: int = 4
) -> dict[str, Any]:
    budget = Budget(budget_s)
    questions = dev_questions()
    result: dict[str, Any] = {"model": settings.embedding_model, "sizes": {}, "skipped": {}}
    seconds_per_char: float | None = None
    for factor in sorted(factors):
        if budget.spent:
            result["skipped"][f"{factor}x"] = "time budget spent"
            continue
        corpus = build_corpus(
            settings.corpus_dir, work_dir(out) / f"synthetic-{factor}x", factor, gold_quotes(questions)
        )
        if seconds_per_char is not None:
            projected = seconds_per_char * corpus.characters * PROJECTION_MARGIN
            if projected > budget.left:
                result["skipped"][f"{factor}x"] = (
                    f"ingest projected at {projected / 60:.0f} min from the smaller sizes, "
                    f"{budget.left / 60:.0f} min of the time budget left"
                )
                continue
        size = _one_size(settings, out, factor, corpus, questions, budget, passes)
        result["sizes"][f"{factor}x"] = size
        if "ingest" in size:
            seconds_per_char = size["ingest"]["ingest_s"] / max(1, corpus.characters)
    return result


def _one_size(
    settings: Settings, out: Path, factor: int, corpus, questions, budget: Budget, passes: int
) -> dict[str, Any]:
    from assistant.chain import Assistant
    from evals.runner import ProductAnswerer

    base = work_dir(out) / f"scale-{factor}x"
    server = ChromaServer(base / "server-data", log_path=base / "chroma.log")
    local = settings.replace(
        chroma_url=server.url, collection=f"scale_{factor}x", cache_dir=base / "cache", data_dir=base / "data"
    )
    size: dict[str, Any] = {"corpus": corpus.to_dict()}
    _clear(base)
    with server:
        try:
            size["ingest"] = run_worker(
                [
                    "ours",
                    "--corpus",
                    str(corpus.folder),
                    "--chroma-url",
                    server.url,
                    "--collection",
                    local.collection,
                    "--cache-dir",
                    str(local.cache_dir),
                    "--model",
                    local.embedding_model,
                    "--batch",
                    str(local.embedding_batch),
                ],
                timeout_s=max(60, budget.left),
            )
        except subprocess.TimeoutExpired:
            size["error"] = f"ingest did not finish within the {budget.seconds / 60:.0f} min budget"
            return size
        size["disk_mb"] = {
            "chroma_server": folder_size_mb(server.data_dir),
            "local_cache": folder_size_mb(local.cache_dir),
        }
        size["disk_mb"]["total"] = round(sum(size["disk_mb"].values()), 2)
        assistant = Assistant.from_settings(local)
        size["query"] = measure(ProductAnswerer(assistant), questions, passes, Budget(max(60, budget.left)), local.k)
    return size


def _clear(base: Path) -> None:
    import shutil

    for name in ("server-data", "cache", "data"):
        shutil.rmtree(base / name, ignore_errors=True)
