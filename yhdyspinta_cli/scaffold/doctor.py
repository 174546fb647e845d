"""`doctor`: is this clone set up so that no merge drops work and every commit is checked?"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yhdyspinta_cli import resources
from yhdyspinta_cli.history.driver import DRIVER_KEY, DRIVER_NAME, PROBE_MODULE, driver_interpreter
from yhdyspinta_cli.history.git import get_config, git_path, repo_root, run_git
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.problems import Problem, Severity

SCHEMA_NAMES = ("assessment", "config")
SCHEMA_FOLDER = ".yhdyspinta"
# A file in a subfolder: the attributes must reach it too.
SAMPLE_ASSESSMENT = "assessments/alue/arviointi.yaml"
PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
PROBE_TIMEOUT = 30


@dataclass(frozen=True)
class Finding:
    """One thing to set up: its rule, the file it concerns, and a message key with its values."""

    rule: str
    path: Path
    key: str
    values: Mapping[str, str] = field(default_factory=dict)


def find_root(start: Path) -> Path:
    """The repository to diagnose: the folder of the nearest yhdyspinta.yaml, else git's top."""
    from yhdyspinta_cli.config import find_config

    config = find_config(start.resolve())
    if config is not None:
        return config.parent
    return repo_root(start) or start


def setup_problems(root: Path, lang: str) -> list[Problem]:
    """The findings as warnings in `lang`, for `check --stage commit`; none outside git."""
    if repo_root(root) is None:
        return []
    return [as_problem(finding, lang) for finding in diagnose(root)]


def as_problem(finding: Finding, lang: str) -> Problem:
    """A finding as a warning, its message in `lang`."""
    text = message(finding.key, lang).format(**finding.values)
    return Problem(finding.path, None, None, finding.rule, text, Severity.WARNING)


def diagnose(root: Path) -> list[Finding]:
    """What is missing or stale in the repository whose top (or scaffold) folder is `root`."""
    if repo_root(root) is None:
        return [Finding("merge-driver", root, "doctor_not_git")]
    return [*_driver_findings(root), *_schema_findings(root), *_hook_findings(root)]


def _driver_findings(root: Path) -> Iterator[Finding]:
    attributes = root / ".gitattributes"
    checked = run_git(["check-attr", "merge", "--", SAMPLE_ASSESSMENT], root)
    if not checked.stdout.decode().strip().endswith(f": {DRIVER_NAME}"):
        yield Finding("merge-driver", attributes, "doctor_attributes")
    command = get_config(root, DRIVER_KEY)
    config = git_path(root, "config")
    if command is None:
        yield Finding("merge-driver", config, "doctor_driver_unset")
        return
    interpreter = driver_interpreter(command)
    if interpreter is None:
        yield Finding("merge-driver", config, "doctor_driver_bare", {"command": command})
    elif not _can_import(interpreter):
        yield Finding("merge-driver", config, "doctor_driver_broken", {"python": interpreter})


def _can_import(interpreter: str) -> bool:
    try:
        probe = subprocess.run(
            [interpreter, "-c", f"import {PROBE_MODULE}"],
            capture_output=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def _schema_findings(root: Path) -> Iterator[Finding]:
    for name in SCHEMA_NAMES:
        copy = root / SCHEMA_FOLDER / f"{name}.schema.json"
        if not copy.is_file() or copy.read_text(encoding="utf-8") != resources.schema_text(name):
            yield Finding("schema-copy", copy, "doctor_schema")


def _hook_findings(root: Path) -> Iterator[Finding]:
    if not (root / PRE_COMMIT_CONFIG).is_file():
        return
    hook = git_path(root, "hooks/pre-commit")
    text = hook.read_text(encoding="utf-8", errors="replace") if hook.is_file() else ""
    if "pre-commit" not in text:
        yield Finding("pre-commit-hook", root / PRE_COMMIT_CONFIG, "doctor_hook")
