"""Reading a question: terms, expected kind of answer, parts, lists, quoted phrases."""

from __future__ import annotations

import pytest

from assistant.query import (
    analyse,
    asked_post,
    asks_for_list,
    asks_which_body,
    contains_phrase,
    names_something_new,
    satisfies,
    sub_questions,
)


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How many GP practices are there?", "count"),
        ("What proportion of employers struggle to recruit?", "percent"),
        ("By how much did demand rise?", "number"),
        ("Who chairs the partnership?", "person"),
        ("When will the strategy be published?", "date"),
        ("What's the phone number for the crisis line?", "phone"),
        ("What does the plan say about estates?", None),
        ("What salary will the new chair be paid?", "money"),
        ("How much did the new scanner cost?", "money"),
        # a sum named with words between: "how much <...> funding", "what is the <...> budget"
        ("How much extra winter funding did the hospice get?", "money"),
        ("What is the annual budget for the new library?", "money"),
        ("What revenue overspend is forecast?", "money"),
        # ... only when the money word heads its phrase
        ("What is the main cost pressure?", "number"),
        ("What funding model does the pilot use?", None),
        # how long a list or queue is asks how big it is (any figure), not for a length of time
        ("How long is the waiting list?", "number"),
        ("How long will the trust's total elective waiting list be by March?", "number"),
        ("How long does it take to get a parking permit?", "duration"),
        ("How long do families wait for a respite place?", "duration"),
        ("whats the average wait for a hearing test at the clinic?", "duration"),
        ("What's the current waiting time for the memory service?", "duration"),
        # a question about waits that asks for something else
        ("What is being done to reduce waiting times?", None),
        ("What is the trust doing about the longest waits?", None),
        ("How many people wait for a scan?", "count"),
        # the verb "cost" or "worth" asks for a sum, however long the thing costed is named
        ("What did the new footbridge over the ring road at Millbrook cost to build?", "money"),
        ("How much is the three-year cleaning contract with the county's preferred supplier worth?", "money"),
        ("What has driven costs up?", None),
        ("What is worth noting about the quality report?", None),
        ("What will the new footpath scheme cost over five years?", "money"),
        ("What hours is the walk-in centre open?", "time"),
        ("In what year will the hospital open?", "date"),
        ("What grant did the plan say would pay for discharges?", None),
        # a "who" after a noun opens a relative clause, not a question about someone
        ("What is the target for residents who are waiting?", None),
        ("At the spring meeting, who presented the budget?", "person"),
        ("Who is the Director of Estates at the trust?", "name"),  # the post is named: only a name answers
        ("What was agreed, and who is the finance lead for the scheme?", "name"),
        # "the name of" asks for a person's name only when what it names is a post or a person
        ("What's the name of the new Head of Estates at the trust?", "name"),
        ("What is the name of the person who chairs the forum?", "person"),
        ("whats the name of the walking campaign the council ran?", None),
        ("What is the name of the new community hub in Riverside?", None),
    ],
)
def test_expected_kind_of_answer(question, kind):
    assert analyse(question).answer_type == kind


def test_figures_that_are_dates_times_or_section_numbers_are_not_counts():
    assert not satisfies("count", "The clinic opens on 16 October 2031.")
    assert not satisfies("count", "4.2 The Board noted the update.")
    assert not satisfies("count", "- 7.3 A review of the rota was held in spring.")
    assert satisfies("count", "4.2 The Board noted 14 new posts.")
    assert satisfies("count", "12.5 WTE posts were filled") and satisfies("count", "twelve posts")
    assert satisfies("money", "a grant of £3.5m") and satisfies("money", "costing 2 million pounds")
    assert not satisfies("money", "14 new posts")
    assert satisfies("percent", "71% were seen") and satisfies("percent", "one in four adults")
    assert satisfies("time", "open from 8.00am until 6.30pm") and not satisfies("time", "open every weekday")
    assert satisfies("duration", "seen within 12 weeks") and satisfies("duration", "a two-week wait")
    assert satisfies("duration", "within three working days") and satisfies("duration", "a fortnight")
    assert satisfies("duration", "patients waiting 52+ weeks") and satisfies("duration", "the 2WW standard")
    assert satisfies("duration", "within eighteen weeks") and satisfies("duration", "answered in 60 seconds")
    assert not satisfies("duration", "91% of permits were issued online") and not satisfies("duration", "in 2024")
    assert satisfies("person", "the Director of Estates will report") and satisfies("person", "Mrs J Oduya chaired")
    assert not satisfies("name", "the Director of Estates will report") and satisfies("name", "Mrs J Oduya chaired")


def test_a_date_needs_a_month_not_a_word_that_begins_like_one():
    assert satisfies("date", "The hall reopens in Sept.") and satisfies("date", "agreed on 3 March")
    assert not satisfies("date", "The Mayor made a decision on the market hall.")
    assert not satisfies("date", "Junior staff joined a separate novel scheme.")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which parish councils have joined the litter scheme?", True),
        ("which NHS community trust will run the new clinic?", True),
        ("What is the opening date, and which borough will host the depot?", True),
        ("Which of the council's targets were missed?", False),  # which of its targets: not a body
        ("What does the trust say about parking?", False),
        ("Which services will move to the new wing?", False),  # answered in lower case
    ],
)
def test_questions_asking_which_body_or_place(question, expected):
    assert asks_which_body(question) is expected


def test_an_answer_to_which_body_names_one_the_question_does_not():
    question = "Which parish councils have joined the Riverside litter scheme?"
    lower_case = frozenset({"several", "increased"})  # words the papers also write in lower case
    assert names_something_new(question, "- Upton Parish Council and Marsh End signed up in May.", lower_case)
    # A capitalised word the papers also write in lower case opens a sentence; it names nothing.
    assert not names_something_new(question, "Several parish councils joined the Riverside scheme.", lower_case)
    assert names_something_new(question, "Several parish councils joined the Riverside scheme.")
    # Nor does a title-case phrase of such words.
    common = lower_case | {"emergency", "department"}
    assert not names_something_new(question, "- Emergency Department of the town", common)


def test_the_post_a_question_names():
    assert (
        asked_post("Who is the Director of Estates and Facilities at the trust?")
        == "Director of Estates and Facilities"
    )
    assert (
        asked_post("who is the interim chief executive of Riverside Council?") == "chief executive of Riverside Council"
    )
    assert asked_post("Who wrote the report?") == ""


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


def test_a_second_question_opening_with_a_preposition_is_split_off():
    assert sub_questions("How many wards did the hospital open, and in which month did the last one open?") == [
        "How many wards did the hospital open",
        "in which month did the last one open",
    ]
    assert sub_questions("Who took over as treasurer, and from what date?") == [
        "Who took over as treasurer",
        "from what date",
    ]


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
