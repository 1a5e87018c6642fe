"""The default model is the int8 build; an index built with the float model before keeps its model."""

from __future__ import annotations

from assistant.store import open_index
from ingest.pipeline import IngestOptions, ingest
from settings import Settings
from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write
from vectorstore.embeddings import embedding_name
from vectorstore.retrievers import DenseRetriever

QUIET = IngestOptions(progress=False)


def test_a_new_index_uses_the_int8_model(tmp_path):
    index = open_index(Settings.from_env(index_dir=tmp_path / "index"))
    assert ingest([write(tmp_path / "docs", "south.md", SOUTH_BOARD)], index, QUIET).ok
    assert embedding_name(index.embeddings) == "minilm-int8" == index.generation(refresh=True).embedding


def test_an_index_built_with_the_float_model_keeps_answering_and_updating_with_it(tmp_path):
    old = open_index(Settings.from_env(index_dir=tmp_path / "index", embedding_model="minilm"))
    assert ingest([write(tmp_path / "docs", "south.md", SOUTH_BOARD)], old, QUIET).ok

    index = open_index(Settings.from_env(index_dir=tmp_path / "index"))  # the default settings
    assert embedding_name(index.embeddings) == "minilm"
    assert ingest([write(tmp_path / "docs", "north.md", NORTH_COMMITTEE)], index, QUIET).ok
    top = DenseRetriever(index=index, k=1).invoke("maternity unit inspection")
    assert top[0].metadata["doc_id"] == "north.md" and index.generation(refresh=True).embedding == "minilm"
