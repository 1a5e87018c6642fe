"""Follow-up questions rewritten by rule (no model configured).

The conversations are made up for the test (not sentences of the shipped papers): two- and
three-turn exchanges of the kinds people type. Each row gives what the stand-alone question
must contain and what it must no longer contain (the phrase the follow-up replaced), so a
rewrite that concatenates ("... what was said flow model?") fails.
"""

from __future__ import annotations

import pytest

from assistant.rewrite import parse, rewrite_rule

# (earlier turns as (question, answer), follow-up, must contain, must not contain)
CONVERSATIONS = [
    # substitution of the topic by a new one
    (
        [("What did the ICP minute about the Bristol flow model?", "The partnership noted the model [1].")],
        "and what about ambulance handover delays - what was said?",
        ["ICP", "minute", "ambulance handover delays"],
        ["Bristol", "flow model", "what was said"],
    ),
    (
        [("What did the committee say about waiting lists for hip operations?", "It noted a fall [1].")],
        "What about cataract surgery?",
        ["committee", "cataract surgery"],
        ["hip operations"],
    ),
    (
        [("What did the board hear about the finance report?", "A deficit of £2.1m [1].")],
        "and what about the workforce?",
        ["What did the board hear about the workforce"],
        ["finance"],
    ),
    # a place for a place, a year for a year
    (
        [("How many people live in Lambeth?", "Over 300,000 residents [1].")],
        "And what about Bromley?",
        ["How many people live in Bromley"],
        ["Lambeth"],
    ),
    (
        [("What were ambulance response times in Kent last winter?", "Response times rose [1].")],
        "and in Surrey?",
        ["ambulance response times", "Surrey"],
        ["Kent"],
    ),
    (
        [("How much did the trust spend on agency nurses in 2022?", "£4m [1].")],
        "and in 2023?",
        ["agency nurses", "2023"],
        ["2022"],
    ),
    (
        [("What did the board agree about the car park at Queen's Hospital?", "A new deck [1].")],
        "is it the same at King George Hospital?",
        ["car park", "King George Hospital"],
        ["Queen's"],
    ),
    # a group of people for a group, or narrowing by one
    (
        [("What mental health support is there for adults?", "Talking therapies [1].")],
        "and for children and young people?",
        ["mental health support", "children and young people"],
        ["adults"],
    ),
    (
        [("What is planned for mental health services?", "More crisis beds [1].")],
        "And for young people?",
        ["mental health services", "young people"],
        [],
    ),
    # a phrase with the same head noun
    (
        [("How many beds does the new ward at St Anne's have?", "It has 28 beds [1].")],
        "and the children's ward?",
        ["beds", "children's ward"],
        ["new ward"],
    ),
    (
        [("What is the budget for the winter plan?", "£3m [1].")],
        "same for the recovery plan",
        ["budget", "recovery plan"],
        ["winter"],
    ),
    # it / they / that / them stand for the previous topic
    (
        [("What did the ICP minute about ambulance handover delays?", "Delays were discussed [1].")],
        "and who raised it?",
        ["Who raised", "ambulance handover delays"],
        [" it"],
    ),
    (
        [("What was the deficit at month 10?", "A deficit of £2.1m [1].")],
        "Why was it so high?",
        ["Why was the deficit at month 10 so high"],
        [],
    ),
    (
        [("What are the main risks in the winter plan?", "Staffing and flu [1].")],
        "How will they be managed?",
        ["How will the main risks in the winter plan be managed"],
        ["they"],
    ),
    (
        [("When will the new car park open?", "In July [1].")],
        "How much will it cost?",
        ["How much will the new car park cost"],
        [],
    ),
    (
        [("What does the virtual wards programme cover?", "Frailty and respiratory care [1].")],
        "What does that mean for patients at home?",
        ["virtual wards programme", "patients at home"],
        [" that "],
    ),
    # the thing the answer named, the person it named
    (
        [
            (
                "Which programme co-ordinates council and NHS spending on buildings?",
                "The One Public Estate programme co-ordinates it [1].",
            )
        ],
        "Who leads it?",
        ["Who leads One Public Estate"],
        [],
    ),
    (
        [("Who chairs the quality committee?", "Dr Jane Okafor chairs the quality committee [1].")],
        "When did she join the board?",
        ["When did Dr Jane Okafor join the board"],
        ["she"],
    ),
    (
        [("Who raised the parking charges at the last meeting?", "Councillor Peter Hale raised them [1].")],
        "what did he propose?",
        ["Councillor Peter Hale", "propose"],
        [" he "],
    ),
    (
        [("What decisions did the board take at its last meeting?", "It approved the budget [1].")],
        "and who proposed them?",
        ["Who proposed decisions"],
        ["board"],
    ),
    (
        [("How many beds does the new ward at St Anne's have?", "It has 28 beds [1].")],
        "When does it open?",
        ["When does the new ward at St Anne's open"],
        [],
    ),
    # "they" doing what a body does: the body, and the topic kept
    (
        [("What did the committee say about discharge delays?", "It heard about delays [1].")],
        "and what did they decide?",
        ["committee", "decide", "discharge delays"],
        ["they"],
    ),
    # no topic of its own: about the previous one
    (
        [("What did the board discuss about parking charges?", "The charges rose [1].")],
        "And what did the board decide?",
        ["board", "decide", "parking charges"],
        [],
    ),
    (
        [("What was the deficit at month 10?", "£2.1m [1].")],
        "tell me more",
        ["deficit at month 10"],
        [],
    ),
    # three turns: each earlier question resolved before the next
    (
        [
            ("How many people live in Lambeth?", "Over 300,000 [1]."),
            ("what about Bromley?", "About 330,000 [1]."),
        ],
        "and how many of them are over 65?",
        ["Bromley", "over 65"],
        ["Lambeth", "them"],
    ),
    (
        [
            ("What did the committee say about ambulance response times in Kent?", "They rose [1]."),
            ("and in Surrey?", "They fell [1]."),
        ],
        "Who raised it?",
        ["Who raised", "ambulance response times in Surrey"],
        ["Kent"],
    ),
    (
        [
            ("What support is offered to older people in Bexley?", "Home visits [1]."),
            ("And for carers?", "A carers' hub [1]."),
        ],
        "what about in Greenwich?",
        ["carers", "Greenwich"],
        ["Bexley", "older people"],
    ),
]


@pytest.mark.parametrize(("turns", "follow_up", "wanted", "unwanted"), CONVERSATIONS)
def test_follow_ups_are_resolved_from_the_previous_turn(turns, follow_up, wanted, unwanted):
    history = [item for q, a in turns for item in (("user", q), ("assistant", a))]
    rewritten = rewrite_rule(follow_up, history)
    for text in wanted:
        assert text.lower() in rewritten.lower(), rewritten
    for text in unwanted:
        assert text.lower() not in f" {rewritten.lower()} ", rewritten


HISTORY = [("user", "How many people live in Lambeth?"), ("assistant", "Over 325,000 residents [1]")]


@pytest.mark.parametrize(
    "question",
    [
        "Which programme co-ordinates NHS and council investment in buildings?",
        "What is the capital budget for 2024?",
        "Is there a plan for winter?",
        "How many GPs are there in Southwark?",
        "What decisions did the board take at this meeting?",
    ],
)
def test_a_question_that_stands_alone_is_kept(question):
    assert rewrite_rule(question, HISTORY) == question


def test_a_leading_and_is_dropped_from_a_question_that_stands_alone():
    assert rewrite_rule("And what is the capital budget for 2024?", HISTORY) == "What is the capital budget for 2024?"


def test_no_history_no_rewrite():
    assert rewrite_rule("And what about Bromley?", []) == "And what about Bromley?"


def test_a_refused_answer_names_nothing():
    history = [
        ("user", "Who chairs the quality committee?"),
        ("assistant", "The published papers I have don't answer this."),
    ]
    assert "quality committee" in rewrite_rule("When did they start?", history)


def test_the_clause_grammar_finds_subject_verb_and_topic():
    parsed = parse("What did the ICP minute about the Bristol flow model?")
    assert parsed.verb == "minute"
    assert parsed.subject().text == "the ICP"
    assert parsed.topic() == "the Bristol flow model"
    assert parse("How many beds does the new ward at St Anne's have?").topic() == "the new ward at St Anne's"
    assert parse("What are the main risks in the winter plan?").topic() == "the main risks in the winter plan"
    assert parse("How many people live in Lambeth?").topic() == "people in Lambeth"
