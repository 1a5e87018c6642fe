"""The same question gets the same nearest chunks every time the index is opened.

Chroma re-inserts the additions it has not saved yet into its HNSW graph, with several threads,
each time a collection is opened; with its default settings the graph, and so the neighbours a
query gets, changed from one opening to the next. Each opening here is a separate process (a
Chroma client in one process is shared, so reopening inside a test would not reload anything).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import SOUTH_BOARD, write
from vectorstore.chroma import hnsw_configuration

_QUERY = """
import json, sys
import numpy as np
import vectorstore.chroma  # telemetry off before chromadb is imported
import chromadb
client = chromadb.PersistentClient(sys.argv[1])
queries = np.random.default_rng(1).normal(size=(100, 384)).tolist()
ids = client.get_collection("vectors").query(query_embeddings=queries, n_results=24)["ids"]
print(json.dumps(ids))
"""


def _neighbours(folder: Path) -> list[list[str]]:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _QUERY, str(folder)], capture_output=True, text=True, check=True, cwd=root, timeout=120
    )
    return json.loads(done.stdout)


def test_nearest_chunks_do_not_change_between_openings(tmp_path):
    import chromadb

    # Made-up vectors with no structure: the hardest case for an approximate index, and many of
    # them, so hundreds were added after Chroma's last save under its default settings (a save every 1,000).
    vectors = np.random.default_rng(0).normal(size=(2600, 384))
    client = chromadb.PersistentClient(str(tmp_path))
    collection = client.create_collection("vectors", configuration=hnsw_configuration(), embedding_function=None)
    for start in range(0, len(vectors), 250):
        rows = vectors[start : start + 250]
        collection.add(ids=[f"v{start + i}" for i in range(len(rows))], embeddings=rows.tolist())
    first, second = _neighbours(tmp_path), _neighbours(tmp_path)
    assert first == second


def test_the_index_makes_its_chunk_collections_with_that_configuration(index, tmp_path):
    paper = write(tmp_path / "papers", "south.md", SOUTH_BOARD)
    assert ingest([paper], index, IngestOptions(progress=False)).ok
    hnsw = index.collection().configuration_json["hnsw"]
    wanted = hnsw_configuration()["hnsw"]
    assert hnsw["space"] == "cosine" and hnsw["sync_threshold"] == wanted["sync_threshold"]
