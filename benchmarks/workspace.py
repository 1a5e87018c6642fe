"""Where a benchmark run keeps its indexes, and the pieces every part needs (settings, dev questions)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from evals.dataset import Question, load_dataset
from settings import Settings

# No model hub, no telemetry, no analytics in anything a benchmark starts.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
}
for _name, _value in OFFLINE_ENV.items():
    os.environ.setdefault(_name, _value)


def work_dir(out: Path) -> Path:
    """Scratch space of a run: indexes, synthetic corpora, server data (safe to delete)."""
    folder = out / "work"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def corpus_settings(settings: Settings, out: Path, model: str | None = None) -> Settings:
    """Settings for an on-disk index of the shipped corpus under ``out``, one per embedding model."""
    model = model or settings.embedding_model
    base = work_dir(out) / f"index-{_slug(model)}"
    return settings.replace(
        embedding_model=model,
        index_dir=base / "index",
        cache_dir=base / "cache",
        data_dir=base / "data",
        chroma_url="",
        collection="board_papers",
    )


def dev_questions() -> list[Question]:
    return load_dataset()


def gold_quotes(questions: list[Question]) -> list[tuple[str, str]]:
    return [(s.doc, s.quote) for q in questions for s in q.sources]


def ensure_index(settings: Settings, paths: list[Path] | None = None) -> dict[str, Any]:
    """Ingest the corpus into the settings' index (a no-op when it is already there)."""
    from assistant.store import open_index
    from ingest.pipeline import IngestOptions, ingest

    options = IngestOptions.from_settings(settings, progress=False)
    report = ingest(paths or [settings.corpus_dir], open_index(settings), options)
    if not report.ok:
        raise RuntimeError(f"ingest failed: {[str(e) for e in report.failed]}")
    return {"chunks": report.chunks, "embedded": report.embedded, "seconds": round(report.seconds, 2)}


def run_worker(args: list[str], timeout_s: float, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``python -m benchmarks.ingest_worker ARGS`` in a fresh process; its last stdout line is JSON.

    A fresh process per measurement: peak memory is that run's own, and the model load is counted."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.ingest_worker", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        # The worker's settings come from its arguments only: none of the caller's BPA_* variables.
        env={**{k: v for k, v in os.environ.items() if not k.startswith("BPA_")}, **OFFLINE_ENV, **(env or {})},
        cwd=Path(__file__).resolve().parent.parent,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"worker {' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = round(wall, 2)
    return result


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text)[-60:]
