"""Staff sign-in: failed attempts throttled per user name and per client address, the password
check run off the server's event loop, a few at a time.

A scrypt check takes ~50 ms of CPU and 16 MiB; run on the event loop, 40 parallel sign-ins
held every other request up for seconds. Here each check runs in a worker thread, at most
``CONCURRENT_CHECKS`` at once, and a user name or an address with too many recent failures
is refused (HTTP 429, with Retry-After) before any check runs. The counting uses the
``limits`` library's moving window, in memory.
"""

from __future__ import annotations

import math
import time

import anyio
from fastapi import HTTPException
from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from settings import Settings
from ui.accounts import Accounts
from ui.guard import CLIENT_ADDRESS

CONCURRENT_CHECKS = 2


class SignIn:
    def __init__(self, accounts: Accounts, settings: Settings) -> None:
        self.accounts = accounts
        window = max(1, round(settings.login_lockout_minutes * 60))
        self.per_user = RateLimitItemPerSecond(settings.login_failures_per_user, window)
        self.per_address = RateLimitItemPerSecond(settings.login_failures_per_address, window)
        self.failures = MovingWindowRateLimiter(MemoryStorage())
        self._checks: anyio.Semaphore | None = None

    async def check(self, username: str, password: str) -> bool:
        """Gradio's auth callback: True for the right password, unless throttled (then HTTP 429)."""
        user, address = str(username)[:64].lower(), CLIENT_ADDRESS.get()
        if self._checks is None:
            self._checks = anyio.Semaphore(CONCURRENT_CHECKS)
        async with self._checks:
            self._refuse_if_throttled(user, address)  # inside: parallel attempts queue, then see the count
            ok = await anyio.to_thread.run_sync(self.accounts.verify, username, password)
            if ok:
                self.failures.clear(self.per_user, "user", user)
                return True
            self.failures.hit(self.per_user, "user", user)
            self.failures.hit(self.per_address, "address", address)
            return False

    def _refuse_if_throttled(self, user: str, address: str) -> None:
        for item, kind, key, whom in (
            (self.per_user, "user", user, "this user name"),
            (self.per_address, "address", address, "your network"),
        ):
            if not self.failures.test(item, kind, key):
                reset = self.failures.get_window_stats(item, kind, key).reset_time
                wait = max(1, math.ceil(reset - time.time()))
                raise HTTPException(
                    status_code=429,
                    detail=f"Too many failed sign-ins for {whom}. Try again in {_duration(wait)}.",
                    headers={"Retry-After": str(wait)},
                )


def _duration(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{math.ceil(seconds / 60)} minutes"
