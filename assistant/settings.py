"""Every setting of the product in one typed place.

Each field can be set by an environment variable named ``BPA_`` + the field name in
upper case (``BPA_INDEX_DIR``, ``BPA_CHROMA_URL``, ...), and by the matching CLI flag,
which wins over the environment. The lower layers (``ingest/``, ``vectorstore/``) never
read settings themselves: the CLI and the UI pass them the values they need.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_PREFIX = "BPA_"
REPO_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    # --- storage -------------------------------------------------------------
    index_dir: Path = field(default=Path(".bpa/index"), metadata={"help": "on-disk Chroma index and its lexical index"})
    chroma_url: str = field(
        default="", metadata={"help": "Chroma server URL (http://host:port); empty = on-disk index"}
    )
    collection: str = field(default="board_papers", metadata={"help": "name of the index inside Chroma"})
    cache_dir: Path = field(
        default=Path(".bpa/cache"), metadata={"help": "local cache (lexical index when Chroma is a server)"}
    )
    # --- ingestion -----------------------------------------------------------
    corpus_dir: Path = field(default=REPO_ROOT / "data" / "corpus", metadata={"help": "documents `make run` ingests"})
    embedding_model: str = field(
        default="minilm", metadata={"help": "minilm | minilm-int8 | a sentence-transformers folder"}
    )
    embedding_batch: int = field(default=32, metadata={"help": "chunks embedded per batch"})
    chunk_tokens: int = field(default=192, metadata={"help": "largest chunk body, in cl100k tokens"})
    chunk_overlap_tokens: int = field(
        default=32, metadata={"help": "text repeated from the previous chunk of a section"}
    )
    max_file_mb: float = field(default=50.0, metadata={"help": "larger files are refused"})
    # --- answering -----------------------------------------------------------
    backend: str = field(default="extractive", metadata={"help": "extractive | openai | llamacpp"})
    k: int = field(default=4, metadata={"help": "passages an answer is built from"})
    candidates: int = field(default=24, metadata={"help": "passages each retriever hands to fusion and reranking"})
    llm_url: str = field(default="", metadata={"help": "OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1"})
    llm_model: str = field(default="", metadata={"help": "model name at that endpoint"})
    llm_api_key: str = field(default="not-needed", metadata={"help": "key for that endpoint"})
    llm_timeout_s: float = field(default=60.0, metadata={"help": "seconds before an LLM call is abandoned"})
    gguf_path: str = field(default="", metadata={"help": "GGUF model file for the llamacpp backend"})
    max_question_chars: int = field(
        default=2000,
        metadata={"help": "longest question: the web chat and its API refuse longer ones, the terminal cuts them"},
    )
    # --- web chat ------------------------------------------------------------
    ui_mode: str = field(default="public", metadata={"help": "public | staff"})
    host: str = field(default="127.0.0.1", metadata={"help": "address the web chat listens on"})
    port: int = field(default=7860, metadata={"help": "port the web chat listens on"})
    data_dir: Path = field(default=Path(".bpa"), metadata={"help": "feedback database and staff credentials"})
    questions_per_minute: int = field(
        default=10, metadata={"help": "questions one public chat session may ask per minute (0 = no limit)"}
    )
    questions_per_minute_per_address: int = field(
        default=30,
        metadata={
            "help": "questions one client address may ask per minute in public mode, all sessions (0 = no limit)"
        },
    )
    trusted_proxy_header: str = field(
        default="",
        metadata={
            "help": "header your reverse proxy sets to the client's address, e.g. X-Forwarded-For (its last entry "
            "is used); empty = the connection's address"
        },
    )
    session_idle_minutes: float = field(
        default=30.0, metadata={"help": "a staff session ends after this long without a request"}
    )
    login_failures_per_user: int = field(
        default=5, metadata={"help": "failed staff sign-ins for one user name before it is locked for a while"}
    )
    login_failures_per_address: int = field(
        default=20, metadata={"help": "failed staff sign-ins from one client address before it is locked for a while"}
    )
    login_lockout_minutes: float = field(
        default=15.0, metadata={"help": "the window failed sign-ins are counted over, and the lockout's length"}
    )
    ui_concurrency: int = field(
        default=2, metadata={"help": "questions the web chat answers at once; the rest wait in the queue"}
    )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``BPA_*`` variables from ``env``, then non-None ``overrides``."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(ENV_PREFIX + f.name.upper(), raw, hints[f.name])
        for name, value in overrides.items():
            if name not in hints:
                raise SettingsError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = _coerce(name, value, hints[name])
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.backend not in ("extractive", "openai", "llamacpp"):
            raise SettingsError(f"backend must be extractive, openai or llamacpp, not {self.backend!r}")
        if self.ui_mode not in ("public", "staff"):
            raise SettingsError(f"ui_mode must be public or staff, not {self.ui_mode!r}")
        if len(self.collection) < 3:
            raise SettingsError("collection needs at least 3 characters (a Chroma rule)")
        for name in ("chunk_tokens", "k", "candidates", "embedding_batch", "max_question_chars"):
            if getattr(self, name) <= 0:
                raise SettingsError(f"{name} must be positive")
        if not 0 <= self.chunk_overlap_tokens < self.chunk_tokens:
            raise SettingsError("chunk_overlap_tokens must be at least 0 and below chunk_tokens")
        if self.max_file_mb <= 0:
            raise SettingsError("max_file_mb must be positive")
        if self.questions_per_minute < 0 or self.questions_per_minute_per_address < 0 or self.ui_concurrency <= 0:
            raise SettingsError(
                "questions_per_minute and questions_per_minute_per_address must be 0 or more, ui_concurrency positive"
            )
        if self.session_idle_minutes <= 0 or self.login_lockout_minutes <= 0:
            raise SettingsError("session_idle_minutes and login_lockout_minutes must be positive")
        if self.login_failures_per_user <= 0 or self.login_failures_per_address <= 0:
            raise SettingsError("login_failures_per_user and login_failures_per_address must be positive")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.sqlite3"

    @property
    def users_file(self) -> Path:
        return self.data_dir / "users.json"

    @classmethod
    def documented(cls) -> list[tuple[str, str, str]]:
        """(variable, default, help) for every setting, for the README and ``--help``."""
        rows = []
        for f in dataclasses.fields(cls):
            rows.append((ENV_PREFIX + f.name.upper(), str(f.default), f.metadata.get("help", "")))
        return rows


def _coerce(name: str, value: Any, hint: Any) -> Any:
    target = _concrete_type(hint)
    if isinstance(value, target):
        return value
    text = str(value).strip()
    try:
        if target is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(text)
        return target(text)
    except (TypeError, ValueError):
        raise SettingsError(f"setting {name} expects {target.__name__}, got {value!r}") from None


def _concrete_type(hint: Any) -> type:
    concrete: type = hint
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        concrete = next(a for a in typing.get_args(hint) if a is not type(None))
    return concrete
