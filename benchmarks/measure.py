"""Small measuring tools shared by the benchmarks: percentiles, peak memory, the machine, time limits."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass


def latency_summary(values_ms: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/mean/max of latencies in milliseconds (nearest-rank, so small samples stay honest)."""
    if not values_ms:
        return {"n": 0}
    ordered = sorted(values_ms)
    return {
        "n": len(ordered),
        "p50": round(_nearest_rank(ordered, 50), 1),
        "p95": round(_nearest_rank(ordered, 95), 1),
        "p99": round(_nearest_rank(ordered, 99), 1),
        "mean": round(statistics.fmean(ordered), 1),
        "max": round(ordered[-1], 1),
    }


def _nearest_rank(ordered: Sequence[float], percent: float) -> float:
    rank = max(1, -(-len(ordered) * percent // 100))  # ceil without floats
    return float(ordered[int(rank) - 1])


def peak_rss_mb() -> float:
    """Largest resident set of this process so far (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def machine() -> dict[str, object]:
    """What the numbers were measured on, including how busy the machine was."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(info.readline().split()[1])
        return round(kib / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class Budget:
    """A time limit for one benchmark part: loops stop taking new work once it is spent."""

    seconds: float
    started: float = 0.0

    def __post_init__(self) -> None:
        self.started = time.monotonic()

    @property
    def spent(self) -> bool:
        return time.monotonic() - self.started >= self.seconds

    @property
    def left(self) -> float:
        return max(0.0, self.seconds - (time.monotonic() - self.started))


def folder_size_mb(path: str | os.PathLike[str]) -> float:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.path.getsize(os.path.join(root, name))
    return round(total / 1024 / 1024, 2)
