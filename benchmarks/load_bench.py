"""Load benchmark: N concurrent chat sessions through the running web chat's API, on loopback.

The app is started as the user starts it (``board-assistant ui --port P``) over the
benchmark's index. Each session is its own ``gradio_client.Client`` asking dev questions
through the ``/ask`` endpoint one after another; sessions run in parallel threads. Per
level N (1, 5, 20): throughput, p50/p95 latency and errors (an exception, or a reply
that is not an answer). Bounded: a fixed number of questions per level and a time limit
after which no session starts a new question.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any, Self

from benchmarks.chroma_server import free_port
from benchmarks.measure import Budget, latency_summary
from benchmarks.workspace import (
    OFFLINE_ENV,
    corpus_settings,
    dev_questions,
    ensure_index,
    work_dir,
)
from settings import Settings

LEVELS = (1, 5, 20)
QUESTIONS_PER_LEVEL = {1: 8, 5: 25, 20: 60}  # within the public per-session limit (10 a minute)


def run(settings: Settings, out: Path, levels: tuple[int, ...] = LEVELS, budget_s: float = 900) -> dict[str, Any]:
    local = corpus_settings(settings, out)
    ensure_index(local)
    questions = [q.question for q in dev_questions()]
    result: dict[str, Any] = {"endpoint": "/ask", "levels": {}}
    with WebChatProcess(local, work_dir(out) / "ui.log") as app:
        result["startup_s"] = app.startup_s
        _session(app.url, questions[:2], [], [])  # the first answers load the model and caches: not measured
        per_level = budget_s / max(1, len(levels))
        for n in levels:
            result["levels"][str(n)] = level(
                app.url, n, questions, QUESTIONS_PER_LEVEL.get(n, 2 * n), Budget(per_level)
            )
    return result


def level(url: str, sessions: int, questions: list[str], total: int, budget: Budget) -> dict[str, Any]:
    """``sessions`` clients in parallel, ``total`` questions shared out among them."""
    latencies: list[float] = []
    errors: list[str] = []
    share = [
        questions[(s + i * sessions) % len(questions)]
        for s in range(sessions)
        for i in range(max(1, total // sessions))
    ]
    plans = [share[s::sessions] for s in range(sessions)]
    threads = [threading.Thread(target=_session, args=(url, plan, latencies, errors, budget)) for plan in plans]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=budget.left + 120)
    wall = time.perf_counter() - started
    done = len(latencies)
    return {
        "sessions": sessions,
        "questions_planned": len(share),
        "answered": done,
        "errors": len(errors),
        "error_samples": errors[:3],
        "wall_s": round(wall, 2),
        "throughput_qps": round(done / wall, 3) if wall else None,
        "latency_ms": latency_summary(latencies),
    }


def _session(
    url: str, plan: list[str], latencies: list[float], errors: list[str], budget: Budget | None = None
) -> None:
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # noqa: BLE001 - every failure is counted as an error of the level
        errors.extend(f"connect: {type(exc).__name__}: {exc}"[:300] for _ in plan)
        return
    for question in plan:
        if budget is not None and budget.spent:
            return
        started = time.perf_counter()
        try:
            reply = client.predict(question, api_name="/ask")
        except Exception as exc:  # noqa: BLE001 - every failure is counted as an error of the level
            errors.append(f"{type(exc).__name__}: {exc}"[:300])
            continue
        elapsed = (time.perf_counter() - started) * 1000
        if not isinstance(reply, dict) or not isinstance(reply.get("text"), str) or not reply["text"].strip():
            errors.append(f"not an answer: {str(reply)[:200]}")
            continue
        latencies.append(elapsed)


class WebChatProcess:
    """``board-assistant ui --port P`` as a subprocess over the given settings' index."""

    def __init__(self, settings: Settings, log_path: Path, startup_timeout_s: float = 300) -> None:
        self.settings = settings
        self.port = free_port()
        self.log_path = log_path
        self.timeout = startup_timeout_s
        self.startup_s = 0.0
        self._proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        s = self.settings
        env = {
            **os.environ,
            **OFFLINE_ENV,
            "BPA_INDEX_DIR": str(s.index_dir),
            "BPA_CACHE_DIR": str(s.cache_dir),
            "BPA_DATA_DIR": str(s.data_dir),
            "BPA_EMBEDDING_MODEL": s.embedding_model,
            "BPA_UI_MODE": "public",
            # Every simulated session comes from 127.0.0.1: the per-address limit would measure itself.
            "BPA_QUESTIONS_PER_MINUTE_PER_ADDRESS": "0",
            "BPA_HOST": "127.0.0.1",
            "BPA_PORT": str(self.port),
            "BPA_CHROMA_URL": "",
        }
        command = [str(Path(sys.executable).with_name("board-assistant")), "ui", "--port", str(self.port)]
        started = time.perf_counter()
        with open(self.log_path, "wb") as log:
            self._proc = subprocess.Popen(
                command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        while not self._ready():
            if self._proc.poll() is not None:
                raise RuntimeError(f"the web chat exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            if time.perf_counter() - started > self.timeout:
                self.__exit__()
                raise RuntimeError(f"the web chat did not answer within {self.timeout:.0f} s")
            time.sleep(0.5)
        self.startup_s = round(time.perf_counter() - started, 2)
        return self

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/config", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def __exit__(self, *_exc: object) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc = None
