"""Settings: one typed place, environment variables with the BPA_ prefix, all documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_in_the_readme_table():
    table = [line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `BPA_")]
    documented = {line.split("`")[1] for line in table}
    assert documented == {name for name, _, _ in Settings.documented()}


def test_environment_variables_are_read_and_typed(monkeypatch):
    monkeypatch.setenv("BPA_K", "6")
    monkeypatch.setenv("BPA_QUESTIONS_PER_MINUTE", "0")
    settings = Settings.from_env()
    assert settings.k == 6 and isinstance(settings.k, int) and settings.questions_per_minute == 0


def test_a_malformed_value_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("BPA_K", "four")
    with pytest.raises(ValueError, match="BPA_K"):
        Settings.from_env()
