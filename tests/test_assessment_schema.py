"""Every file shape the tool writes passes an independent validator (check-jsonschema)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from assessment_helpers import (
    CHECK_JSONSCHEMA,
    Cli,
    answer,
    check_jsonschema,
    new_assessment,
    schema_file,
    set_pin,
)


def shape_new(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)


def shape_new_with_all_metadata(cli: Cli, path: Path) -> None:
    new_assessment(
        cli, path, "--county", "Pirkanmaa", "--facilitator", "Fasilitaattori", "--lang", "en"
    )


def shape_answered(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S1.2", "--level", "3", "--target", "4", "--note", "n", "--evidence", "e")
    answer(cli, path, "S4.5", "--level", "1", "--target", "5")


def shape_dont_know(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S2.1", "--dont-know", "--target", "3")


def shape_not_applicable(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S3.4", "--not-applicable", "Ei koske aluettamme")


def shape_perspectives(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S1.2", "--level", "3", "--target", "4", "--org", "tre", "--rating", "2",
           "--org", "pirha", "--rating", "4", "--org", "kela", "--rating", "dont-know")  # fmt: skip


def shape_multi_line_note(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    note = "Ensimmäinen rivi.\nToinen rivi: ääkköset å ö.\n\n- luettelo\n"
    answer(cli, path, "S1.1a", "--level", "2", "--note", note, "--evidence", "rivi 1\nrivi 2")


def shape_migrated_with_orphaned(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S1.2", "--level", "3")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("answers:\n", "answers:\n  S1.99:\n    current: 2\n"), "utf-8")
    set_pin(path, "S1", "0.9.0")
    run = cli("migrate", path)
    assert run.code == 0, run.output
    assert "orphaned:" in path.read_text(encoding="utf-8")


def shape_hand_written_dates_then_saved(cli: Cli, path: Path) -> None:
    new_assessment(cli, path)
    answer(cli, path, "S1.2", "--level", "3")
    text = path.read_text(encoding="utf-8")
    text = text.replace("date: '2026-03-14'", "date: 2026-03-14")
    lines = [
        "    changed: 2026-03-14T10:00:00+02:00" if "changed:" in line else line
        for line in text.splitlines()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answer(cli, path, "S1.3", "--level", "2")


SHAPES: dict[str, Callable[[Cli, Path], None]] = {
    name.removeprefix("shape_"): function
    for name, function in globals().items()
    if name.startswith("shape_")
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_check_jsonschema_accepts_what_the_tool_writes(
    cli: Cli, tmp_path: Path, shape: str
) -> None:
    path = tmp_path / f"{shape}.yaml"
    SHAPES[shape](cli, path)
    schema = schema_file(cli, tmp_path / "schema")

    result = check_jsonschema(schema, path)

    assert result.returncode == 0, result.stdout + result.stderr + path.read_text("utf-8")


def test_check_jsonschema_rejects_a_broken_file(cli: Cli, tmp_path: Path) -> None:
    """The validator run above really validates: a level as text fails."""
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")
    text = path.read_text(encoding="utf-8").replace("current: 3", "current: kolme")
    path.write_text(text, encoding="utf-8")

    result = check_jsonschema(schema_file(cli, tmp_path / "schema"), path)

    assert result.returncode == 1
    assert "kolme" in result.stdout + result.stderr


def test_the_schema_command_prints_the_shipped_schema(cli: Cli) -> None:
    from jsonschema import Draft202012Validator

    from yhdyspinta_cli import resources

    run = cli("schema", "assessment")

    assert run.code == 0
    assert json.loads(run.out) == resources.schema("assessment")
    Draft202012Validator.check_schema(json.loads(run.out))
    assert CHECK_JSONSCHEMA.exists()
