"""Reading a question: terms, expected kind of answer, parts, lists, quoted phrases."""

from __future__ import annotations

import pytest

from assistant.query import analyse, asks_for_list, contains_phrase, satisfies, sub_questions


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How many GP practices are there?", "number"),
        ("What proportion of employers struggle to recruit?", "number"),
        ("By how much did demand rise?", "number"),
        ("Who chairs the partnership?", "person"),
        ("When will the strategy be published?", "date"),
        ("What's the phone number for the crisis line?", "phone"),
        ("What does the plan say about estates?", None),
        ("What salary will the new chair be paid?", "number"),
        ("What grant did the plan say would pay for discharges?", None),
    ],
)
def test_expected_kind_of_answer(question, kind):
    assert analyse(question).answer_type == kind


def test_kinds_are_recognised_in_text():
    assert satisfies("number", "almost 2,000 discharges") and satisfies("number", "four of our six boroughs")
    assert not satisfies("number", "the COVID-19 pandemic in 2020")
    assert not satisfies("number", "09:10 - Patient's Story") and not satisfies("number", "at 12.30pm in the hall")
    assert satisfies("number", "a ratio of 1:1,414") and satisfies("number", "58.04 WTE")
    assert satisfies("person", "Dr Toby Garrod said") and satisfies("person", "Sarah Cottingham, Director")
    assert not satisfies("person", "Young People and Families", frozenset({"young", "people"}))
    assert satisfies("phone", "call 01642 526187") and not satisfies("phone", "call 111 or 999")


def test_two_part_questions_are_split():
    assert sub_questions("Who wrote the update, and who is its executive lead?") == [
        "Who wrote the update",
        "who is its executive lead",
    ]
    assert sub_questions("How many GP practices are there in south east London?") == []


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What key challenges did the plan name?", True),
        ("Which underlying drivers does the system plan to tackle?", True),
        ("What are the main points of the plan?", True),
        ("What three qualities should services have?", True),
        ("What proportion of charity employers were struggling?", False),
        ("How long is the waiting list in Lambeth?", False),
        ("What does 'Care Well' cover?", False),
    ],
)
def test_questions_that_ask_for_a_list(question, expected):
    assert asks_for_list(question) is expected


def test_quoted_phrases_and_definitions():
    a = analyse("What does the VCSE paper mean by 'By and For' organisations?")
    assert a.phrases == ("By and For",) and a.defines == "By and For"
    assert contains_phrase("'By and For' organisations are run by the community", "By and For")
    assert analyse("What is the 'Core 24' standard?").defines == "Core 24"
