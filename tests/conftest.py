"""Shared fixtures: an isolated environment, the seed corpus, and a CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from libtalks.cli import cli

# Fuzzing budget: a bounded one in CI, a long one on demand (HYPOTHESIS_PROFILE=long).
settings.register_profile("ci", max_examples=300, deadline=None)
settings.register_profile("long", max_examples=20_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXPECTED = json.loads((Path(__file__).parent / "data" / "expected_seeds.json").read_text())


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path):
    """No test sees the developer's corpus, cache or colour settings."""
    for name in ("LIBTALKS_CORPUS", "LIBTALKS_DEBUG", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LIBTALKS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def expected() -> dict:
    return EXPECTED


def invoke(*args: str, input: str | bytes | None = None):
    """Run the CLI in-process; stderr is kept apart from stdout."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def invoke_json(*args: str):
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def write(folder: Path, name: str, text: str) -> None:
    """A report written for a test, in UTF-8."""
    (folder / name).write_text(text, encoding="utf-8")


def span_of(record: dict) -> tuple[str | None, str | None, str]:
    """A meeting record's days: first, last and their precision."""
    return record["start"], record["end"], record["precision"]


def reports_of(record: dict) -> list[str]:
    """A meeting record's reports, by article id, sorted."""
    return sorted(r["article"] for r in record["reports"])
