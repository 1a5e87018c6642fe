"""The verifier: supported sentences stay, invented figures and names do not."""

from __future__ import annotations

import pytest

from assistant.extractive import PassageRef
from assistant.verify import NOT_AN_ANSWER, Verifier, split_answer
from vectorstore.unit_vectors import UnitEmbeddingCache

PASSAGES = [
    PassageRef(
        1,
        "Recovery Plan",
        "Who we are",
        "The six boroughs are home to two million people, supported by 212 individual GP Practices.",
    ),
    PassageRef(
        2,
        "Recovery Plan",
        "Finance",
        "Block payments to cover core costs were implemented nationally. Sarah Cottingham leads planning.",
    ),
]


@pytest.fixture(scope="module")
def verifier(embeddings) -> Verifier:
    return Verifier(UnitEmbeddingCache(embeddings))


def test_split_answer_reads_markers_after_and_before_the_full_stop():
    assert split_answer("One fact [1]. Two facts [1][2]\n- an item [2]") == [
        ("One fact.", [1]),
        ("Two facts", [1, 2]),
        ("- an item", [2]),
    ]
    assert split_answer("A claim. [1, 2]") == [("A claim.", [1, 2])]


def test_a_marker_before_a_new_capitalised_piece_closes_a_quote():
    # Table lines and labels have no full stop; each quoted piece keeps its own marker and is checked alone.
    assert split_answer("Ward 7 = 12 beds [1] Two nurses left. [1]") == [
        ("Ward 7 = 12 beds", [1]),
        ("Two nurses left.", [1]),
    ]
    assert split_answer("Costs rose [2] 14 posts were cut. [2]") == [("Costs rose", [2]), ("14 posts were cut.", [2])]
    assert split_answer("The plan [1] says more beds open [2].") == [("The plan says more beds open.", [1, 2])]


def test_quoted_sentence_is_supported(verifier):
    [checked] = verifier.check("There are 212 individual GP Practices [1].", PASSAGES)
    assert checked.supported and checked.citations == [1] and checked.support > 0.8
    assert PASSAGES[0].text[checked.span[0] : checked.span[1]].startswith("The six boroughs")


def test_paraphrase_is_supported(verifier):
    [checked] = verifier.check("Core costs were covered by block payments set nationally [2].", PASSAGES)
    assert checked.supported


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("There are 250 individual GP Practices [1].", "figures"),
        ("Dr Jane Marlowe runs the 212 GP Practices [1].", "names"),
        ("The plan will build three new hospitals in Kent by 2024 [1].", ""),
    ],
)
def test_inventions_are_not_supported(verifier, sentence, reason):
    [checked] = verifier.check(sentence, PASSAGES)
    assert not checked.supported
    assert any(reason in r for r in checked.reasons)


def test_uncited_or_miscited_sentence_is_cited_to_the_passage_that_supports_it(verifier):
    uncited, miscited = verifier.check(
        "Block payments covered core costs. Sarah Cottingham leads planning [1].", PASSAGES
    )
    assert uncited.supported and uncited.citations == [2]
    assert miscited.supported and miscited.citations == [2]


def test_sentence_citing_a_passage_that_does_not_exist_is_not_supported_by_it(verifier):
    [checked] = verifier.check("Two million people live in the six boroughs [7].", PASSAGES)
    assert checked.citations == [1]  # re-cited to the real passage, never to [7]


def test_a_sentence_keeps_only_the_citations_whose_passage_says_it(verifier):
    said = "Vacancy rates fell to 8.2% in February, the lowest level for three years."
    passages = [
        PassageRef(1, "South Borough Health Board", "Workforce", said),
        # The same words and figure, saying something else: it does not contain the sentence.
        PassageRef(
            2,
            "South Borough Health Board",
            "Targets",
            "In February the 8.2% target for vacancy rates "
            "fell due for review; the lowest rates in three years were in theatres.",
        ),
        PassageRef(3, "South Borough Health Board", "Workforce (continued)", f"Sickness absence was stable. {said}"),
    ]
    [checked] = verifier.check("Vacancy rates fell to 8.2% in February [1][2][3].", passages)
    assert checked.supported and checked.citations == [1, 3]


def test_a_list_item_answers_what_the_line_introducing_its_list_answers(verifier):
    """Items seldom repeat the question's words; the line over their list does. An item quoted under a
    lead-in that answers the question answers it too, and one under a lead-in on another subject does not."""
    listing = PassageRef(
        1,
        "Harbour Board papers",
        "Chief executive's report",
        "Three working groups were formed to draft the estates strategy:\n"
        "- Parking and travel\n- Rooftop solar panels\n- Ward refurbishment\n"
        "The canteen menu was changed:\n- Vegan lunches\n- Later opening",
    )
    question = "Which working groups were formed for the estates strategy?"
    [item] = verifier.check("- Rooftop solar panels [1]", [listing], question=question)
    assert item.supported, item.reasons
    [other] = verifier.check("- Later opening [1]", [listing], question=question)
    assert not other.supported and NOT_AN_ANSWER in other.reasons
