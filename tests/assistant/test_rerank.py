"""The learned reranker over real retrieval candidates of the shipped corpus."""

from __future__ import annotations

import math

import pytest

from assistant.chain import Assistant
from assistant.query import analyse
from assistant.retrieval import HybridRetriever
from settings import Settings


def test_candidates_are_ordered_by_the_passage_model(corpus_index):
    assistant = Assistant(Settings.from_env(), corpus_index)
    query = "What did the ICP minute about the Bristol flow model?"
    pool = HybridRetriever(index=corpus_index, k=48, candidates=24).invoke(query)
    assert all(any(d.metadata.get(f"{name}_rank") for d in pool) for name in ("bm25", "dense", "e5"))
    reranker = assistant.reranker()
    features = reranker.features(pool, analyse(query))
    assert all(math.isfinite(v) for row in features for v in row.values())
    assert all(-1.0 <= row["dense"] <= 1.0 and row["dense"] != 0.0 for row in features)  # every stored vector found
    assert all(0.0 < row["e5"] <= 1.0 for row in features)  # and every second-model vector
    ranked = reranker.compress_documents(pool, query)
    scores = [d.metadata["rerank"] for d in ranked]
    assert scores == sorted(scores, reverse=True) and len(ranked) == len(pool)
    assert "Bristol" in ranked[0].page_content


@pytest.mark.parametrize(
    "question, document",
    [
        ("What does the recovery plan say about mental health?", "sel-recovery-plan-2020-10.md"),
        ("What did the Integrated Care Partnership papers say about mental health?", "sel-icp-papers-2023-04-25.md"),
        ("What did the April 2023 meeting say about mental health?", "sel-icp-papers-2023-04-25.md"),
    ],
)
def test_a_question_naming_a_paper_or_meeting_ranks_that_paper_first(corpus_index, question, document):
    answer = Assistant(Settings.from_env(), corpus_index).ask(question)
    assert [p.doc for p in answer.retrieved[:4]] == [document] * 4


def test_each_candidate_knows_where_the_chunks_beside_it_in_its_paper_are():
    from langchain_core.documents import Document

    from assistant.rerank import adjacent

    def chunk(paper: str | None, index: int | None) -> Document:
        return Document(page_content="text", metadata={"doc_id": paper, "chunk_index": index})

    pool = [
        chunk("a.pdf", 3),
        chunk("b.pdf", 4),
        chunk("a.pdf", 4),
        chunk("a.pdf", 2),
        chunk(None, 3),
        chunk("a", None),
    ]
    previous, following = adjacent(pool)
    assert previous == [3, None, 0, None, None, None]  # b.pdf's chunk 4 follows nothing of b.pdf's
    assert following == [2, None, None, 0, None, None]


def test_a_continuation_of_a_strong_candidate_rises_in_the_ranking(corpus_index):
    from assistant.model import Neighbours

    assistant = Assistant(Settings.from_env(), corpus_index)
    query = "What did the ICP minute about the Bristol flow model?"
    pool = HybridRetriever(index=corpus_index, k=48, candidates=24).invoke(query)
    plain = assistant.reranker().score(pool, analyse(query))
    risen = assistant.reranker().model_copy(update={"neighbours": Neighbours(0.9, 0.9)}).score(pool, analyse(query))
    before, after = [d.metadata["rerank"] for d in plain], [d.metadata["rerank"] for d in risen]
    assert all(b <= a + 1e-9 for b, a in zip(before, after, strict=True))  # nothing falls
    assert any(a > b + 1e-9 for b, a in zip(before, after, strict=True))  # a neighbour in the pool rose
