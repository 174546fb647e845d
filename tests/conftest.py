"""Shared fixtures: stable terminal output, and a guard that the installed package is tested."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import yhdyspinta_cli

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Fail early, with the fix, when the source tree shadows the installed wheel."""
    package = Path(yhdyspinta_cli.__file__).resolve().parent
    if not (package / "data" / "checklists").is_dir():
        raise pytest.UsageError(
            f"{package} has no bundled data: the tests must run against the installed package. "
            "Run them with the README's command: .venv/bin/pip install '.[test]' && .venv/bin/pytest"
        )


@pytest.fixture(autouse=True)
def stable_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Fixed width, no colour, English-neutral locale and no project config from the checkout."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    yield
