"""Settings: one typed model, environment variables with the BPA_ prefix, all documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import IngestOptions
from settings import Settings, SettingsError

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_row(variable: str, default: str, meaning: str) -> str:
    shown = f"`{default}`" if default else "(empty)"
    return f"| `{variable}` | {shown} | {meaning.replace('|', chr(92) + '|')} |"


def test_the_readme_table_is_the_model():
    table = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `BPA_")]
    expected = [_readme_row(*row) for row in Settings.documented()]
    assert table == expected, "README settings table should be:\n" + "\n".join(expected)


def test_environment_variables_are_read_and_typed(monkeypatch):
    monkeypatch.setenv("BPA_K", "6")
    monkeypatch.setenv("BPA_QUESTIONS_PER_MINUTE", "0")
    monkeypatch.setenv("BPA_INDEX_DIR", "/tmp/somewhere")
    monkeypatch.setenv("BPA_LLM_URL", "")  # empty means unset
    settings = Settings.from_env()
    assert settings.k == 6 and isinstance(settings.k, int) and settings.questions_per_minute == 0
    assert settings.index_dir == Path("/tmp/somewhere") and settings.llm_url == ""


def test_a_flag_wins_over_the_environment_and_none_means_not_given(monkeypatch):
    monkeypatch.setenv("BPA_K", "6")
    assert Settings.from_env(k=3).k == 3
    assert Settings.from_env(k=None).k == 6


@pytest.mark.parametrize(
    "variable, value, named",
    [
        ("BPA_K", "four", "BPA_K='four'"),
        ("BPA_K", "0", "BPA_K='0'"),
        ("BPA_BACKEND", "gpt", "BPA_BACKEND='gpt'"),
        ("BPA_UI_MODE", "admin", "BPA_UI_MODE='admin'"),
        ("BPA_PORT", "70000", "BPA_PORT='70000'"),
        ("BPA_COLLECTION", "ab", "BPA_COLLECTION='ab'"),
        ("BPA_COLLECTION", "has space", "BPA_COLLECTION='has space'"),
        ("BPA_MAX_FILE_MB", "-1", "BPA_MAX_FILE_MB='-1'"),
        ("BPA_CHUNK_OVERLAP_TOKENS", "500", "BPA_CHUNK_OVERLAP_TOKENS (500) must be below BPA_CHUNK_TOKENS (192)"),
    ],
)
def test_a_malformed_variable_is_an_error_naming_it(monkeypatch, variable, value, named):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env()
    assert named in str(caught.value)


def test_a_bad_flag_is_named_as_a_setting_and_an_unknown_one_is_refused(monkeypatch):
    monkeypatch.setenv("BPA_K", "four")  # overridden, so not the problem
    with pytest.raises(SettingsError, match=r"setting k=0\b"):
        Settings.from_env(k=0)
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        Settings.from_env(colour="blue")


def test_settings_are_frozen_and_replace_validates():
    settings = Settings.from_env()
    with pytest.raises(ValueError):
        settings.k = 5
    assert settings.replace(k=5).k == 5 and settings.k == 4
    with pytest.raises(SettingsError, match="setting k=0"):
        settings.replace(k=0)


def test_the_api_key_is_not_shown_in_logs_or_errors(monkeypatch):
    monkeypatch.setenv("BPA_LLM_API_KEY", "sk-very-secret")
    settings = Settings.from_env()
    assert "sk-very-secret" not in repr(settings) and settings.llm_api_key.get_secret_value() == "sk-very-secret"


def test_ingest_options_come_from_the_settings(monkeypatch):
    monkeypatch.setenv("BPA_CHUNK_TOKENS", "128")
    monkeypatch.setenv("BPA_CHUNK_OVERLAP_TOKENS", "16")
    monkeypatch.setenv("BPA_MAX_FILE_MB", "2")
    monkeypatch.setenv("BPA_EMBEDDING_BATCH", "8")
    options = IngestOptions.from_settings(Settings.from_env(), progress=True)
    assert (options.chunking.max_tokens, options.chunking.overlap_tokens) == (128, 16)
    assert (options.max_bytes, options.batch_size, options.progress) == (2 * 1024 * 1024, 8, True)
