"""Benchmarks: ``bench [ingest|query|load|scale|cli|all] --out DIR`` (speed, memory, scale; see benchmarks/)."""

from __future__ import annotations

import argparse

from settings import Settings


def register(sub, common) -> None:
    from benchmarks.run import add_arguments

    p = sub.add_parser(
        "bench",
        parents=[common],
        help="measure ingest, query latency, load, scale and CLI start",
        description="Measure speed, memory and scale; writes OUT/results.json and OUT/results.md.",
    )
    add_arguments(p)
    p.set_defaults(handler=_bench)


def _bench(args: argparse.Namespace, settings: Settings) -> int:
    from benchmarks import workspace  # noqa: F401  (offline environment first)
    from benchmarks.run import run

    return run(args, settings)
