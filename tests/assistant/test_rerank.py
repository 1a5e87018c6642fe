"""The evidence reranker over real retrieval candidates of the shipped corpus."""

from __future__ import annotations

from assistant.rerank import EvidenceReranker
from vectorstore.retrievers import LexicalRetriever
from vectorstore.unit_vectors import UnitEmbeddingCache


def test_the_passage_as_a_whole_counts_beside_its_best_sentence(corpus_index):
    query = "What did the ICP minute about the Bristol flow model?"
    candidates = LexicalRetriever(index=corpus_index, k=12).invoke(query)
    cache = UnitEmbeddingCache(corpus_index.embeddings, corpus_index.unit_store())
    plain = EvidenceReranker(cache=cache, lexical=corpus_index.lexical())
    whole = EvidenceReranker(cache=cache, lexical=corpus_index.lexical(), passage_vectors=corpus_index.vectors_for)

    without = {d.id: d.metadata for d in plain.compress_documents(candidates, query)}
    with_passage = whole.compress_documents(candidates, query)
    for doc in with_passage:
        sim = doc.metadata["passage_similarity"]
        assert -1.0 <= sim <= 1.0 and sim != 0.0  # every candidate's stored vector was found
        expected = without[doc.id]["rerank"] + whole.w_passage_similarity * sim
        assert abs(doc.metadata["rerank"] - expected) < 1e-6
    assert [d.metadata["rerank"] for d in with_passage] == sorted(
        (d.metadata["rerank"] for d in with_passage), reverse=True
    )
    assert "Bristol" in with_passage[0].page_content
