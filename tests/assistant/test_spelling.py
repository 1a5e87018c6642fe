"""Typing slips in a question are read as the papers' words, and nothing else is."""

from __future__ import annotations

import pytest

from assistant.spelling import corrected, corrections
from vectorstore.lexical import tokenize

# A made-up index: the words it uses, with how often, and its stemmed terms.
_TEXT = (
    "allotment " * 6
    + "allotments " * 2
    + "reconciliation " * 4
    + "orchard " * 5
    + "orchestra " * 1
    + "beekeeping " * 3
    + "interactive " * 9
    + "delivered " * 9
    + "meadow " * 9
)
WORDS = {w: _TEXT.split().count(w) for w in set(_TEXT.split())}
TERMS = {t: 1.0 for t in tokenize(_TEXT)}


def fixes(question: str) -> dict[str, str]:
    return corrections(question, TERMS, lambda: WORDS)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("where is the nearest alotment?", {"alotment": "allotment"}),  # a letter left out
        ("how many beekepping hives are there", {"beekepping": "beekeeping"}),  # a letter changed
        ("what did the Alotment society say", {"Alotment": "Allotment"}),  # capital kept
        ("the alotment's fees", {"alotment": "allotment"}),  # before "'s"
        ("when is the reconcilliaton due", {"reconcilliaton": "reconciliation"}),  # two slips in a long word
    ],
)
def test_a_slip_in_a_long_word_is_read_as_the_indexed_word(question, expected):
    assert fixes(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "is the meado open",  # too short to tell a slip from another word
        "how many allotments are left",  # indexed
        "how many allotmenting plots",  # its stem is indexed: the stemmer already matches it
        "who plays in the orchesta",  # the nearest word is used once: too rare to trust
        "what about the underactive thyroid",  # the first letter differs: another word
        "were any parcels undelivered",  # not a slip: "delivered" with a prefix
        "when is the reconcilliaton1 due",  # not a whole word
        "is the orcherd-keeper paid",  # part of a hyphenated word
    ],
)
def test_other_words_are_left_as_typed(question):
    assert fixes(question) == {}


def test_two_slips_need_a_long_word():
    assert fixes("the orhcadr") == {}  # seven letters: one slip at most
    assert fixes("the orhcard") == {"orhcard": "orchard"}  # two letters swapped: one slip


def test_the_question_is_rewritten_word_by_word():
    question = "is the alotment by the alotments gate"
    assert corrected(question, {"alotment": "allotment"}) == "is the allotment by the alotments gate"
    assert corrected(question, {}) is question


def test_the_words_are_only_counted_when_a_stem_is_not_indexed():
    def never() -> dict[str, int]:
        raise AssertionError("the word counts were read")

    assert corrections("how many allotments and orchards", TERMS, never) == {}
