"""Open the chunk index the settings describe (on disk, or on a Chroma server)."""

from __future__ import annotations

from settings import Settings
from vectorstore.chroma import open_client
from vectorstore.embeddings import BUILT_IN, DEFAULT_MODEL, LazyEmbeddings
from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex, server_cache_folder


def open_index(settings: Settings) -> ChunkIndex:
    """The index, searched with its own model: one built with another built-in model than the default
    (all-MiniLM-L6-v2 in float, the default before the int8 build) keeps that model, so an index
    made before the default changed still answers and takes updates. Another model named in the
    settings than the index's is refused by the index (a new index directory is needed)."""
    index = _open(settings, settings.embedding_model)
    if settings.embedding_model != DEFAULT_MODEL:
        return index
    try:
        built_with = index.generation().embedding
    except StoreUnavailable:
        return index  # said when the index is first used
    return _open(settings, built_with) if built_with in BUILT_IN and built_with != DEFAULT_MODEL else index


def _open(settings: Settings, model: str) -> ChunkIndex:
    embeddings = LazyEmbeddings(model, settings.embedding_batch)
    if settings.chroma_url:
        client = open_client(url=settings.chroma_url)
        # The server holds the chunks; this machine keeps the files derived from them, by the index's identity.
        root = settings.cache_dir / "lexical"
        lexical_dir = server_cache_folder(client, embeddings, settings.collection, root, _safe(settings.chroma_url))
    else:
        client = open_client(path=settings.index_dir)
        lexical_dir = settings.index_dir / "lexical"
    return ChunkIndex(client, embeddings, settings.collection, lexical_dir, second_model=settings.second_model)


def _safe(url: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in url)
