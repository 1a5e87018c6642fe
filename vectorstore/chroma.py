"""Chroma clients: an on-disk index by default, a Chroma server when a URL is given.

Telemetry is always off, and every collection is opened with an embedding function
that wraps our own model, so Chroma's default one (which downloads a model) never runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import chromadb  # noqa: E402  (telemetry must be off before import)
from chromadb.api import ClientAPI  # noqa: E402
from chromadb.api.collection_configuration import CreateCollectionConfiguration  # noqa: E402
from chromadb.api.types import Embeddable  # noqa: E402
from chromadb.api.types import Embeddings as ChromaEmbeddings  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from chromadb.utils.embedding_functions import register_embedding_function  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402

from vectorstore.errors import StoreUnavailable, store_errors  # noqa: E402


def open_client(path: Path | None = None, url: str = "") -> ClientAPI:
    """A Chroma client for a server at ``url`` if set, else an on-disk index at ``path``."""
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise StoreUnavailable(f"Chroma URL {url!r} has no host")
        try:
            return chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
        except Exception as exc:  # chromadb raises several types for a refused connection
            raise StoreUnavailable(f"cannot reach the Chroma server at {url}: {exc}") from exc
    if path is None:
        raise StoreUnavailable("no index path and no Chroma URL given")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"the index at {path} cannot be opened: {exc}") from exc
    with store_errors(f"the index at {path}", "opening it"):
        return chromadb.PersistentClient(path=str(path), settings=settings)


def store_name(client: ClientAPI) -> str:
    """Where ``client`` keeps the index, for messages: "the Chroma server at http://host:port" or
    "the index at /path" (read from the client's own settings: nothing is asked of the store)."""
    try:
        settings = client.get_settings()
    except Exception:  # noqa: BLE001 - a client that cannot say: a plain name
        return "the Chroma index"
    if getattr(settings, "is_persistent", False):
        return f"the index at {settings.persist_directory}"
    host = getattr(settings, "chroma_server_host", None)
    if not host:
        return "the Chroma index"
    scheme = "https" if getattr(settings, "chroma_server_ssl_enabled", False) else "http"
    return f"the Chroma server at {scheme}://{host}:{getattr(settings, 'chroma_server_http_port', '')}"


def hnsw_configuration() -> CreateCollectionConfiguration:
    """The vector index of a new chunk collection (a fresh dict: Chroma fills in the one it is given).

    Chroma keeps the newest additions in a log and, whenever a collection is opened, inserts those
    past its last save into the HNSW graph again with several threads: the graph, and so the
    nearest chunks a question gets, then differed from one opening to the next (4 to 7 of 80
    questions' top 24 over the eight papers; 60 of 200 queries over 20,000 random vectors). Saving
    every 100 additions (Chroma's in-memory batch size) leaves at most 100 unsaved, and every opening
    then answered alike (0 of 80, 0 of 200; tests/vectorstore/test_repeatable_search.py). Chroma's
    add takes about 9% longer (20,000 vectors: 6.0 s against 5.5 s)."""
    return {"hnsw": {"space": "cosine", "batch_size": 100, "sync_threshold": 100}}


class ChromaEmbeddingFunction(chromadb.EmbeddingFunction[Embeddable]):
    """Chroma's embedding-function protocol over a LangChain ``Embeddings`` (text only: no images)."""

    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings

    def __call__(self, input: Embeddable) -> ChromaEmbeddings:  # noqa: A002 - Chroma's parameter name
        import numpy as np

        texts = [item for item in input if isinstance(item, str)]
        if len(texts) != len(input):
            raise TypeError("the board-papers embedding function embeds text only")
        return [np.asarray(v, dtype=np.float32) for v in self._embeddings.embed_documents(texts)]

    def embed_query(self, input: Embeddable) -> ChromaEmbeddings:  # noqa: A002
        return self(input)

    @staticmethod
    def name() -> str:
        return "board-papers-assistant"

    def get_config(self) -> dict[str, Any]:
        return {"model": getattr(self._embeddings, "name", "minilm")}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        # Chroma rebuilds a collection's function from its stored config; ours loads lazily from disk.
        from vectorstore.embeddings import LazyEmbeddings

        return ChromaEmbeddingFunction(LazyEmbeddings(str(config.get("model", "minilm"))))

    def is_legacy(self) -> bool:
        return False


register_embedding_function(ChromaEmbeddingFunction)
