"""Limits on what one public chat session may ask: how long a question, how many a minute."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable


def question_problem(question: str, max_chars: int) -> str | None:
    """Why this question cannot be asked, or None."""
    text = (question or "").strip()
    if not text:
        return "Please type a question about the board papers."
    if len(text) > max_chars:
        return f"Questions can be at most {max_chars:,} characters long; yours has {len(text):,}. Please shorten it."
    return None


class RateLimiter:
    """At most ``per_minute`` questions in any 60 seconds per session key (0 = no limit)."""

    def __init__(
        self,
        per_minute: int,
        window_s: float = 60.0,
        max_sessions: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.window_s = window_s
        self.max_sessions = max_sessions
        self.clock = clock
        self._asked: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait_seconds(self, key: str) -> float:
        """0 and the question is counted, or the seconds until this session may ask again."""
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            times = self._asked.setdefault(key, deque())
            self._asked.move_to_end(key)
            while times and now - times[0] >= self.window_s:
                times.popleft()
            if len(times) >= self.per_minute:
                return max(0.1, self.window_s - (now - times[0]))
            times.append(now)
            while len(self._asked) > self.max_sessions:  # forget the longest-idle sessions
                self._asked.popitem(last=False)
            return 0.0

    def message(self, wait_s: float) -> str:
        return (
            f"You have asked {self.per_minute} questions in the last minute, the most one conversation may ask. "
            f"Please wait {max(1, round(wait_s))} seconds and ask again."
        )
