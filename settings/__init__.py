"""Every setting of the product in one typed place: a pydantic-settings model.

Each field is read from an environment variable named ``BPA_`` + the field name in upper
case (``BPA_INDEX_DIR``, ``BPA_CHROMA_URL``, ...), and can be overridden by the matching CLI
flag, which wins over the environment. Choices are ``Literal`` types and numbers have
bounds, so a bad value stops the program at start with an error naming the variable.

Every package may import this module (it imports none of them): the import contracts in
pyproject.toml keep it at the bottom.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_core import ErrorDetails
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "BPA_"
REPO_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="forbid", frozen=True, validate_default=True
    )

    # --- storage -------------------------------------------------------------
    index_dir: Path = Field(Path(".bpa/index"), description="on-disk Chroma index and its lexical index")
    chroma_url: str = Field("", description="Chroma server URL (http://host:port); empty = on-disk index")
    # Chroma allows 3-63 characters; each generation's collection adds 15 to this name.
    collection: str = Field(
        "board_papers",
        min_length=3,
        max_length=48,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]$",
        description="name of the index inside Chroma (3-48 letters, digits, _ or -)",
    )
    cache_dir: Path = Field(
        Path(".bpa/cache"),
        description="local files derived from a Chroma server's index (lexical index, e5 and sentence vectors, original files; a folder per index)",
    )
    # --- ingestion -----------------------------------------------------------
    corpus_dir: Path = Field(REPO_ROOT / "data" / "corpus", description="documents `make run` ingests")
    embedding_model: str = Field(
        "minilm-int8",
        min_length=1,
        description="minilm-int8 (all-MiniLM-L6-v2 with int8 weights, ONNX) | minilm (the same model in float; "
        "an index built with it keeps it) | a sentence-transformers folder",
    )
    second_model: Literal["e5-small-q4", "none"] = Field(
        "e5-small-q4",
        description="second passage model: e5-small-q4 (multilingual-e5-small at 4 bits; finds more answers, "
        "ingest about 3.5 times slower) | none (without it; an index's chunks get its vectors when next ingested)",
    )
    embedding_batch: int = Field(32, ge=1, le=1024, description="chunks embedded per batch")
    chunk_tokens: int = Field(
        192,
        ge=1,
        le=4096,
        description="largest chunk body, in word pieces of the embedding model's tokenizer (never more than the "
        "model reads: 254 pieces for all-MiniLM-L6-v2)",
    )
    chunk_overlap_tokens: int = Field(
        32, ge=0, description="text repeated from the previous chunk of a section, in the same word pieces"
    )
    max_file_mb: float = Field(50.0, gt=0, le=4096, description="larger files are refused")
    # --- answering -----------------------------------------------------------
    backend: Literal["extractive", "openai", "llamacpp"] = Field(
        "extractive", description="extractive | openai | llamacpp"
    )
    k: int = Field(4, ge=1, le=50, description="passages an answer is built from")
    candidates: int = Field(24, ge=1, le=1000, description="passages each retriever hands to fusion and reranking")
    llm_url: str = Field("", description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    llm_model: str = Field("", description="model name at that endpoint")
    llm_api_key: SecretStr = Field(SecretStr("not-needed"), description="key for that endpoint")
    llm_context_tokens: int = Field(
        4096,
        ge=1024,
        le=2_000_000,
        description="context of the LLM backend (openai, llamacpp), in tokens: the answer prompt keeps to it, less "
        "512 for the answer, by leaving out the lowest-ranked passages",
    )
    llm_timeout_s: float = Field(60.0, gt=0, le=3600, description="seconds before an LLM call is abandoned")
    gguf_path: str = Field("", description="GGUF model file for the llamacpp backend")
    max_question_chars: int = Field(
        2000,
        ge=1,
        le=100_000,
        description="longest question: the web chat and its API refuse longer ones, the terminal cuts them",
    )
    # --- web chat ------------------------------------------------------------
    ui_mode: Literal["public", "staff"] = Field("public", description="public | staff")
    host: str = Field("127.0.0.1", min_length=1, description="address the web chat listens on")
    port: int = Field(7860, ge=1, le=65535, description="port the web chat listens on")
    data_dir: Path = Field(Path(".bpa"), description="feedback database and staff credentials")
    questions_per_minute: int = Field(
        10, ge=0, le=10_000, description="questions one public chat session may ask per minute (0 = no limit)"
    )
    questions_per_minute_per_address: int = Field(
        30,
        ge=0,
        le=100_000,
        description="questions one client address may ask per minute in public mode, all sessions (0 = no limit)",
    )
    trusted_proxy_header: str = Field(
        "",
        max_length=100,
        pattern=r"^[A-Za-z0-9_-]*$",
        description="header your reverse proxy sets to the client's address, e.g. X-Forwarded-For (its last entry "
        "is used); empty = the connection's address",
    )
    session_idle_minutes: float = Field(
        30.0, gt=0, le=7 * 24 * 60, description="a staff session ends after this long without a request"
    )
    login_failures_per_user: int = Field(
        5, ge=1, le=1000, description="failed staff sign-ins for one user name before it is locked for a while"
    )
    login_failures_per_address: int = Field(
        20,
        ge=1,
        le=100_000,
        description="failed staff sign-ins from one client address before it is locked for a while",
    )
    login_lockout_minutes: float = Field(
        15.0, gt=0, le=7 * 24 * 60, description="the window failed sign-ins are counted over, and the lockout's length"
    )
    ui_concurrency: int = Field(
        2, ge=1, le=64, description="questions the web chat answers at once; the rest wait in the queue"
    )

    @model_validator(mode="after")
    def _overlap_below_chunk(self) -> Settings:
        if self.chunk_overlap_tokens >= self.chunk_tokens:
            raise ValueError(
                f"{_variable('chunk_overlap_tokens')} ({self.chunk_overlap_tokens}) must be below "
                f"{_variable('chunk_tokens')} ({self.chunk_tokens})"
            )
        return self

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then the ``BPA_*`` environment variables, then the ``overrides`` that are not None
        (the CLI's flags). A value that cannot be used raises ``SettingsError`` naming where it came from."""
        given = {name: value for name, value in overrides.items() if value is not None}
        try:
            return cls(**given)
        except ValidationError as exc:
            raise SettingsError("; ".join(_problem(error, given) for error in exc.errors())) from None

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes``, validated like the original (the environment is not read again)."""
        values = {name: getattr(self, name) for name in type(self).model_fields} | changes
        try:
            return type(self)(**values)
        except ValidationError as exc:
            raise SettingsError("; ".join(_problem(error, changes) for error in exc.errors())) from None

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
        """(variable, default, meaning) of every setting, as the README's settings table shows them."""
        rows = []
        for name, field in cls.model_fields.items():
            default = field.default
            if isinstance(default, SecretStr):
                default = default.get_secret_value()  # a placeholder, not a secret
            if isinstance(default, Path) and default.is_relative_to(REPO_ROOT):
                default = default.relative_to(REPO_ROOT)
            rows.append((_variable(name), str(default), field.description or ""))
        return rows


def _variable(name: str) -> str:
    return ENV_PREFIX + name.upper()


def _problem(error: ErrorDetails, given: dict[str, Any]) -> str:
    """One validation error as a sentence naming the setting as the user set it."""
    name = str(error["loc"][0]) if error["loc"] else ""
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return f"unknown setting {name!r}"
    if not name:
        return message
    source = f"setting {name}" if name in given else _variable(name)
    shown = "(hidden)" if name == "llm_api_key" else repr(error.get("input"))
    return f"{source}={shown}: {message}"
