"""The refusal gate: do the retrieved passages actually answer the question?

Retrieval always returns *something*; the gate decides whether that something answers.
It reads the evidence the answer step computes (:class:`assistant.extractive.Evidence`):
how likely the best units are to hold the answer, whether one of them holds the kind of
thing asked for (a figure for "how many", a name for "who"), whether the passages name
what the question names, and how much of the question they leave unmatched. A logistic
regression fitted on independent question sets (``evals/training.py``) weighs these; the
threshold is chosen there too. A question naming a month or a financial year that the
passages the answer would cite never mention is not answered from them (``assistant.periods``).

When it refuses, :func:`refusal_detail` says plainly what the closest passages do discuss
and what they do not give ("The closest passages mention Hannah House but do not give the
number asked for.", "... but not in the period asked about.").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extractive import AnswerSelector, Evidence, PassageRef, ScoredUnit
from assistant.periods import Periods, asked_periods, covers, periods_in
from assistant.query import (
    analyse,
    asked_post,
    asks_which_body,
    is_specific,
    names_something_new,
    satisfies,
    sub_questions,
)
from vectorstore.lexical import tokenize

_WHAT_IS_ASKED = {
    "money": "the amount asked for",
    "percent": "the percentage asked for",
    "count": "the number asked for",
    "duration": "the length of time asked for",
    "number": "the figure asked for",
    "date": "the date asked for",
    "time": "the time asked for",
    "person": "the name asked for",
    "name": "the name asked for",
    "phone": "a phone number",
    "email": "an e-mail address",
}


@dataclass(frozen=True)
class AnswerabilityGate:
    selector: AnswerSelector

    def evidence(self, question: str, passages: Sequence[PassageRef], top_passage: float = 0.0) -> Evidence:
        return self.selector.evidence(question, passages, top_passage)

    def answerable(self, question: str, passages: Sequence[PassageRef], top_passage: float = 0.0) -> bool:
        """True when the whole question, or one of its parts, is answered by the passages."""
        threshold = self.selector.model.gate_threshold
        return any(
            self.evidence(part, passages, top_passage).answerable >= threshold
            and self.gives_what_is_asked(part, passages)
            for part in [question, *sub_questions(question)]
            if passages
        )

    def gives_what_is_asked(self, question: str, passages: Sequence[PassageRef]) -> bool:
        """Whether the lines the answer would quote hold the kind of thing the question asks for: a figure for
        "how many", a date for "when", a name for "who" (and, when it names the post, that post, in the lines or
        their passages' titles and sections), a name the question does not give for "which council". Passages that
        name everything the question names may still not give it, and an answer without it does not answer."""
        kind = analyse(question).answer_type
        which_body = asks_which_body(question)
        periods = asked_periods(question)
        if kind is None and not which_body and not periods:
            return True
        common = self.selector.stats.common_words
        units = self.selector.answer_units(question, passages)
        quoted = [unit.text for unit in units]
        if periods and not covers(periods, self._periods_cited(units, passages)):
            return False  # "A&E performance in February" answered from January's figures
        if kind is not None and not any(satisfies(kind, text, common) for text in quoted):
            return False
        if kind == "name":  # "Who is the Chief Nursing Officer?" answered with other officers' names
            cited = {unit.n for unit in units}
            where = [f"{p.title} {p.location}" for p in passages if p.n in cited]
            if not set(tokenize(asked_post(question))) <= set(tokenize(" ".join(quoted + where))):
                return False
        return not which_body or any(names_something_new(question, text, common) for text in quoted)

    @staticmethod
    def _periods_cited(units: Sequence[ScoredUnit], passages: Sequence[PassageRef]) -> Periods:
        """The periods the passages the answer would cite mention (and those they go on from)."""
        cited = {unit.n for unit in units}
        cited |= {p.continues for p in passages if p.n in cited and p.continues}
        return _periods_of([p for p in passages if p.n in cited])


def _periods_of(passages: Sequence[PassageRef]) -> Periods:
    """The periods passages mention, with their titles, sections, table headers and papers' dates."""
    texts = [f"{p.title}\n{p.location}\n{p.heading}\n{p.table_header}\n{p.text}" for p in passages]
    return periods_in(texts, [p.date for p in passages if p.date])


def refusal_detail(question: str, passages: Sequence[PassageRef]) -> str:
    """What the closest passages discuss and what they lack (the kind of thing asked for, or the period asked about),
    when they name what the question names or miss the period it names."""
    analysis = analyse(question)
    if not passages:
        return ""
    have = set(tokenize(" ".join(f"{p.title} {p.location} {p.text}" for p in passages[:2])))
    found = [name for name in analysis.names if is_specific(name) and set(tokenize(name)) <= have]
    periods = asked_periods(question)
    other_period = bool(periods) and not covers(periods, _periods_of(passages[:2]))
    if not found:
        return "The closest passages do not cover the period asked about." if other_period else ""
    if other_period:
        return f"The closest passages mention {_join(found)} but not in the period asked about."
    asked = _WHAT_IS_ASKED.get(analysis.answer_type or "", "what the question asks")
    return f"The closest passages mention {_join(found)} but do not give {asked}."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
