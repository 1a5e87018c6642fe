"""The learned answer model: three logistic regressions, how far a passage rises with its neighbour's score, and
the answer's composition settings.

- ``reranker`` orders the candidate passages (is the answer in this passage?);
- ``units`` scores each sentence, list item and table row of the passages read (is the
  answer here?);
- ``gate`` decides whether the passages answer the question at all;
- ``neighbours``: how far a passage rises towards its neighbour's reranker score.

Each is a :class:`LinearModel` over named features (:mod:`assistant.features`): the
features are standardised with the mean and scale seen in training, weighed, summed.
The shipped weights live in ``assistant/answer_model.json``; ``evals/training.py``
fits them (``python -m evals.training``) and says on which question sets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.features import PASSAGE_FEATURES, QUESTION_FEATURES, UNIT_FEATURES

DEFAULT_PATH = Path(__file__).resolve().parent / "answer_model.json"


class ModelError(ValueError):
    """The answer model file is missing, unreadable, or does not match the features the code computes."""


@dataclass(frozen=True)
class LinearModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float = 0.0
    mean: tuple[float, ...] = ()
    scale: tuple[float, ...] = ()

    def matrix(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        return np.array([[row[name] for name in self.features] for row in rows], dtype=np.float64).reshape(
            len(rows), len(self.features)
        )

    def logits(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        x = self.matrix(rows)
        if self.mean:
            x = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(x @ np.asarray(self.weights) + self.bias, dtype=np.float64)

    def probabilities(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-self.logits(rows)))
        return probabilities


@dataclass(frozen=True)
class Composition:
    """How many words an answer may quote, and when a further unit joins the best one."""

    budget_words: int = 80  # an answer stays readable: about this many words (fitted: ``evals/training.py``)...
    list_budget_words: int = 160  # ...unless the question asks for a list
    keep_ratio: float = 0.4  # a further unit joins when its probability is at least this share of the best one's...
    other_passage_ratio: float = 0.8  # ...or this share, when it comes from a passage the answer does not cite yet
    max_units: int = 4  # units chosen on their own merit (list items brought by a lead-in do not count)
    max_list_items: int = 12
    list_weight: float = 1.0  # a list question opens on a list whose items sum to this share of the best unit
    next_sentence: bool = False  # the sentence after the best one joins when the budget allows (it often completes it)


@dataclass(frozen=True)
class Neighbours:
    """How far a candidate rises towards the reranker's score of the passage next to it in its paper, when that
    passage is a candidate too: a list, table or argument that runs on over a chunk boundary has its words on one
    side (the lead-in, the header, the heading the question names) and its answer on the other. A candidate's
    score becomes ``own + after * max(0, previous - own)`` (it comes after a better passage), and likewise
    ``before`` for the passage after it; the larger of the two rises is kept. 0: no rise."""

    after: float = 0.0
    before: float = 0.0

    def apply(self, logits: np.ndarray, previous: Sequence[int | None], following: Sequence[int | None]) -> np.ndarray:
        """The scores after the rise; ``previous[i]``/``following[i]``: the position of candidate ``i``'s
        neighbour among the candidates, or None."""
        raised = np.asarray(logits, dtype=np.float64).copy()
        if not (self.after or self.before):
            return raised
        for i, own in enumerate(logits):
            for j, weight in ((previous[i], self.after), (following[i], self.before)):
                if j is not None and weight:
                    raised[i] = max(raised[i], own + weight * max(0.0, float(logits[j]) - own))
        return raised


@dataclass(frozen=True)
class AnswerModel:
    reranker: LinearModel
    units: LinearModel
    gate: LinearModel
    gate_threshold: float = 0.5  # answer when the gate's probability is at least this
    composition: Composition = Composition()
    neighbours: Neighbours = Neighbours()
    trained_on: dict[str, Any] = field(default_factory=dict)  # provenance: question sets, counts, fitted when

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    def save(self, path: Path = DEFAULT_PATH) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AnswerModel:
        def linear(part: Mapping[str, Any], expected: Sequence[str], name: str) -> LinearModel:
            model = LinearModel(
                tuple(part["features"]),
                tuple(float(w) for w in part["weights"]),
                float(part.get("bias", 0.0)),
                tuple(float(v) for v in part.get("mean", ())),
                tuple(float(v) for v in part.get("scale", ())),
            )
            unknown = set(model.features) - set(expected)
            if unknown or len(model.weights) != len(model.features):
                raise ModelError(f"the {name} model does not match the code's features (unknown: {sorted(unknown)})")
            return model

        try:
            return cls(
                reranker=linear(data["reranker"], PASSAGE_FEATURES, "reranker"),
                units=linear(data["units"], UNIT_FEATURES + tuple(f"{n}_rel" for n in UNIT_FEATURES), "units"),
                gate=linear(data["gate"], QUESTION_FEATURES, "gate"),
                gate_threshold=float(data.get("gate_threshold", 0.5)),
                composition=Composition(**data.get("composition", {})),
                neighbours=Neighbours(**data.get("neighbours", {})),
                trained_on=dict(data.get("trained_on", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"unreadable answer model ({type(exc).__name__}: {exc})") from None

    @classmethod
    def blank(cls) -> AnswerModel:
        """All weights zero: for computing features before any model is fitted (``evals/training.py``)."""
        units = UNIT_FEATURES + ("sim_rel", "context_rel")
        return cls(
            reranker=LinearModel(PASSAGE_FEATURES, (0.0,) * len(PASSAGE_FEATURES)),
            units=LinearModel(units, (0.0,) * len(units)),
            gate=LinearModel(QUESTION_FEATURES, (0.0,) * len(QUESTION_FEATURES)),
        )

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> AnswerModel:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot read the answer model {path}: {exc}") from None
        return cls.from_dict(data)
