"""Open the chunk index the settings describe (on disk, or on a Chroma server)."""

from __future__ import annotations

from settings import Settings
from vectorstore.chroma import open_client
from vectorstore.embeddings import LazyEmbeddings
from vectorstore.index import ChunkIndex


def open_index(settings: Settings) -> ChunkIndex:
    embeddings = LazyEmbeddings(settings.embedding_model, settings.embedding_batch)
    if settings.chroma_url:
        client = open_client(url=settings.chroma_url)
        # The server holds the chunks; this machine keeps only the derived lexical index.
        lexical_dir = settings.cache_dir / "lexical" / _safe(settings.chroma_url)
    else:
        client = open_client(path=settings.index_dir)
        lexical_dir = settings.index_dir / "lexical"
    return ChunkIndex(client, embeddings, settings.collection, lexical_dir)


def _safe(url: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in url)
