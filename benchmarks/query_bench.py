"""Query benchmark: dev-question latency, warm, ours beside the vanilla dense retriever, same run.

Each system first answers every dev question once (cold: an empty sentence-vector store,
as after an ingest, and caches fill; figures kept apart), then answers them again ``passes`` times for the warm figures. Ours reports
retrieval latency (the search part of the retrieve stage: both retrievers and the fusion),
the reranker's apart, and full-answer latency (p50/p95/p99), with the split over stages
from ``Answer.timings``; vanilla reports retrieval and full answer from its own timings. Dev-set recall@4 comes along from the warm results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.measure import Budget, latency_summary
from benchmarks.workspace import corpus_settings, dev_questions, ensure_index
from settings import Settings

STAGES = ("prepare", "rewrite", "retrieve", "search", "rerank", "select", "generate", "verify", "total")


def run(settings: Settings, out: Path, passes: int = 3, budget_s: float = 900) -> dict[str, Any]:
    from assistant.chain import Assistant
    from assistant.store import open_index
    from evals.runner import ProductAnswerer
    from evals.vanilla import VanillaAnswerer, vanilla_chat_model

    local = corpus_settings(settings, out)
    ensure_index(local)
    index = open_index(local)
    # The first answers are measured as after a fresh ingest: no sentence vector stored yet
    # (ingest leaves them to the first questions that retrieve their passages).
    index.unit_store().clear()
    questions = dev_questions()
    result: dict[str, Any] = {"questions": len(questions), "model": local.embedding_model, "k": local.k}
    result["ours"] = measure(ProductAnswerer(Assistant(local, index)), questions, passes, Budget(budget_s / 2), local.k)
    baseline = VanillaAnswerer.build([local.corpus_dir], index.embeddings, vanilla_chat_model(local, index), k=local.k)
    try:
        result["vanilla"] = measure(baseline, questions, passes, Budget(budget_s / 2), local.k)
    finally:
        baseline.close()
    result["comparison"] = _compare(result["ours"], result["vanilla"])
    return result


def measure(answerer, questions, passes: int, budget: Budget, k: int) -> dict[str, Any]:
    """Cold pass, then warm passes until ``passes`` are done or the budget is spent. Before each warm pass the
    answerer forgets the questions it was asked (their vectors, their passages' scores), where it remembers
    them: the pass times questions asked for the first time of a warm process, as users' questions are."""
    from evals.metrics import headline
    from evals.runner import run

    cold = run(answerer, questions, progress=False)
    warm: list = []
    done = 0
    while done < max(1, passes - 1) and not budget.spent:
        if forget := getattr(answerer, "forget_questions", None):
            forget()
        warm.extend(run(answerer, questions, progress=False))
        done += 1
    scores = headline(warm[: len(questions)] or cold, k)
    return {
        "errors": sum(r.error is not None for r in cold + warm),
        "warm_passes": done,
        "cold_total_ms": latency_summary([r.latency_ms for r in cold]),
        # Ours splits its retrieve stage into the search and the reranker; vanilla's retrieve is its search.
        "retrieval_ms": latency_summary(
            [r.timings.get("search", r.timings.get("retrieve")) for r in warm if "retrieve" in r.timings]
        ),
        "rerank_ms": latency_summary([r.timings["rerank"] for r in warm if "rerank" in r.timings]),
        "full_answer_ms": latency_summary([r.latency_ms for r in warm]),
        "stages_ms": {
            s: latency_summary([r.timings[s] for r in warm if s in r.timings])
            for s in STAGES
            if any(s in r.timings for r in warm)
        },
        "quality": {
            name: None if (score := scores.get(name)) is None else round(score, 3)
            for name in ("recall@4", "recall@8", "mrr", "key_fact_recall", "answered_rate")
        },
    }


def _compare(ours: dict[str, Any], vanilla: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for what in ("retrieval_ms", "full_answer_ms"):
        for p in ("p50", "p95"):
            a, b = ours[what].get(p), vanilla[what].get(p)
            out[f"ours_over_vanilla_{what}_{p}"] = round(a / b, 2) if a and b else None
    return out
