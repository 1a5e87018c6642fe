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
    about = PassageRef(
        1,
        "Safe staffing report",
        "Children's services",
        "Hannah House is a short-break unit for children. Four nights were cancelled in June.",
    )
    elsewhere = PassageRef(
        2,
        "Safe staffing report",
        "Adult services",
        "The recovery hub runs all week. Four nights were cancelled in June.",
    )
    coverage = {(u.n, u.unit.text): u.context_coverage for u in scorer.score(question, [about, elsewhere])}
    named = coverage[(1, "Four nights were cancelled in June.")]
    unnamed = coverage[(2, "Four nights were cancelled in June.")]
    assert named == pytest.approx(1.0) and unnamed < 0.6


def test_a_lead_in_brings_the_lines_it_announces_even_without_bullets(scorer):
    from assistant.extractive import answer_units, render

    passage = PassageRef(
        1,
        "Safe staffing report",
        "Children's services",
        "\n".join(
            [
                "Hannah House is the inpatient unit. The bank hours used in the last 6 months are outlined below. "
                "Safe staffing levels have been maintained.",
                "BANK HOURS",
                "Band 3 = 984 hours (101 shifts)",
                "Band 4 = 34.5 hours (3 shifts)",
                "Total Bank = 1045.25 hours",
                "Increased bank hours were due to sickness and maternity leave in addition to the vacancies in the team.",
            ]
        ),
    )
    answer = render(answer_units("How many bank hours did Hannah House use in the last six months?", [passage], scorer))
    assert "- Band 3 = 984 hours (101 shifts) [1]" in answer and "- Total Bank = 1045.25 hours [1]" in answer
    assert "BANK HOURS" not in answer and "maternity" not in answer
