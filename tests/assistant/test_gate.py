"""What a refusal says when the papers lack what is asked: what the closest passages do discuss, and the
kind of thing they do not give. Made-up passages."""

from __future__ import annotations

import pytest

from assistant.extractive import AnswerSelector, PassageRef
from assistant.features import TermStats
from assistant.gate import AnswerabilityGate, refusal_detail
from assistant.model import AnswerModel
from vectorstore.unit_vectors import UnitEmbeddingCache

LODGE = PassageRef(1, "Children's services report", "Respite care", "Brook Lodge reopened in May after its refit.")


def test_a_refusal_names_what_the_closest_passages_discuss_and_what_they_lack():
    detail = refusal_detail("How many beds does Brook Lodge have?", [LODGE])
    assert detail == "The closest passages mention Brook Lodge but do not give the number asked for."
    assert refusal_detail("Who manages Brook Lodge?", [LODGE]).endswith("do not give the name asked for.")
    assert refusal_detail("How long is the wait at Brook Lodge?", [LODGE]).endswith(
        "do not give the length of time asked for."
    )


def test_a_refusal_says_when_the_closest_passages_are_about_another_period():
    dated = PassageRef(1, "Children's services report", "Respite care", "Brook Lodge had 14 beds.", date="2031-01-20")
    assert refusal_detail("How many beds did Brook Lodge have in July?", [dated]) == (
        "The closest passages mention Brook Lodge but not in the period asked about."
    )
    assert refusal_detail("How many beds were open in July?", [dated]) == (
        "The closest passages do not cover the period asked about."
    )
    assert refusal_detail("How many beds did Brook Lodge have in January?", [dated]).endswith("the number asked for.")


def test_a_refusal_says_nothing_more_when_the_passages_do_not_discuss_what_the_question_names():
    assert refusal_detail("How many beds does Hollin House have?", [LODGE]) == ""
    assert refusal_detail("How many beds does Brook Lodge have?", []) == ""


@pytest.fixture(scope="module")
def gate(embeddings):
    return AnswerabilityGate(AnswerSelector(UnitEmbeddingCache(embeddings), TermStats({}, 1.0), AnswerModel.load()))


def test_an_answer_without_the_kind_of_thing_asked_for_does_not_answer(gate):
    # The passage names Brook Lodge and its beds, but gives no number: "how many" is not answered.
    vague = PassageRef(1, "Children's services report", "Respite care", "Brook Lodge reopened its beds in May.")
    assert not gate.gives_what_is_asked("How many beds does Brook Lodge have?", [vague])
    assert not gate.answerable("How many beds does Brook Lodge have?", [vague])
    counted = PassageRef(1, "Children's services report", "Respite care", "Brook Lodge has 12 beds since May.")
    assert gate.gives_what_is_asked("How many beds does Brook Lodge have?", [counted])
    # "How long" is answered by a length of time, not by any figure.
    online = PassageRef(1, "Parking services report", "Permits", "Of residents' permits, 91% were issued online.")
    assert not gate.gives_what_is_asked("How long does it take to get a residents' permit?", [online])
    timed = PassageRef(1, "Parking services report", "Permits", "A residents' permit is issued within 5 days.")
    assert gate.gives_what_is_asked("How long does it take to get a residents' permit?", [timed])
    # A question that asks for no particular kind of thing is left to the gate's probability.
    assert gate.gives_what_is_asked("What happened at Brook Lodge?", [vague])


def test_who_holds_a_post_is_answered_by_a_name_and_that_post(gate):
    officers = PassageRef(1, "Riverside ICB board", "Executive team", "Dana Whitlock is the Chief Finance Officer.")
    assert gate.gives_what_is_asked("Who is the Chief Finance Officer?", [officers])
    # Another officer's name does not answer who holds the post asked about.
    assert not gate.gives_what_is_asked("Who is the Chief Nursing Officer?", [officers])
    # The post may be named by the passage's title or section rather than its sentence.
    report = PassageRef(1, "Riverside ICB board", "Chief Executive's report", "Sam Hale took up the role in May.")
    assert gate.gives_what_is_asked("Who is the Chief Executive of Riverside ICB?", [report])


def test_a_question_about_one_period_is_not_answered_from_another_periods_figures(gate):
    # Made-up: the passage gives January's figure; February's is asked for.
    january = PassageRef(
        1, "Elmford trust board", "Urgent care", "In January 2031, 71.4% of patients were seen in 4 hours."
    )
    assert gate.gives_what_is_asked("What share were seen in 4 hours in January 2031?", [january])
    assert not gate.gives_what_is_asked("What share were seen in 4 hours in February 2031?", [january])
    # A table's month columns, in the header its rows carry, cover the months they name.
    row = PassageRef(
        1,
        "Elmford scorecard",
        "Urgent care",
        "Seen in 4 hours | 78% | 70.2% | 71.4%",
        table_header="Metric | Target | Dec-30 | Jan-31",
    )
    assert gate.gives_what_is_asked("What share were seen in 4 hours in December?", [row])
    assert not gate.gives_what_is_asked("What share were seen in 4 hours in March?", [row])
    # A financial year: the paper's own date stands for the year it falls in and the one before.
    plan = PassageRef(1, "Elmford trust board", "Finance", "The capital plan is £12.5m.", date="2031-05-14")
    assert gate.gives_what_is_asked("What is the capital plan for 2030/31?", [plan])
    assert not gate.gives_what_is_asked("What is the capital plan for 2033/34?", [plan])
