"""Reading a question set: an ``answerable`` field is honoured, and one that contradicts the type is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.dataset import DatasetError, load_dataset


def write(tmp_path: Path, *rows: dict) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_answerable_false_without_a_type_is_an_unanswerable_question(tmp_path):
    path = write(
        tmp_path,
        {"id": "a1", "question": "Who opened the Harbour Road clinic?", "answerable": False, "key_facts": []},
        {"id": "a2", "question": "When does the clinic open?", "answerable": True, "key_facts": ["May 2031"]},
        {"id": "a3", "question": "Where is the clinic?", "type": "unanswerable", "answer": "NOT_IN_CORPUS"},
    )
    assert [q.answerable for q in load_dataset(path)] == [False, True, False]


@pytest.mark.parametrize(
    "row, message",
    [
        ({"answerable": True, "type": "unanswerable"}, "'answerable' is true but type 'unanswerable'"),
        ({"answerable": False, "type": "fact", "answer": "May 2031"}, "'answerable' is false but type 'fact'"),
        ({"answerable": "no"}, "'answerable' must be true or false"),
    ],
)
def test_an_answerable_field_that_contradicts_the_type_or_is_not_a_boolean_is_an_error(tmp_path, row, message):
    path = write(tmp_path, {"id": "b1", "question": "When does the clinic open?", **row})
    with pytest.raises(DatasetError, match=message) as raised:
        load_dataset(path)
    assert str(raised.value).startswith(f"{path}:1:")


def test_a_line_that_is_not_an_object_is_an_error(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text('["a list", "not a question"]\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="not a question in the expected format"):
        load_dataset(path)
