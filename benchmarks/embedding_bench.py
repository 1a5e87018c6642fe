"""Where ingest time goes, at the level of the embedding model: batch order, batch size, float vs int8.

A fixed sample of the shipped corpus's chunks (as the model reads them) and sentences is
embedded in batches the way the pipeline sends them: in document order (before the
pipeline sorted by length) and sorted by length (now), at a few batch sizes, for each
model compared. Throughput only; the ingest part measures recall for each model.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import load_average

BATCH_SIZES = (16, 32, 64)


def run(corpus: Path, models: tuple[str, ...], chunk_sample: int = 96, unit_sample: int = 384) -> dict[str, Any]:
    chunks, units = _sample(corpus, chunk_sample, unit_sample)
    result: dict[str, Any] = {
        "chunks": len(chunks),
        "units": len(units),
        "load_average_1m_at_start": load_average(),
        "models": {},
    }
    for model in models:
        from vectorstore.embeddings import load_embeddings

        embeddings = load_embeddings(model, 32)
        embeddings.embed_documents(chunks[:4])  # first call pays one-off set-up
        rows = {}
        for order, size in [("document", 32)] + [("length", size) for size in BATCH_SIZES]:
            rows[f"{order}_order_batch{size}"] = {
                "chunks_per_s": _rate(embeddings, _ordered(chunks, order), size),
                "units_per_s": _rate(embeddings, _ordered(units, order), size),
            }
        result["models"][model] = rows
    return result


def _sample(corpus: Path, chunk_sample: int, unit_sample: int) -> tuple[list[str], list[str]]:
    from ingest.chunk import ChunkingOptions, chunk_document, embedding_text
    from ingest.load import discover, load_file
    from ingest.manifest import load_manifest
    from ingest.parse import parse
    from ingest.structure import describe
    from vectorstore.units import split_units

    documents = []
    for path in discover([corpus]):
        loaded = load_file(path, 50 * 1024 * 1024)
        parsed = parse(loaded)
        info = describe(path.name, path.name, loaded.kind, parsed, load_manifest(path.parent).get(path.name, {}))
        documents.extend(chunk_document(parsed, info, ChunkingOptions()))
    rng = random.Random(0)
    chunks = [embedding_text(d) for d in documents]
    units = list(dict.fromkeys(u.text for d in documents for u in split_units(d.page_content)))
    pick = sorted(rng.sample(range(len(chunks)), min(chunk_sample, len(chunks))))
    pick_units = sorted(rng.sample(range(len(units)), min(unit_sample, len(units))))
    return [chunks[i] for i in pick], [units[i] for i in pick_units]


def _ordered(texts: list[str], order: str) -> list[str]:
    return sorted(texts, key=len) if order == "length" else list(texts)


def _rate(embeddings, texts: list[str], size: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(texts), size):
        embeddings.embed_documents(texts[start : start + size])
    return round(len(texts) / (time.perf_counter() - started), 2)
