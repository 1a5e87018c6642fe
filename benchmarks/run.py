"""``bench [ingest|query|load|scale|cli|all] --out DIR``: run the parts asked for, write results as they come.

Shared by ``python -m benchmarks`` and ``board-assistant bench``. Each part has its own
time budget; a part that fails is recorded with its error and the others still run.
The results files are rewritten after every part, so a stopped run keeps what it measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.measure import load_average, machine
from settings import Settings

PARTS = ("ingest", "query", "scale", "load", "cli")
log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "part", nargs="?", default="all", choices=[*PARTS, "all"], help="what to measure (default: all)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("benchmarks/results/tmp/latest"),
        help="folder for results.json, results.md and scratch indexes (default: %(default)s)",
    )
    parser.add_argument("--factors", default="1,10,100", help="scale: corpus sizes, times the shipped one")
    parser.add_argument("--sessions", default="1,5,20", help="load: concurrent sessions per level")
    parser.add_argument("--passes", type=int, default=3, help="query: passes over the dev questions (first is cold)")
    parser.add_argument(
        "--models", default="minilm,minilm-int8", help="ingest: embedding models to compare (before/after)"
    )
    parser.add_argument("--runs", type=int, default=5, help="cli: one-off `ask` commands to time (default: 5)")
    parser.add_argument(
        "--with",
        dest="extra",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="ingest: also time the corpus with the papers in DIR from empty (e.g. the held-out papers)",
    )
    parser.add_argument(
        "--budget-min",
        type=float,
        default=None,
        help="time limit per part in minutes (default: ingest 60, query 15, load 15, scale 240, cli 5)",
    )


BUDGET_MIN = {"ingest": 60, "query": 15, "load": 15, "scale": 240, "cli": 5}


def run(args: argparse.Namespace, settings: Settings) -> int:
    parts = PARTS if args.part == "all" else (args.part,)
    out: Path = args.out
    results = _previous(out)
    results.update(started=_now(), machine=machine(), settings=_settings(settings))
    results.setdefault("errors", {})
    for part in parts:
        budget_s = 60 * (args.budget_min or BUDGET_MIN[part])
        started = time.perf_counter()
        print(f"bench {part}: running (limit {budget_s / 60:.0f} min) ...", flush=True)
        results["errors"].pop(part, None)
        load = load_average()
        try:
            results[part] = _part(part, args, settings, out, budget_s)
            results[part].update(
                seconds=round(time.perf_counter() - started, 1), measured=_now(), load_average_1m_at_start=load
            )
        except Exception as exc:  # one broken part must not lose the others
            log.debug("bench %s failed", part, exc_info=True)
            results["errors"][part] = f"{type(exc).__name__}: {exc}"[:1000]
            results.setdefault("tracebacks", {})[part] = traceback.format_exc()[-4000:]
        results["finished"] = _now()
        json_path, md_path = report.write(results, out)
        print(
            f"bench {part}: {'failed: ' + results['errors'][part] if part in results['errors'] else 'done'} "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    print(md_path.read_text(encoding="utf-8"))
    print(f"Wrote {json_path} and {md_path}")
    return 1 if any(part in results["errors"] for part in parts) else 0


def _previous(out: Path) -> dict[str, Any]:
    """The parts an earlier run measured into the same folder stay, so parts can be run one at a time."""
    path = out / report.RESULTS_JSON
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: value for key, value in previous.items() if key in (*PARTS, "errors")}


def _part(part: str, args: argparse.Namespace, settings: Settings, out: Path, budget_s: float) -> dict[str, Any]:
    if part == "ingest":
        from benchmarks import ingest_bench

        return ingest_bench.run(settings, out, tuple(_names(args.models)), budget_s, tuple(args.extra))
    if part == "query":
        from benchmarks import query_bench

        return query_bench.run(settings, out, args.passes, budget_s)
    if part == "cli":
        from benchmarks import cli_bench

        return cli_bench.run(settings, out, budget_s, args.runs)
    if part == "load":
        from benchmarks import load_bench

        return load_bench.run(settings, out, tuple(int(n) for n in _names(args.sessions)), budget_s)
    from benchmarks import scale_bench

    return scale_bench.run(settings, out, tuple(int(n) for n in _names(args.factors)), budget_s)


def _names(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _settings(settings: Settings) -> dict[str, Any]:
    return {
        "embedding_model": settings.embedding_model,
        "embedding_batch": settings.embedding_batch,
        "chunk_tokens": settings.chunk_tokens,
        "backend": settings.backend,
        "k": settings.k,
        "candidates": settings.candidates,
    }


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
