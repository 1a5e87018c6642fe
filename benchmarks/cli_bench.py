"""CLI benchmark: one-off `board-assistant ask QUESTION`, each in a fresh process, as a person runs it.

Every run starts Python, imports the command, opens the shipped corpus's on-disk index,
loads what answering needs and answers one dev question; the wall time of the whole
command is what is reported (p50, min, max). One more fresh process splits a start into
its phases (imports, opening the index, the embedding model, the first answer), and
another times loading sentence-transformers, what the question's embedding needed before
the NumPy path (see vectorstore/bert_numpy.py), for comparison.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import Budget, latency_summary, load_average
from benchmarks.workspace import OFFLINE_ENV, corpus_settings, dev_questions, ensure_index
from settings import Settings

REPO = Path(__file__).resolve().parent.parent
RUNS = 5

_PHASES = """
import json, sys, time
t0 = time.perf_counter()
import cli.app
from assistant.chain import Assistant
from settings import Settings
t1 = time.perf_counter()
assistant = Assistant.from_settings(Settings.from_env(index_dir=sys.argv[1]))
assistant.index.generation(refresh=True)
t2 = time.perf_counter()
assistant.index.embeddings.embed_query("board papers")
t3 = time.perf_counter()
answer = assistant.ask(sys.argv[2])
t4 = time.perf_counter()
print(json.dumps({"imports_s": t1 - t0, "open_index_s": t2 - t1, "embedding_model_s": t3 - t2,
                  "first_answer_s": t4 - t3, "answered": not answer.refused}))
"""
_FULL_MODEL = """
import json, time
t0 = time.perf_counter()
from vectorstore.embeddings import SentenceTransformerEmbeddings, minilm_path
SentenceTransformerEmbeddings(minilm_path(), "minilm").embed_query("board papers")
print(json.dumps({"sentence_transformers_load_s": time.perf_counter() - t0}))
"""


def run(settings: Settings, out: Path, budget_s: float = 300, runs: int = RUNS) -> dict[str, Any]:
    local = corpus_settings(settings, out)
    ensure_index(local)
    questions = [q.question for q in dev_questions() if q.answerable]
    budget = Budget(budget_s)
    walls: list[float] = []
    for n in range(runs):
        if budget.spent:
            break
        started = time.perf_counter()
        _command(["ask", "--index-dir", str(local.index_dir), questions[n % len(questions)]], budget.left)
        walls.append(round(time.perf_counter() - started, 3))
    phases = _python(_PHASES, [str(local.index_dir), questions[0]], budget.left)
    full = _python(_FULL_MODEL, [], budget.left)
    return {
        "runs": len(walls),
        "wall_s": walls,
        "ask_s": latency_summary([w * 1000 for w in walls]),
        "phases_s": {k: round(v, 3) if isinstance(v, float) else v for k, v in phases.items()},
        "sentence_transformers_load_s": round(full["sentence_transformers_load_s"], 3),
        "load_average_1m_at_end": load_average(),
        "command": "board-assistant ask --index-dir DIR QUESTION",
    }


def _env() -> dict[str, str]:
    return {**os.environ, **OFFLINE_ENV, "PYTHONPATH": str(REPO)}


def _command(args: list[str], timeout_s: float) -> None:
    script = Path(sys.executable).parent / "board-assistant"
    command = [str(script)] if script.exists() else [sys.executable, "-c", "import sys, cli; sys.exit(cli.main())"]
    proc = subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=max(timeout_s, 30), env=_env(), cwd=REPO
    )
    if proc.returncode != 0:
        raise RuntimeError(f"board-assistant {' '.join(args[:1])} failed ({proc.returncode}): {proc.stderr[-2000:]}")


def _python(code: str, args: list[str], timeout_s: float) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=max(timeout_s, 60),
        env=_env(),
        cwd=REPO,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"timing process failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
