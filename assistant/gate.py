"""The refusal gate: do the retrieved passages actually answer the question?

Retrieval always returns *something*; the gate decides whether that something answers.
For the question (and each part of a two-part question) it looks at the passages' units
(sentences, rows, items) and asks: does some unit that holds the kind of thing asked for
(a figure for "how many", a name for "who", a phone number for "what number") cover the
question's informative terms, counting its section path, well enough, and is it close
in meaning? Do the places and bodies the question names appear in the passages at all?
The thresholds are calibrated on the dev set's unanswerable questions and checked not to
refuse its answerable ones (``evals/calibrate.py`` prints the figures behind them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extractive import EvidenceScorer, PassageRef, ScoredUnit
from assistant.query import QueryAnalysis, analyse, specific_names, sub_questions
from vectorstore.lexical import tokenize


@dataclass(frozen=True)
class GateFeatures:
    evidence: float  # best of (context coverage + similarity)/2 over units holding the expected kind of answer
    coverage: float  # that unit's context coverage
    similarity: float  # that unit's similarity
    names_found: float  # share of the question's specific names found in the passages


@dataclass(frozen=True)
class AnswerabilityGate:
    min_evidence: float = 0.5
    min_coverage: float = 0.35
    min_names: float = 0.99

    def features(
        self, analysis: QueryAnalysis, scored: Sequence[ScoredUnit], passages: Sequence[PassageRef]
    ) -> GateFeatures:
        """Evidence from the best unit that holds the expected kind of answer and names what the question names."""
        by_n = {p.n: p for p in passages}
        names = specific_names(analysis)
        candidates = [u for u in scored if u.typed and len(u.unit.text.split()) > 2]
        named = [u for u in candidates if _mentions(names, u, by_n[u.n])]
        if not named:
            return GateFeatures(0.0, 0.0, 0.0, 0.0 if names else 1.0)
        best = max(named, key=_evidence)
        return GateFeatures(_evidence(best), best.context_coverage, best.similarity, 1.0)

    def passes(self, f: GateFeatures) -> bool:
        return f.names_found >= self.min_names and f.evidence >= self.min_evidence and f.coverage >= self.min_coverage

    def answerable(self, question: str, passages: Sequence[PassageRef], scorer: EvidenceScorer) -> bool:
        """True when the whole question, or one of its parts, is answered by the passages."""
        for part in [question] + sub_questions(question):
            analysis = analyse(part)
            if self.passes(self.features(analysis, scorer.score(analysis, passages), passages)):
                return True
        return False


def _evidence(unit: ScoredUnit) -> float:
    return (unit.context_coverage + unit.similarity) / 2


def _mentions(names: list[list[str]], unit: ScoredUnit, passage: PassageRef) -> bool:
    if not names:
        return True
    terms = set(tokenize(f"{passage.text} {passage.title} {passage.location}"))
    return all(all(t in terms for t in name) for name in names)
