"""Staff sessions: Gradio's sign-in tokens, checked against the accounts on every request.

Gradio keeps a table of sign-in tokens (cookie value -> user name) and looks the cookie
up in it for every route. :class:`StaffSessions` takes that table's place: a token stops
working as soon as its account is removed or given a new password (the credentials file
is re-read when it changes, so `board-assistant users remove` in another process counts),
and after ``idle_s`` seconds without a request.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass

from ui.accounts import Accounts


@dataclass
class _Session:
    user: str
    credential: str | None  # the account's password hash when the session began
    last_seen: float


class StaffSessions(MutableMapping[str, str]):
    def __init__(
        self,
        accounts: Accounts,
        idle_s: float,
        clock: Callable[[], float] = time.monotonic,
        max_sessions: int = 10_000,
    ) -> None:
        self.accounts = accounts
        self.idle_s = idle_s
        self.clock = clock
        self.max_sessions = max_sessions
        self._sessions: OrderedDict[str, _Session] = OrderedDict()  # least recently seen first
        self._lock = threading.Lock()

    def __setitem__(self, token: str, user: str) -> None:
        session = _Session(user, self.accounts.credential(user), self.clock())
        with self._lock:
            self._sessions[token] = session
            self._sessions.move_to_end(token)
            while len(self._sessions) > self.max_sessions:
                self._sessions.popitem(last=False)

    def __getitem__(self, token: str) -> str:
        """The user of a live session (and the session counts as active now), else KeyError."""
        with self._lock:
            session = self._sessions.get(token)  # Gradio looks up None too
            if session is None:
                raise KeyError(token)
            now = self.clock()
            if not self._live(session, now):
                del self._sessions[token]
                raise KeyError(token)
            session.last_seen = now
            self._sessions.move_to_end(token)
            return session.user

    def __delitem__(self, token: str) -> None:
        with self._lock:
            del self._sessions[token]

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            now = self.clock()
            for token in [t for t, s in self._sessions.items() if not self._live(s, now)]:
                del self._sessions[token]
            return iter(list(self._sessions))

    def __len__(self) -> int:
        return len(list(iter(self)))

    def _live(self, session: _Session, now: float) -> bool:
        if now - session.last_seen > self.idle_s:
            return False
        return session.credential is not None and self.accounts.credential(session.user) == session.credential
