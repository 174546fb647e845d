"""Helpers for the assessment-file tests: new files, answers, YAML reads, the outside validator."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import DATA, Run
from ruamel.yaml import YAML

ASSESSMENTS = DATA / "assessments"
ORGS = ("tre:kunta:Tampere", "pirha:hyvinvointialue:Pirha", "kela:kela")
ORG_KEYS = ("tre", "pirha", "kela")
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"

Cli = Callable[..., Run]


def new_assessment(cli: Cli, path: Path, *extra: str, orgs: tuple[str, ...] = ORGS) -> Path:
    """`yhdyspinta new` with a fixed date and three organisations; fails the test if it fails."""
    org_args = [arg for spec in orgs for arg in ("--org", spec)]
    run = cli("new", path, "--region", "Tampereen seutu", "--date", "2026-03-14", *org_args, *extra)
    assert run.code == 0, run.output
    return path


def answer(cli: Cli, path: Path, item: str, *options: str) -> Run:
    """`yhdyspinta answer`, asserting that it worked."""
    run = cli("answer", path, item, *options)
    assert run.code == 0, run.output
    return run


def round_trip(path: Path) -> Any:
    """The file as ruamel.yaml's round-trip loader reads it (the editing side)."""
    return YAML(typ="rt").load(path.read_text(encoding="utf-8"))


def plain(path: Path) -> Any:
    """The file as the tool's own validating reader sees it (the reading side)."""
    from yhdyspinta_cli.loading.yaml_loader import load_document

    return load_document(path).data


def schema_file(cli: Cli, folder: Path) -> Path:
    """The schema as `yhdyspinta schema assessment` prints it, saved for the outside validator."""
    run = cli("schema", "assessment")
    assert run.code == 0, run.output
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "assessment.schema.json"
    path.write_text(run.out, encoding="utf-8")
    return path


def check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    """The independent validator the issue names, run as its own program."""
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def set_pin(path: Path, checklist_id: str, version: str) -> None:
    """Edit one checklist version pin by hand, as a person would."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(
        rf"^  {checklist_id}: [0-9.]+$", f"  {checklist_id}: {version}", text, flags=re.M
    )
    assert count == 1, text
    path.write_text(new, encoding="utf-8")


def lines_with(text: str, needle: str) -> list[str]:
    """The lines of `text` that contain `needle`."""
    return [line for line in text.splitlines() if needle in line]
