"""Reports and summaries, byte for byte, against outputs recorded before the rendering moved.

The inputs (tests/data/golden/inputs) and the checklists they were answered against
(tests/data/golden/checklists, a pinned copy, so new checklist versions don't touch this test)
are fixed. The expected outputs were made by the code before `render/` existed; a change that
alters any byte of them is either a bug or an intended change. For an intended change, rewrite
them with `UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py` and review the diff.
The SVG charts come from our own templates, so they are compared byte for byte like the rest.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import DATA, Run

import yhdyspinta_cli
from yhdyspinta_cli import resources

GOLDEN = DATA / "golden"
EXPECTED = GOLDEN / "expected"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
STDOUT = "stdout"

# name: the command's arguments; "-o" cases write into out/ and every file there is compared.
CASES: dict[str, tuple[str, ...]] = {
    "gaps-fi-md": ("report", "gaps", "inputs/sample-fi.yaml"),
    "gaps-sv-md-compare": (
        "report",
        "gaps",
        "inputs/sample-sv.yaml",
        "--compare",
        "inputs/baseline-fi.yaml",
    ),
    "gaps-en-md": ("report", "gaps", "inputs/sample-en.yaml"),
    "gaps-fi-html": ("report", "gaps", "inputs/sample-fi.yaml", "--format", "html"),
    "gaps-en-json": ("report", "gaps", "inputs/sample-en.yaml", "--format", "json"),
    "gaps-fi-md-charts": ("report", "gaps", "inputs/sample-fi.yaml", "-o", "out/gaps.md"),
    "gaps-en-html-charts": (
        "report",
        "gaps",
        "inputs/sample-en.yaml",
        "--format",
        "html",
        "-o",
        "out/gaps.html",
    ),
    "plan-fi-md": ("report", "plan", "inputs/sample-fi.yaml"),
    "plan-en-md": ("report", "plan", "inputs/sample-en.yaml"),
    "plan-sv-html": ("report", "plan", "inputs/sample-sv.yaml", "--format", "html"),
    "plan-fi-json": ("report", "plan", "inputs/sample-fi.yaml", "--format", "json"),
    "summary-fi-md": ("summary", "inputs/many", "--lang", "fi", "--include-notes"),
    "summary-en-md-county": ("summary", "inputs/many", "--lang", "en", "--group-by", "county"),
    "summary-sv-md-round": ("summary", "inputs/many", "--lang", "sv", "--group-by", "round"),
    "summary-fi-html": ("summary", "inputs/many", "--lang", "fi", "--format", "html"),
    "summary-en-json": (
        "summary",
        "inputs/few",
        "--lang",
        "en",
        "--format",
        "json",
        "--include-notes",
    ),
    "summary-fi-md-charts": (
        "summary",
        "inputs/many",
        "--lang",
        "fi",
        "--group-by",
        "region",
        "-o",
        "out/summary.md",
    ),
    "summary-en-html-charts": (
        "summary",
        "inputs/many",
        "--since",
        "2025-07-01",
        "--lang",
        "en",
        "--format",
        "html",
        "-o",
        "out/summary.html",
    ),
}


@pytest.fixture
def pinned_checklists(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checklists the inputs were answered against, in place of the bundled ones."""
    folder = GOLDEN / "checklists"
    paths = sorted(p for p in folder.iterdir() if p.suffix == ".yaml")
    monkeypatch.setattr(resources, "bundled_checklist_paths", lambda: paths)


def outputs(run: Run, folder: Path) -> dict[str, str]:
    """What a run produced: the files it wrote, or its stdout."""
    if not folder.is_dir():
        return {STDOUT: run.out}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture
def fixed_meta(monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON outputs' `meta`: a fixed time (SOURCE_DATE_EPOCH) and a fixed tool version, so
    neither the clock nor a release changes the recordings."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773480600")  # 2026-03-14T09:30:00Z
    monkeypatch.setattr(yhdyspinta_cli, "__version__", "0.0.0+golden")


@pytest.mark.usefixtures("pinned_checklists", "fixed_meta")
@pytest.mark.parametrize("name", list(CASES))
def test_output_is_byte_identical(name: str, cli: object, tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "inputs", tmp_path / "inputs")
    run = cli(*CASES[name])  # type: ignore[operator]
    assert run.code == 0, run.output
    produced = outputs(run, tmp_path / "out")
    expected_dir = EXPECTED / name
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        expected_dir.mkdir(parents=True)
        for file_name, text in produced.items():
            (expected_dir / file_name).write_text(text, encoding="utf-8", newline="")
        return
    expected = {p.name: p.read_text(encoding="utf-8") for p in sorted(expected_dir.iterdir())}
    assert sorted(produced) == sorted(expected)
    for file_name, text in expected.items():
        assert produced[file_name] == text, f"{name}/{file_name} differs from the recording"
