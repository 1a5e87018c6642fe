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
