"""The answer model file: loads, matches the features the code computes, and means what it says."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.features import PASSAGE_FEATURES, QUESTION_FEATURES
from assistant.model import DEFAULT_PATH, AnswerModel, LinearModel, ModelError


def test_the_shipped_model_loads_and_says_what_it_was_fitted_on():
    model = AnswerModel.load()
    assert set(model.reranker.features) == set(PASSAGE_FEATURES)
    assert set(model.gate.features) == set(QUESTION_FEATURES)
    assert model.trained_on["questions"] >= 100 and len(model.trained_on["documents"]) >= 5
    assert 0.0 < model.gate_threshold < 1.0
    assert AnswerModel.from_dict(json.loads(model.to_json())) == model


def test_a_model_for_other_features_is_refused(tmp_path):
    data = json.loads(DEFAULT_PATH.read_text())
    data["units"]["features"][0] = "a feature the code does not compute"
    with pytest.raises(ModelError, match="units"):
        AnswerModel.from_dict(data)
    (tmp_path / "broken.json").write_text("{")
    with pytest.raises(ModelError, match="cannot read"):
        AnswerModel.load(tmp_path / "broken.json")


def test_features_are_standardised_before_they_are_weighed():
    model = LinearModel(("a", "b"), (2.0, -1.0), bias=0.5, mean=(1.0, 0.0), scale=(2.0, 1.0))
    logits = model.logits([{"a": 3.0, "b": 1.0}, {"a": 1.0, "b": 0.0}])
    assert logits == pytest.approx([2.0 * 1.0 - 1.0 + 0.5, 0.5])
    assert model.probabilities([{"a": 1.0, "b": 0.0}]) == pytest.approx([1 / (1 + np.exp(-0.5))])
    assert AnswerModel.blank().units.logits([dict.fromkeys(AnswerModel.blank().units.features, 1.0)]) == [0.0]


def test_a_passage_rises_towards_the_score_of_the_passage_next_to_it():
    from assistant.model import Neighbours

    logits = np.array([4.0, 0.0, 2.0, 1.0])
    previous = [None, 0, None, 2]  # candidate 1 comes after candidate 0; candidate 3 after candidate 2
    following = [1, None, 3, None]
    raised = Neighbours(after=0.5, before=0.25).apply(logits, previous, following)
    assert raised == pytest.approx([4.0, 2.0, 2.0, 1.5])  # 0 + 0.5 * (4 - 0); 1 + 0.5 * (2 - 1); none falls
    assert Neighbours(before=0.5).apply(np.array([0.0, 4.0]), [None, 0], [1, None]) == pytest.approx([2.0, 4.0])
    assert Neighbours().apply(logits, previous, following) == pytest.approx(logits)


def test_a_model_file_from_before_neighbours_loads_with_no_rise():
    data = json.loads(DEFAULT_PATH.read_text())
    data.pop("neighbours", None)
    assert AnswerModel.from_dict(data).neighbours == AnswerModel.blank().neighbours
