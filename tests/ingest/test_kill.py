"""kill -9 the `board-assistant ingest` process at random points: the index is left exactly as before (or, if
the kill came after the switch, exactly as a finished run leaves it, never a mix), and the next ingest completes.

Each trial starts from a copy of the same indexed state, runs the real command over an
update (a changed document, two new ones) and kills it after a random delay within the
time a full run takes, measured first on its own copy. The int8 model keeps each
process's start short; what is tested is the switch, not the model.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.chain import Assistant
from settings import Settings
from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, long_paper, write

MODEL = "minilm-int8"
QUESTIONS = [
    "What was the deficit at month 10?",
    "How many cases of C. difficile were there?",
    "When do flu vaccination clinics start?",
    "How did the finance position move in section 12?",
]
COMMAND = [str(Path(sys.executable).with_name("board-assistant")), "ingest", "--quiet"]


def _env(index_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "BPA_INDEX_DIR": str(index_dir),
        "BPA_EMBEDDING_MODEL": MODEL,
        "BPA_CACHE_DIR": str(index_dir.parent / "cache"),
        "BPA_DATA_DIR": str(index_dir.parent / "data"),
    }


def _ingest(folder: Path, index_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, str(folder)], env=_env(index_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def _state(index_dir: Path) -> tuple:
    """What a reader sees: the documents and their hashes, and the answers with what they cite and retrieve."""
    assistant = Assistant.from_settings(Settings.from_env(index_dir=index_dir, embedding_model=MODEL))
    docs = tuple(sorted((d.doc_id, d.content_hash, d.chunks) for d in assistant.index.documents()))
    answers = []
    for question in QUESTIONS:
        a = assistant.ask(question)
        answers.append(
            (a.text, a.refused, tuple(p.chunk_id for p in a.retrieved), tuple(c.passage.chunk_id for c in a.citations))
        )
    return docs, tuple(answers)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    base_docs, update_docs = root / "base-docs", root / "update-docs"
    write(base_docs, "south.md", SOUTH_BOARD)
    write(base_docs, "north.md", NORTH_COMMITTEE)
    write(update_docs, "south.md", SOUTH_BOARD.replace("£2.1m", "£2.6m").replace("8.2%", "7.9%"))
    write(update_docs, "north.md", NORTH_COMMITTEE)
    write(update_docs, "east.md", EAST_PLAN)
    write(update_docs, "long.md", long_paper("Long Trust Board", "1 May 2024", sections=60))
    base = root / "base" / "index"
    proc = _ingest(base_docs, base)
    assert proc.wait(timeout=600) == 0, proc.stderr.read()

    # A full update on its own copy: how long a run takes, and the state a finished run leaves.
    complete = _copy(base, root / "complete")
    started = time.monotonic()
    proc = _ingest(update_docs, complete)
    assert proc.wait(timeout=600) == 0, proc.stderr.read()
    duration = time.monotonic() - started
    return {
        "root": root,
        "base": base,
        "update_docs": update_docs,
        "duration": duration,
        "before": _state(_copy(base, root / "before")),
        "complete": _state(complete),
    }


def _copy(index_dir: Path, to: Path) -> Path:
    shutil.copytree(index_dir.parent, to)
    return to / "index"


def _trials(setup, count: int) -> None:
    seed = int(time.time())
    rng = random.Random(seed)
    before, complete = setup["before"], setup["complete"]
    assert before != complete
    outcomes = []
    for trial in range(count):
        index_dir = _copy(setup["base"], setup["root"] / f"trial-{seed}-{trial}")
        delay = rng.uniform(0.05, 0.95) * setup["duration"]
        proc = _ingest(setup["update_docs"], index_dir)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        state = _state(index_dir)
        assert state in (before, complete), f"seed {seed}, trial {trial}: killed after {delay:.1f} s left a mixed index"
        outcomes.append((killed, state == before, index_dir))
    assert sum(killed and same for killed, same, _ in outcomes) >= max(1, count // 2), (seed, outcomes)

    # The next ingest after a kill completes and gives what an uninterrupted run gives.
    index_dir = next(d for killed, same, d in outcomes if killed and same)
    proc = _ingest(setup["update_docs"], index_dir)
    _, errors = proc.communicate(timeout=600)
    assert proc.returncode == 0, errors
    assert _state(index_dir) == complete


def test_killed_ingest_leaves_the_index_as_it_was(setup):
    _trials(setup, count=3)


@pytest.mark.slow
def test_killed_ingest_many_times(setup):
    _trials(setup, count=12)
