"""What a refusal says when the papers lack what is asked: what the closest passages do discuss, and the
kind of thing they do not give. Made-up passages."""

from __future__ import annotations

from assistant.extractive import PassageRef
from assistant.gate import refusal_detail

LODGE = PassageRef(1, "Children's services report", "Respite care", "Brook Lodge reopened in May after its refit.")


def test_a_refusal_names_what_the_closest_passages_discuss_and_what_they_lack():
    detail = refusal_detail("How many beds does Brook Lodge have?", [LODGE])
    assert detail == "The closest passages mention Brook Lodge but do not give the number asked for."
    assert refusal_detail("Who manages Brook Lodge?", [LODGE]).endswith("do not give the name asked for.")


def test_a_refusal_says_nothing_more_when_the_passages_do_not_discuss_what_the_question_names():
    assert refusal_detail("How many beds does Hollin House have?", [LODGE]) == ""
    assert refusal_detail("How many beds does Brook Lodge have?", []) == ""
