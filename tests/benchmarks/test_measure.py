"""Percentiles by nearest rank, and time budgets."""

from __future__ import annotations

import time

from benchmarks.measure import Budget, latency_summary, machine, peak_rss_mb


def test_latency_summary_uses_nearest_rank():
    summary = latency_summary([float(v) for v in range(100, 0, -1)])
    assert summary == {"n": 100, "p50": 50.0, "p95": 95.0, "p99": 99.0, "mean": 50.5, "max": 100.0}
    assert latency_summary([7.0])["p99"] == 7.0
    assert latency_summary([1.0, 2.0, 3.0])["p50"] == 2.0
    assert latency_summary([]) == {"n": 0}


def test_budget_and_machine():
    budget = Budget(0.05)
    assert not budget.spent and 0 < budget.left <= 0.05
    time.sleep(0.06)
    assert budget.spent and budget.left == 0
    info = machine()
    assert info["cores"] >= 1 and info["cpu"] and peak_rss_mb() > 10
