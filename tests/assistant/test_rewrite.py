"""Follow-up questions rewritten by rule (no model configured)."""

from __future__ import annotations

from assistant.rewrite import rewrite_rule

HISTORY = [("user", "How many people live in Lambeth?"), ("assistant", "Over 325,000 residents [1]")]


def test_what_about_swaps_the_subject():
    assert rewrite_rule("And what about Bromley?", HISTORY) == "How many people live in Bromley?"
    assert rewrite_rule("what about Greenwich", HISTORY) == "How many people live in Greenwich?"


def test_a_question_that_stands_alone_is_kept():
    question = "Which programme co-ordinates NHS and council investment in buildings?"
    assert rewrite_rule(question, HISTORY) == question


def test_a_question_leaning_on_the_last_one_borrows_its_subject():
    rewritten = rewrite_rule("Why is it so high?", HISTORY)
    assert "Lambeth" in rewritten and rewritten.startswith("Why is it so high?")


def test_no_history_no_rewrite():
    assert rewrite_rule("And what about Bromley?", []) == "And what about Bromley?"
