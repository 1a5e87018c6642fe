"""Limits on what the public may ask: how long a question, how many a minute per session and per address."""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping

_FORWARDED_FOR = re.compile(r'for="?\[?([^\]";,]+)', re.I)


def client_address(peer: str | None, headers: Mapping[str, str], trusted_header: str = "") -> str:
    """Who is asking: the connection's address or, behind a reverse proxy, the address the proxy saw.

    The proxy's header is read only when configured (anyone can send one): the last entry
    of X-Forwarded-For (what the proxy appended), or the last ``for=`` of ``Forwarded``.
    """
    if trusted_header:
        value = headers.get(trusted_header) or headers.get(trusted_header.lower()) or ""
        if trusted_header.lower() == "forwarded":
            found = _FORWARDED_FOR.findall(value)
            last = found[-1].strip() if found else ""
        else:
            last = value.split(",")[-1].strip()
        if last:
            return last[:100]
    return peer or "unknown"


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


class AddressLimiter(RateLimiter):
    """The same quota per client address: a new session (or none, from a script) does not reset it."""

    def message(self, wait_s: float) -> str:
        return (
            f"{self.per_minute} questions have been asked from your network in the last minute, the most one "
            f"address may ask. Please wait {max(1, round(wait_s))} seconds and ask again."
        )
