"""Commands that don't prompt or render reports must not import the heavy libraries."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import imported_modules

HEAVY = ("questionary", "prompt_toolkit", "jsonschema", "jinja2", "markdown_it")


def imported_heavy_modules(tmp_path: Path, *args: str) -> tuple[object, list[str]]:
    return imported_modules(tmp_path, HEAVY, *args)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["checklists"],
        ["checklists", "--json"],
        ["checklists", "show", "S2"],
        ["checklists", "--help"],
        ["schema", "checklist"],
    ],
    ids=" ".join,
)
def test_command_imports_no_heavy_library(args: list[str], tmp_path: Path) -> None:
    code, heavy = imported_heavy_modules(tmp_path, *args)
    assert code in (0, None)
    assert heavy == []


def test_the_probe_sees_an_import_when_there_is_one(tmp_path: Path) -> None:
    """`validate` of a file that breaks the schema needs jsonschema to say where (a clean file only
    needs jsonschema-rs): proof that the probe above would notice an eager import."""
    checklist = Path(__file__).parent / "data" / "bad_checklists" / "wrong-type-version.yaml"
    code, heavy = imported_heavy_modules(tmp_path, "validate", str(checklist))
    assert code == 1
    assert "jsonschema" in heavy
