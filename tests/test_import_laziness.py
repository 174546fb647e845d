"""Commands that don't prompt or render reports must not import the heavy libraries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("questionary", "prompt_toolkit", "jsonschema", "jinja2", "markdown_it")

# Runs the real entry point with ARGS, then writes which heavy modules got imported to OUT.
PROBE = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["yhdyspinta", *args]
from yhdyspinta_cli.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY))
with open(out, "w", encoding="utf-8") as stream:
    json.dump({"code": code, "heavy": heavy}, stream)
"""


def imported_heavy_modules(tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    out = tmp_path / "probe.json"
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    result = subprocess.run(
        [sys.executable, "-c", code, str(out), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert out.exists(), result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    return report["code"], report["heavy"]


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
    """`validate` needs jsonschema: proof that the probe above would notice an eager import."""
    checklist = Path(__file__).parent / "data" / "good_checklists" / "s1-small.yaml"
    code, heavy = imported_heavy_modules(tmp_path, "validate", str(checklist))
    assert code == 0
    assert "jsonschema" in heavy
