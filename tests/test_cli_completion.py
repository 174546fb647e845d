"""Shell completion through the installed program, as zsh asks for it (typer's protocol)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from assessment_helpers import ORG_KEYS, Cli, new_assessment
from conftest import YHDYSPINTA


def zsh_completion(line: str, cwd: Path, **env: str) -> str:
    """What the program tells zsh for `line`: the words, each with its help text."""
    env = {
        **os.environ,
        "_YHDYSPINTA_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": line,
        **env,
    }
    result = subprocess.run(
        [str(YHDYSPINTA)], env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


def complete(line: str, cwd: Path) -> list[str]:
    return re.findall(r'"([^"]+?)"(?::"[^"]*")?', zsh_completion(line, cwd))


@pytest.fixture
def file(cli: Cli, tmp_path: Path) -> Path:
    path = new_assessment(cli, tmp_path / "a.yaml")
    assert cli("action", "add", path, "--item", "S1.2", "--title", "T", "--owner", "tre").code == 0
    return path


def test_commands_complete(tmp_path: Path) -> None:
    assert complete("yhdyspinta ans", tmp_path) == ["answer"]
    assert set(complete("yhdyspinta action ", tmp_path)) >= {"add", "edit", "done"}


def test_item_ids_complete_from_the_checklists(file: Path) -> None:
    assert complete("yhdyspinta answer a.yaml S4.1", file.parent) == ["S4.1a", "S4.1b", "S4.1c"]
    assert complete("yhdyspinta action add a.yaml --item S1.1", file.parent) == ["S1.1a", "S1.1b"]


def test_organisation_keys_and_action_ids_complete_from_the_file_on_the_line(file: Path) -> None:
    assert complete("yhdyspinta answer a.yaml S1.2 --org ", file.parent) == list(ORG_KEYS)
    assert complete("yhdyspinta action add a.yaml --owner t", file.parent) == ["tre"]
    assert complete("yhdyspinta action edit a.yaml A", file.parent) == ["A1"]


def test_a_missing_file_completes_nothing_and_says_nothing(tmp_path: Path) -> None:
    assert complete("yhdyspinta answer missing.yaml S1.2 --org ", tmp_path) == []


@pytest.mark.parametrize(
    ("locale", "command", "option"),
    [
        (
            "fi_FI.UTF-8",
            '"new":"Luo tyhjä arviointitiedosto."',
            '"--region":"Alue tai työllisyysalue."',
        ),
        (
            "sv_SE.UTF-8",
            '"answer":"Ange ett svar utan tangentbord."',
            '"--county":"Välfärdsområde."',
        ),
        (
            "en_GB.UTF-8",
            '"new":"Create an empty assessment file."',
            '"--region":"Region or employment area."',
        ),
    ],
)
def test_completions_carry_the_catalogs_help_in_the_users_language(
    tmp_path: Path, locale: str, command: str, option: str
) -> None:
    assert command in zsh_completion("yhdyspinta ", tmp_path, LANG=locale)
    assert option in zsh_completion("yhdyspinta new --", tmp_path, LANG=locale)
