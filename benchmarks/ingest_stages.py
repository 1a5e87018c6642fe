"""Where ingest time goes, stage by stage: ``python -m benchmarks.ingest_stages PATH... [--model M]``.

Runs the pipeline's own pieces one after the other over the given files, into a scratch
on-disk index, and times each: load + parse, chunk, chunk embedding, sentence ("unit")
embedding (what answering compares with a question), and the store write (Chroma add,
lexical index, the switch). Prints a table and, with ``--json``, one JSON line. The
machine is shared: compare stages within one run, and note the load average it prints.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any


def measure(paths: list[Path], model: str = "minilm", batch: int = 32) -> dict[str, Any]:
    from assistant.store import open_index
    from benchmarks.measure import load_average
    from ingest.chunk import ChunkingOptions, chunk_document, embedding_text
    from ingest.load import discover, load_file
    from ingest.manifest import load_manifest
    from ingest.parse import parse
    from ingest.structure import describe
    from settings import Settings
    from vectorstore.embeddings import load_embeddings
    from vectorstore.index import Chunk, DocRecord
    from vectorstore.units import split_units

    result: dict[str, Any] = {"model": model, "batch": batch, "load_average_1m_at_start": load_average()}
    started = time.perf_counter()
    embeddings = load_embeddings(model, batch)
    embeddings.embed_documents(["warm up"] * 16)  # more than MiniLMEmbeddings.SMALL: loads the batch path
    result["model_load_s"] = time.perf_counter() - started

    seconds = {"parse": 0.0, "chunk": 0.0}
    files: list[dict[str, Any]] = []
    prepared = []
    for path in discover(paths):
        t0 = time.perf_counter()
        loaded = load_file(path, 50 * 1024 * 1024)
        parsed = parse(loaded)
        t1 = time.perf_counter()
        info = describe(path.name, path.name, loaded.kind, parsed, load_manifest(path.parent).get(path.name, {}))
        documents = chunk_document(parsed, info, ChunkingOptions())
        t2 = time.perf_counter()
        seconds["parse"] += t1 - t0
        seconds["chunk"] += t2 - t1
        files.append({"file": path.name, "parse_s": round(t1 - t0, 2), "chunk_s": round(t2 - t1, 2)})
        files[-1]["chunks"] = len(documents)
        prepared.append((path, loaded, info, documents))

    documents = [d for p in prepared for d in p[3]]
    texts = sorted((embedding_text(d) for d in documents), key=len)
    t0 = time.perf_counter()
    vectors = [v for s in range(0, len(texts), batch) for v in embeddings.embed_documents(texts[s : s + batch])]
    seconds["chunk_embedding"] = time.perf_counter() - t0
    by_text = dict(zip(texts, vectors, strict=True))

    units = sorted(dict.fromkeys(u.text for d in documents for u in split_units(d.page_content)), key=len)
    t0 = time.perf_counter()
    for s in range(0, len(units), batch):
        embeddings.embed_documents(units[s : s + batch])
    seconds["unit_embedding"] = time.perf_counter() - t0

    scratch = Path(tempfile.mkdtemp(prefix="bpa-stages-"))
    try:
        settings = Settings.from_env(index_dir=scratch / "index", embedding_model=model, embedding_batch=batch)
        index = open_index(settings)
        put = []
        for path, loaded, info, docs in prepared:
            record = DocRecord(doc_id=path.name, title=info.title, content_hash=loaded.sha256, chunks=len(docs))
            put.append((record, [Chunk(str(d.id), d, by_text[embedding_text(d)]) for d in docs]))
        t0 = time.perf_counter()
        index.commit(put=put)
        seconds["store_write"] = time.perf_counter() - t0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    total = sum(seconds.values())
    result.update(
        files=files,
        chunks=len(documents),
        units=len(units),
        seconds={k: round(v, 2) for k, v in seconds.items()},
        share={k: round(v / total, 3) for k, v in seconds.items()},
        total_s=round(total, 2),
        chunks_per_s_embedding=round(len(texts) / seconds["chunk_embedding"], 2),
        units_per_s_embedding=round(len(units) / seconds["unit_embedding"], 2),
        load_average_1m_at_end=load_average(),
        omp_num_threads=os.environ.get("OMP_NUM_THREADS", ""),
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingest_stages")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--model", default="minilm")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="also print the result as one JSON line")
    args = parser.parse_args(argv)
    from benchmarks import workspace  # noqa: F401  (offline environment for everything below)

    r = measure(args.paths, args.model, args.batch)
    print(f"{r['chunks']} chunks, {r['units']} sentences; model {r['model']} (load {r['model_load_s']:.1f} s)")
    for stage, secs in r["seconds"].items():
        print(f"  {stage:<16} {secs:7.2f} s  {100 * r['share'][stage]:5.1f} %")
    print(f"  {'total':<16} {r['total_s']:7.2f} s")
    print(f"chunk embedding {r['chunks_per_s_embedding']} chunks/s, sentence embedding {r['units_per_s_embedding']}/s")
    print(f"load average {r['load_average_1m_at_start']} -> {r['load_average_1m_at_end']}")
    for f in r["files"]:
        print(f"  {f['file']}: parse {f['parse_s']} s, chunk {f['chunk_s']} s, {f['chunks']} chunks")
    if args.json:
        print(json.dumps(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
