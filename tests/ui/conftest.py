"""Fixtures of the web chat tests: a small real index (with a hostile HTML paper) and its Assistant."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, new_index, write

# Text that is markup once parsed: an HTML paper whose escaped code becomes literal tags in the
# passages, title and section, exactly what a careless renderer would execute.
XSS_IMG = "<img src=x onerror=window.__xss=1>"
XSS_SCRIPT = "<script>window.__xss=1</script>"
HOSTILE_PAPER = """<html><head><title>Riverside Board</title></head><body>
<h1>Riverside Board &lt;img src=x onerror=window.__xss=1&gt; papers</h1>
<p>Meeting held on 5 May 2024</p>
<h2>Estates report</h2>
<p>The new multi-storey car park &lt;img src=x onerror=window.__xss=1&gt; will open in July with 400 spaces.</p>
<p>The supplier's booking form contained &lt;script&gt;window.__xss=1&lt;/script&gt;, which the board noted.</p>
</body></html>
"""
HOSTILE_DOC = "riverside-board.html"


@dataclass
class SmallCorpus:
    folder: Path  # the index folder (chroma/ and lexical/)
    index: object  # vectorstore.index.ChunkIndex


@pytest.fixture(scope="session")
def ui_corpus(tmp_path_factory, embeddings) -> SmallCorpus:
    """Three small board papers and the hostile one, ingested once. Read-only for tests."""
    from ingest.pipeline import IngestOptions, ingest

    papers = tmp_path_factory.mktemp("ui_papers")
    write(papers, "south.md", SOUTH_BOARD)
    write(papers, "north.md", NORTH_COMMITTEE)
    write(papers, "east.md", EAST_PLAN)
    write(papers, HOSTILE_DOC, HOSTILE_PAPER)
    folder = tmp_path_factory.mktemp("ui_index")
    index = new_index(folder, embeddings, name="board_papers")
    report = ingest([papers], index, IngestOptions(progress=False))
    assert report.ok and len(report.added) == 4, report.failed
    return SmallCorpus(folder, index)


@pytest.fixture(scope="session")
def ui_assistant(ui_corpus):
    from assistant.chain import Assistant
    from settings import Settings

    return Assistant(Settings.from_env(), ui_corpus.index)
