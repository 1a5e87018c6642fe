"""requirements.lock, which `make install` installs from, pins every dependency pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
# Installed first, on its own, from the CPU wheel on disk (see the Makefile); the lock pins its dependencies.
INSTALLED_BEFORE_THE_LOCK = {"torch"}


def _locked() -> dict[str, Version]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {canonicalize_name(n): Version(v) for n, v in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)}


def test_every_declared_dependency_is_locked_at_a_version_it_allows():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]
    locked = _locked()
    problems = []
    for requirement in declared:
        name = canonicalize_name(requirement.name)
        if name in INSTALLED_BEFORE_THE_LOCK:
            assert name not in locked, f"{name} is installed before the lock and must stay out of it"
            continue
        if name not in locked:
            problems.append(f"{requirement} is not in requirements.lock")
        elif not requirement.specifier.contains(locked[name], prereleases=True):
            problems.append(f"{requirement} does not allow the locked {name}=={locked[name]}")
    assert not problems, "; ".join(problems) + " (run `make lock`)"
