"""Ingest benchmark: the shipped corpus through our pipeline and through vanilla LangChain, same run.

Each ingest runs in its own process (peak memory is its own, the model load is counted):
ours from empty, for each embedding model compared (before/after: the float model and
its int8 ONNX build, with the dev-set recall@4 each gives), then ours again over the
unchanged corpus (in-process and as the ``board-assistant ingest`` command), then the
vanilla baseline (RecursiveCharacterTextSplitter 1000/200 and ``Chroma.from_documents``
with all-MiniLM-L6-v2 in float through sentence-transformers, as a LangChain tutorial sets
it up: the same network as ours, whichever build ours uses), then, given ``extra`` folders
(the held-out papers), ours over the corpus and those together from empty, then the
embedding model alone on a sample (batch order and size, each model: ``embedding_bench``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import Budget
from benchmarks.workspace import OFFLINE_ENV, corpus_settings, run_worker
from settings import Settings

MODELS = ("minilm", "minilm-int8")
VANILLA_MODEL = "minilm"  # HuggingFaceEmbeddings("all-MiniLM-L6-v2") in a tutorial: sentence-transformers, float


def run(
    settings: Settings,
    out: Path,
    models: tuple[str, ...] = MODELS,
    budget_s: float = 3600,
    extra: tuple[Path, ...] = (),
) -> dict[str, Any]:
    budget = Budget(budget_s)
    corpus = settings.corpus_dir
    result: dict[str, Any] = {"corpus": str(corpus), "default_model": settings.embedding_model, "ours": {}}
    ordered = sorted(models, key=lambda m: m != settings.embedding_model)  # the default first: it feeds the rest
    for model in ordered:
        if budget.spent:
            result.setdefault("skipped", []).append(f"ours {model}: time budget spent")
            continue
        local = corpus_settings(settings, out, model)
        fresh = run_worker(_ours_args(local, corpus, fresh=True), timeout_s=max(60, budget.left))
        again = run_worker(_ours_args(local, corpus, fresh=False), timeout_s=600)
        result["ours"][model] = {"fresh": fresh, "reingest": _reingest(again, local)}
    if not budget.spent:
        result["vanilla"] = run_worker(
            [
                "vanilla",
                "--corpus",
                str(corpus),
                "--model",
                VANILLA_MODEL,
                "--batch",
                str(settings.embedding_batch),
            ],
            timeout_s=max(60, budget.left),
        )
    if extra and not budget.spent:
        local = corpus_settings(settings, out, settings.embedding_model)
        args = _ours_args(local, corpus, fresh=True)[:-1]  # no dev recall: these are not the dev papers
        for folder in extra:
            args += ["--corpus", str(folder)]
        args[args.index("--index-dir") + 1] = str(local.index_dir.with_name("index-with-extra"))
        result["with_extra"] = run_worker(args, timeout_s=max(60, budget.left))
        result["with_extra"]["extra"] = [str(f) for f in extra]
    if not budget.spent:
        from benchmarks import embedding_bench

        result["embedding"] = embedding_bench.run(corpus, tuple(models))
    result["comparison"] = _compare(result, settings.embedding_model)
    return result


def _ours_args(local: Settings, corpus: Path, fresh: bool) -> list[str]:
    args = [
        "ours",
        "--corpus",
        str(corpus),
        "--index-dir",
        str(local.index_dir),
        "--cache-dir",
        str(local.cache_dir),
        "--model",
        local.embedding_model,
        "--batch",
        str(local.embedding_batch),
    ]
    return args + ["--fresh", "--recall"] if fresh else args


def _reingest(again: dict[str, Any], local: Settings) -> dict[str, Any]:
    """The unchanged corpus again: the pipeline's own time, and the whole command a user types."""
    command = [str(Path(sys.executable).with_name("board-assistant")), "ingest", "--quiet"]
    env = {
        **os.environ,
        **OFFLINE_ENV,
        "BPA_INDEX_DIR": str(local.index_dir),
        "BPA_CACHE_DIR": str(local.cache_dir),
        "BPA_EMBEDDING_MODEL": local.embedding_model,
        "BPA_CORPUS_DIR": str(local.corpus_dir),
    }
    started = time.perf_counter()
    proc = subprocess.run(command, check=False, capture_output=True, text=True, timeout=300, env=env)
    wall = time.perf_counter() - started
    return {
        "unchanged_documents": again["unchanged"],
        "chunks_embedded": again["chunks_embedded"],
        "ingest_s": again["ingest_s"],
        "command_wall_s": round(wall, 2),
        "command_exit": proc.returncode,
    }


def _compare(result: dict[str, Any], default_model: str) -> dict[str, Any]:
    ours = result["ours"].get(default_model, {}).get("fresh")
    base = result.get("vanilla")
    out: dict[str, Any] = {}
    if ours and base:
        out["vanilla_over_ours_ingest_time"] = _ratio(base["ingest_s"], ours["ingest_s"])
        out["ours_over_vanilla_chunks_per_s"] = _ratio(ours["chunks_per_s"], base["chunks_per_s"])
        out["ours_over_vanilla_peak_rss"] = _ratio(ours["peak_rss_mb"], base["peak_rss_mb"])
    fresh = {m: r["fresh"] for m, r in result["ours"].items()}
    if "minilm" in fresh and "minilm-int8" in fresh:
        before, after = fresh["minilm"], fresh["minilm-int8"]
        out["int8_speedup_ingest"] = _ratio(before["ingest_s"], after["ingest_s"])
        out["int8_speedup_chunk_embedding"] = _ratio(
            after["chunks_per_s_embedding_only"], before["chunks_per_s_embedding_only"]
        )
        out["recall@4_minilm"] = before.get("quality", {}).get("recall@4")
        out["recall@4_minilm_int8"] = after.get("quality", {}).get("recall@4")
    return out


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None
