"""The int8 ONNX build of all-MiniLM-L6-v2 gives the same vectors as the float model, to within rounding."""

from __future__ import annotations

import numpy as np

from vectorstore.embeddings import OnnxInt8Embeddings, embedding_name, load_embeddings

TEXTS = [
    "The trust reported a deficit of £2.1m at month 10, which is £0.4m better than plan.",
    "Vacancy rates fell to 8.2% in February.",
    "Extra ambulance handover capacity will open in November. " * 40,  # past the 256-piece cut
    "",
]


def test_int8_vectors_match_the_float_model(embeddings):
    int8 = load_embeddings("minilm-int8")
    assert isinstance(int8, OnnxInt8Embeddings) and embedding_name(int8) == "minilm-int8"
    ours = np.array(int8.embed_documents(TEXTS))
    reference = np.array(embeddings.embed_documents(TEXTS))
    assert ours.shape == reference.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    assert (ours * reference).sum(axis=1).min() > 0.99
    # Order and batching do not change a text's vector.
    again = np.array(int8.embed_documents(list(reversed(TEXTS))))[::-1]
    assert np.allclose(ours, again, atol=1e-5)
    assert np.allclose(int8.embed_query(TEXTS[0]), ours[0], atol=1e-5)


def test_int8_ranks_like_the_float_model(embeddings):
    int8 = load_embeddings("minilm-int8")
    query = "How big was the deficit?"
    for model in (int8, embeddings):
        scores = np.array(model.embed_documents(TEXTS[:3])) @ np.array(model.embed_query(query))
        assert int(np.argmax(scores)) == 0
