"""Staff accounts: a JSON file of salted scrypt hashes, checked in constant time.

The file is re-read on every sign-in, so `board-assistant users add` takes effect
without restarting the chat. It is written atomically and readable by its owner only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# scrypt cost: 16 MiB and ~50 ms per check, enough to make guessing a stolen file slow.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 8
_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")


class AccountError(ValueError):
    """A user name or password that cannot be used, or an unreadable credentials file."""


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


# Compared against when the user does not exist, so an unknown name takes as long as a wrong password.
_DUMMY: dict[str, Any] = {"salt": "00" * 16, "hash": "00" * 32, **SCRYPT}


class Accounts:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._cache: tuple[tuple[int, int, int], dict[str, dict]] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, dict]:
        """The users in the file as it is now (re-read whenever the file changes; it is replaced, never edited)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise AccountError(f"{self.path}: cannot read the credentials file ({exc})") from exc
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if self._cache is not None and self._cache[0] == key:
                return dict(self._cache[1])
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            users = dict(data.get("users", {}))
        except (OSError, ValueError, AttributeError) as exc:
            raise AccountError(f"{self.path}: cannot read the credentials file ({exc})") from exc
        with self._lock:
            self._cache = (key, users)
        return dict(users)

    def credential(self, name: str) -> str | None:
        """What a signed-in session is bound to: the user's current password hash (None: no such user)."""
        try:
            entry = self._load().get(name)
        except AccountError:
            return None
        return str(entry.get("hash")) if isinstance(entry, dict) and entry.get("hash") else None

    def names(self) -> list[str]:
        return sorted(self._load())

    def add(self, name: str, password: str) -> bool:
        """Create the user, or set a new password; True if the user is new."""
        if not _NAME.match(name):
            raise AccountError("a user name is 1-64 letters, digits, dots, dashes, underscores or @")
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
        users = self._load()
        salt = secrets.token_bytes(16)
        new = name not in users
        users[name] = {
            "salt": salt.hex(),
            "hash": _hash(password, salt, **SCRYPT).hex(),
            **SCRYPT,
            "algorithm": "scrypt",
            "updated": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self._save(users)
        return new

    def remove(self, name: str) -> bool:
        users = self._load()
        if users.pop(name, None) is None:
            return False
        self._save(users)
        return True

    def verify(self, name: str, password: str) -> bool:
        """Gradio's auth callback: True only for a known user with the right password."""
        try:
            users = self._load()
        except AccountError:
            return False
        entry = users.get(name) if isinstance(name, str) else None
        record = entry if isinstance(entry, dict) else _DUMMY
        try:
            expected = bytes.fromhex(record["hash"])
            got = _hash(
                str(password), bytes.fromhex(record["salt"]), int(record["n"]), int(record["r"]), int(record["p"])
            )
        except (KeyError, ValueError, TypeError):
            return False
        return hmac.compare_digest(got, expected) and record is entry

    def _save(self, users: dict[str, dict]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".users-", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": 1, "users": users}, handle, indent=2, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
