"""Evidence scoring: what a unit of a passage is credited with, beyond its own words."""

from __future__ import annotations

import pytest

from assistant.extractive import EvidenceScorer, PassageRef
from assistant.query import analyse
from vectorstore.unit_vectors import UnitEmbeddingCache


@pytest.fixture(scope="module")
def scorer(embeddings):
    return EvidenceScorer(UnitEmbeddingCache(embeddings), idf={}, unseen_idf=1.0)


def test_a_place_the_passage_names_counts_for_all_its_sentences(scorer):
    question = analyse("How many nights at Hannah House were cancelled?")
    about = PassageRef(1, "Safe staffing report", "Children's services",
                       "Hannah House is a short-break unit for children. Four nights were cancelled in June.")
    elsewhere = PassageRef(2, "Safe staffing report", "Adult services",
                           "The recovery hub runs all week. Four nights were cancelled in June.")
    coverage = {(u.n, u.unit.text): u.context_coverage for u in scorer.score(question, [about, elsewhere])}
    named = coverage[(1, "Four nights were cancelled in June.")]
    unnamed = coverage[(2, "Four nights were cancelled in June.")]
    assert named == pytest.approx(1.0) and unnamed < 0.6
