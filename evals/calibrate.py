"""Calibrate the refusal gate: the figures behind ``AnswerabilityGate``'s thresholds.

For every question of one or more question sets it retrieves as the assistant does,
records the gate's features for the question (and each part of a two-part question),
then prints, for a grid of thresholds, how many answerable questions would be refused
and how many unanswerable ones answered. Use several sets (the dev set and a validation
set over other documents) so the thresholds are not fitted to one set's few
unanswerable questions::

    python -m evals.calibrate --index-dir DIR evals/datasets/dev.jsonl evals/datasets/validation.jsonl
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass
from pathlib import Path

from assistant.chain import Assistant
from assistant.gate import AnswerabilityGate, GateFeatures
from assistant.query import analyse, sub_questions
from assistant.settings import Settings
from evals.dataset import Question, load_dataset
from evals.matching import contains_quote


@dataclass(frozen=True)
class Observation:
    question: Question
    parts: list[GateFeatures]  # the whole question first, then its parts
    gold_in_top_k: bool  # a gold quote is among the passages the gate sees


def observe(assistant: Assistant, question: Question) -> Observation:
    turn = assistant.find_evidence.invoke(assistant._turn(question.question, (), None))
    passages = turn.passages
    scorer = assistant.scorer()
    parts = []
    for part in [turn.standalone or question.question] + sub_questions(turn.standalone or question.question):
        analysis = analyse(part)
        parts.append(assistant.gate.features(analysis, scorer.score(analysis, passages), passages))
    gold = any(contains_quote(p.text, s.quote) for p in passages for s in question.sources)
    return Observation(question, parts, gold)


def outcome(gate: AnswerabilityGate, observations: list[Observation]) -> dict[str, int]:
    """Refused answerable questions (split by whether retrieval found the gold) and answered unanswerable ones."""
    counts = {"refused_found": 0, "refused_missed": 0, "answered_unanswerable": 0, "unanswerable": 0, "found": 0}
    for o in observations:
        answers = any(gate.passes(f) for f in o.parts)
        if not o.question.answerable:
            counts["unanswerable"] += 1
            counts["answered_unanswerable"] += answers
        elif o.gold_in_top_k:
            counts["found"] += 1
            counts["refused_found"] += not answers
        else:
            counts["refused_missed"] += not answers
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--collection", default="board_papers")
    args = parser.parse_args()
    assistant = Assistant.from_settings(Settings.from_env(index_dir=args.index_dir, collection=args.collection))
    observations = [observe(assistant, q) for path in args.datasets for q in load_dataset(path)]
    for o in observations:
        best = max(o.parts, key=lambda f: (f.names_found, f.evidence))
        print(
            f"{o.question.id:6} {o.question.type:13} gold@k={o.gold_in_top_k!s:5} evidence={best.evidence:.2f} "
            f"coverage={best.coverage:.2f} names={best.names_found:.1f}"
        )
    print("\nmin_evidence min_coverage  refused(found)  refused(missed)  answered unanswerable")
    for evidence, coverage in itertools.product([0.35, 0.4, 0.45, 0.5, 0.55], [0.15, 0.25, 0.35, 0.45]):
        c = outcome(AnswerabilityGate(min_evidence=evidence, min_coverage=coverage), observations)
        print(
            f"{evidence:12.2f} {coverage:12.2f}  {c['refused_found']:5}/{c['found']:<8} {c['refused_missed']:8}"
            f"         {c['answered_unanswerable']:5}/{c['unanswerable']}"
        )


if __name__ == "__main__":
    main()
