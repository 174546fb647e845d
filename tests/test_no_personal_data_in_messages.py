"""No command ever prints an identity code it finds in a file, wherever it sits (issue 15.7).

Data-driven: each placement puts one identity code into an otherwise good assessment, in a field
that the commands quote in their messages (a language, a date, an id, a key, a tag...). Every
command that reads the file then runs on it, and the code must not be in what it prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from assessment_helpers import Cli

CODE = "131052-308T"  # a valid henkilötunnus: a real date, the right control character
GOOD = """\
format: yhdyspinta/assessment
version: 1
region: R
date: '2026-03-01'
language: fi
organisations:
  - key: tre
    type: kunta
    name: Tampere
  - key: kela
    type: kela
    name: Kela
checklists:
  S1: 1.0.0
  S2: 1.0.0
  S3: 1.0.0
  S4: 1.0.0
answers:
  S1.2:
    current: 2
    target: 4
    ratings:
      tre: 2
    note: hi
actions:
  - id: A1
    items: [S1.2]
    title: T
    owner: tre
    status: planned
    start: '2026-04-01'
    due: '2027-01-01'
"""
# name: (text in GOOD, what replaces it)
PLACEMENTS = {
    "format": ("format: yhdyspinta/assessment", f"format: {CODE}"),
    "version": ("version: 1", f"version: {CODE}"),
    "language": ("language: fi", f"language: {CODE}"),
    "date": ("date: '2026-03-01'", f"date: '{CODE}'"),
    "organisation type": ("type: kunta", f"type: {CODE}"),
    "organisation key": ("key: kela", f"key: {CODE}"),
    "checklist version": ("S2: 1.0.0", f"S2: {CODE}"),
    "checklist id": ("S3: 1.0.0", f"{CODE}: 1.0.0"),
    "unknown item id": ("answers:\n", f"answers:\n  {CODE}:\n    current: 2\n"),
    "current": ("current: 2", f"current: {CODE}"),
    "target": ("target: 4", f"target: {CODE}"),
    "rating": ("tre: 2", f"tre: {CODE}"),
    "rating organisation": ("tre: 2", f"{CODE}: 2"),
    "unknown answer key": ("note: hi", f"note: hi\n    {CODE}: x"),
    "unknown top-level key": ("region: R", f"region: R\n{CODE}: x"),
    "duplicate key": ("region: R", f"region: R\n{CODE}: x\n{CODE}: y"),
    "tag": ("region: R", f"region: !{CODE} R"),
    "action id": ("id: A1", f"id: {CODE}"),
    "action item": ("items: [S1.2]", f"items: [{CODE}]"),
    "action owner": ("owner: tre", f"owner: {CODE}"),
    "action status": ("status: planned", f"status: {CODE}"),
    "action start": ("start: '2026-04-01'", f"start: '{CODE}'"),
    "action due": ("due: '2027-01-01'", f"due: '{CODE}'"),
    "anchor": ("region: R", f"region: &{CODE} R\ncounty: *{CODE}"),
}


def commands(folder: Path, file: Path) -> dict[str, list[str | Path]]:
    """Every command that reads an assessment, on `file`; reports go to a file (what a report
    may contain is the report's own check, issue 15.8), so all that is printed is messages."""
    base, ours, out = folder / "base.yaml", folder / "ours.yaml", folder / "out.md"
    return {
        "status": ["status", file],
        "report gaps": ["report", "gaps", file, "-o", out],
        "report plan": ["report", "plan", file, "-o", out],
        "diff": ["diff", base, file],
        "migrate": ["migrate", file],
        "answer": ["answer", file, "S1.2", "--level", "3"],
        "action": ["action", "done", file, "A1"],
        "merge": ["merge", base, ours, file],
        "summary": ["summary", file, "-o", out],
        "check": ["check", file],
    }


def write_placement(folder: Path, file: Path, placement: str) -> None:
    """The file with the code in its place, and the merge's base and our side, untouched."""
    old, new = PLACEMENTS[placement]
    assert old in GOOD
    file.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    (folder / "base.yaml").write_text(GOOD, encoding="utf-8")
    shutil.copy(file, folder / "ours.yaml")


@pytest.mark.parametrize("placement", PLACEMENTS, ids=list(PLACEMENTS))
def test_no_command_prints_an_identity_code_from_the_file(
    cli: Cli, tmp_path: Path, placement: str
) -> None:
    file = tmp_path / "a.yaml"
    for name, args in commands(tmp_path, file).items():
        write_placement(tmp_path, file, placement)
        run = cli(*args)
        printed = run.output.upper()
        assert CODE not in printed, (placement, name, run.output)
        assert CODE.replace("-", "") not in printed.replace("-", ""), (placement, name)


def test_the_summary_note_on_unknown_items_names_no_identity_code(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    write_placement(tmp_path, file, "unknown item id")
    for extra in ([], ["--anonymise"]):
        run = cli("summary", file, "-o", tmp_path / "out.md", *extra)
        # An item id that is no item id breaks the schema now, as status says: the file is
        # skipped with its line, and the line shows the place, never the key.
        assert "[…]" in run.err and "(schema)" in run.err
        assert CODE not in run.output.upper()
        assert CODE not in (tmp_path / "out.md").read_text(encoding="utf-8").upper()


def test_a_placement_shows_where_the_value_was(cli: Cli, tmp_path: Path) -> None:
    """Redaction keeps the message useful: the file, line and rule, the value replaced."""
    file = tmp_path / "a.yaml"
    write_placement(tmp_path, file, "organisation type")
    run = cli("status", file)
    assert run.code == 1
    line = next(line for line in run.err.splitlines() if "[…]" in line)
    assert line.startswith(f"{file}:8:")
