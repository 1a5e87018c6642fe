"""One ingest, measured in its own process (``python -m benchmarks.ingest_worker ours|vanilla ...``).

Prints one JSON line: what was ingested, where the time went, and the process's peak memory.
``ours`` is the product's pipeline into its index (on disk, or a Chroma server with
``--chroma-url``); ``vanilla`` is the LangChain baseline of ``evals/vanilla.py``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks import workspace
from benchmarks.measure import folder_size_mb, load_average, peak_rss_mb

PAGE_CHARACTERS = 3000  # a page-equivalent for documents without pages (Markdown, text, HTML)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingest_worker")
    parser.add_argument("kind", choices=["ours", "vanilla"])
    parser.add_argument("--corpus", type=Path, action="append", required=True)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument("--chroma-url", default="")
    parser.add_argument("--collection", default="board_papers")
    parser.add_argument("--model", default="minilm")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--fresh", action="store_true", help="delete the index folder first")
    parser.add_argument("--recall", action="store_true", help="then answer the dev questions: recall@4 and more")
    args = parser.parse_args(argv)
    result = _ours(args) if args.kind == "ours" else _vanilla(args)
    result.update(load_average_after=load_average())
    print(json.dumps(result))
    return 0


def _ours(args: argparse.Namespace) -> dict[str, Any]:
    from assistant.store import open_index
    from ingest.pipeline import IngestOptions, ingest
    from settings import Settings
    from vectorstore.embeddings import load_embeddings

    if args.fresh and args.index_dir and args.index_dir.exists():
        shutil.rmtree(args.index_dir)
    settings = Settings.from_env(
        index_dir=args.index_dir,
        cache_dir=args.cache_dir,
        chroma_url=args.chroma_url,
        collection=args.collection,
        embedding_model=args.model,
        embedding_batch=args.batch,
    )
    started = time.perf_counter()
    load_embeddings(settings.embedding_model, settings.embedding_batch)  # shared with the index's lazy model
    model_seconds = time.perf_counter() - started
    index = open_index(settings)
    report = ingest(args.corpus, index, IngestOptions(batch_size=args.batch, progress=False))
    if not report.ok:
        raise SystemExit(f"ingest failed: {[str(e) for e in report.failed]}")
    records = report.added + report.replaced
    pages = sum(r.pages or 0 for r in records)
    characters = sum(int(r.extra.get("characters", 0)) for r in records)
    other = report.seconds - report.embed_seconds - report.store_seconds
    result: dict[str, Any] = {
        "kind": "ours",
        "model": settings.embedding_model,
        "batch": args.batch,
        "documents": len(records),
        "unchanged": len(report.unchanged),
        "chunks": report.chunks,
        "chunks_embedded": report.embedded,
        "chunks_reused": report.reused,
        "characters": characters,
        "pages": pages,
        "page_equivalents": round(characters / PAGE_CHARACTERS, 1),
        "model_load_s": round(model_seconds, 2),
        "ingest_s": round(report.seconds, 2),
        "chunk_embedding_s": round(report.embed_seconds, 2),
        "parse_chunk_s": round(report.parse_seconds, 2),
        "store_write_s": round(report.store_seconds, 2),
        "other_s": round(other, 2),
        "chunks_per_s": _rate(report.chunks, report.seconds),
        "chunks_per_s_embedding_only": _rate(report.embedded, report.embed_seconds),
        "pages_per_s": _rate(pages or characters / PAGE_CHARACTERS, report.seconds),
        "peak_rss_mb": peak_rss_mb(),
    }
    if args.index_dir and not args.chroma_url:
        result["index_size_mb"] = folder_size_mb(args.index_dir)
    if args.recall:
        result["quality"] = _our_quality(settings, index)
    return result


def _vanilla(args: argparse.Namespace) -> dict[str, Any]:
    from evals.vanilla import VanillaAnswerer, load_documents
    from vectorstore.embeddings import load_embeddings

    started = time.perf_counter()
    embeddings = load_embeddings(args.model, args.batch)
    model_seconds = time.perf_counter() - started
    started = time.perf_counter()
    answerer = VanillaAnswerer.build(args.corpus, embeddings, chat_model=None, k=4)
    seconds = time.perf_counter() - started
    try:
        characters = sum(len(d.page_content) for d in load_documents(args.corpus))
        return {
            "kind": "vanilla",
            "model": args.model,
            "splitter": "RecursiveCharacterTextSplitter(1000, 200)",
            "chunks": answerer.chunks,
            "characters": characters,
            "page_equivalents": round(characters / PAGE_CHARACTERS, 1),
            "model_load_s": round(model_seconds, 2),
            "ingest_s": round(seconds, 2),
            "chunks_per_s": _rate(answerer.chunks, seconds),
            "pages_per_s": _rate(characters / PAGE_CHARACTERS, seconds),
            "peak_rss_mb": peak_rss_mb(),
            "index_size_mb": folder_size_mb(answerer.folder),
        }
    finally:
        answerer.close()


def _our_quality(settings, index) -> dict[str, Any]:
    """Dev-set recall@4 (and friends) of this index, answered by the product."""
    from assistant.chain import Assistant
    from evals.metrics import headline
    from evals.runner import ProductAnswerer, run

    results = run(ProductAnswerer(Assistant(settings, index)), workspace.dev_questions(), progress=False)
    scores = headline(results, settings.k)
    return {
        name: _round(scores.get(name))
        for name in ("recall@4", "recall@8", "mrr", "key_fact_recall", "answered_rate", "refusal_recall")
    }


def _rate(count: float, seconds: float) -> float | None:
    return round(count / seconds, 2) if seconds > 0 else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


if __name__ == "__main__":
    raise SystemExit(main())
