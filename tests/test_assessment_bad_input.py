"""Bad input, nothing lost: every command reports a located problem; the file stays as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from assessment_helpers import ASSESSMENTS, Cli, answer, new_assessment, plain, set_pin

BAD = ASSESSMENTS / "bad"
EXPECTED: dict[str, dict[str, object]] = yaml.safe_load(
    (ASSESSMENTS / "bad.expected.yaml").read_text(encoding="utf-8")
)
COMMANDS = {
    "status": ("status",),
    "status-json": ("status", "--json"),
    "answer": ("answer", "{file}", "S1.1a", "--level", "2"),
    "migrate": ("migrate",),
}


def command(name: str, file: str) -> list[str]:
    """The command line for `name`, with the file in its place."""
    args = COMMANDS[name]
    return [file if arg == "{file}" else arg for arg in args] if "{file}" in args else [*args, file]


def test_every_bad_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("bad", sorted(EXPECTED))
def test_bad_file_is_a_located_error_and_stays_untouched(
    cli: Cli, tmp_path: Path, bad: str, name: str
) -> None:
    shutil.copyfile(BAD / bad, tmp_path / bad)
    before = (tmp_path / bad).read_bytes()
    expected = EXPECTED[bad]

    run = cli(*command(name, bad))

    assert run.code == 1, run.output
    first = run.err.splitlines()[0]
    assert first.startswith(f"{bad}:{expected['line']}:{expected['column']}: "), run.err
    assert str(expected["text"]) in first
    assert str(expected.get("hint", "")) in first
    assert first.endswith(f"({expected['rule']})")
    assert "Traceback" not in run.output
    assert run.out == ""
    assert (tmp_path / bad).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [bad]


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize(
    ("case", "rule", "located"),
    [
        ("not-utf8", "not-utf8", "a.yaml:5:10: "),
        ("empty", "empty-file", "a.yaml:1:1: [error] "),
        ("only-comments", "empty-file", "a.yaml:1:1: [error] "),
        ("directory", "not-a-file", "a.yaml:1:1: [error] "),
        ("missing", "file-missing", "a.yaml:1:1: [error] "),
    ],
)
def test_unreadable_file_is_one_located_message(
    cli: Cli, tmp_path: Path, case: str, rule: str, located: str, name: str
) -> None:
    path = tmp_path / "a.yaml"
    if case == "not-utf8":
        path.write_bytes(
            b"format: yhdyspinta/assessment\nversion: 1\nregion: x\n\nregion: P\xe4ij\xe4nne\n"
        )
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "only-comments":
        path.write_bytes(b"# nothing yet\n")
    elif case == "directory":
        path.mkdir()
    before = path.read_bytes() if path.is_file() else None

    run = cli(*command(name, "a.yaml"))

    assert run.code == 1
    assert run.err.startswith(located), run.err
    assert run.err.rstrip().endswith(f"({rule})")
    assert len(run.err.strip().splitlines()) == 1
    assert "Traceback" not in run.output
    if before is not None:
        assert path.read_bytes() == before
    assert path.exists() == (case != "missing")


def test_unknown_item_in_the_file_is_a_warning_and_is_kept(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    text = path.read_text(encoding="utf-8")
    kept = "  S1.99:\n    current: 2\n    note: Vanha kysymys\n"
    path.write_text(text.replace("answers: {}\n", f"answers:\n{kept}"), encoding="utf-8")

    status = cli("status", "a.yaml")
    answered = answer(cli, "a.yaml", "S2.1", "--level", "3")

    for run in (status, answered):
        assert run.code == 0
        warnings = [line for line in run.err.splitlines() if "S1.99" in line]
        assert len(warnings) == 1, run.err
        # At the key of S1.99, on line 24.
        assert warnings[0].split(":")[:3] == ["a.yaml", "24", "3"]
        assert "[warning] answer to unknown item 'S1.99' is kept" in warnings[0]
    assert kept in path.read_text(encoding="utf-8")
    assert plain(path)["answers"]["S1.99"] == {"current": 2, "note": "Vanha kysymys"}
    assert plain(path)["answers"]["S2.1"]["current"] == 3


def test_answer_to_a_regional_item_whose_checklist_is_not_loaded_is_kept(
    cli: Cli, tmp_path: Path
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("answers: {}\n", "answers:\n  HYTE.1:\n    current: 4\n"), "utf-8")

    run = answer(cli, path, "S1.2", "--level", "1")
    migrated = cli("migrate", path)

    assert "--checklists" in run.err
    assert migrated.code == 0
    assert plain(path)["answers"]["HYTE.1"] == {"current": 4}
    assert "orphaned" not in plain(path)


@pytest.mark.parametrize(
    "args",
    [
        ("status", "a.yaml"),
        ("status", "--json", "a.yaml"),
        ("answer", "a.yaml", "S1.3", "--level", "2"),
    ],
)
def test_file_behind_the_checklists_warns_once_with_the_migrate_command(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")
    set_pin(path, "S1", "0.9.0")

    run = cli(*args)

    assert run.code == 0, run.output
    lines = [line for line in run.err.splitlines() if "yhdyspinta migrate a.yaml" in line]
    assert len(lines) == 1, run.err
    assert lines[0].startswith("a.yaml:")
    assert "[warning]" in lines[0]
    assert "S1 0.9.0 → 1.1.0" in lines[0]
    assert "migrate" not in run.out
    if "--json" in args:
        assert json.loads(run.out)["checklists"][0]["answered"] == 1


def test_pin_ahead_of_the_checklists_is_not_outdated(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    set_pin(path, "S2", "1.1.10")

    run = cli("status", path)

    assert run.code == 0
    assert "migrate" not in run.err


def test_file_changed_on_disk_is_never_overwritten(cli: Cli, tmp_path: Path) -> None:
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.store import ConflictError, open_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    catalog = load_catalog()
    path = new_assessment(cli, tmp_path / "a.yaml")
    opened = open_assessment(path, catalog)
    answer(cli, path, "S1.1a", "--level", "5")  # someone else, meanwhile
    theirs = path.read_bytes()

    set_answer(opened, "S1.2", AnswerUpdate(current=2), catalog, "2026-03-14T10:00:00+02:00")
    with pytest.raises(ConflictError) as raised:
        opened.save()

    assert path.read_bytes() == theirs
    sidecar = raised.value.sidecar
    assert sidecar.parent == path.parent
    assert sidecar.name.startswith("a.unsaved-")
    assert plain(sidecar)["answers"] == {
        "S1.2": {"current": 2, "changed": "2026-03-14T10:00:00+02:00"}
    }
    assert str(sidecar) in str(raised.value)


def test_unclosed_quote_is_reported_where_it_opens(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    opening = next(i for i, line in enumerate(lines) if line.startswith("region:")) + 1
    lines[opening - 1] = 'region: "Tampereen seutu\n'
    path.write_text("".join(lines), encoding="utf-8")
    before = path.read_bytes()

    run = cli("status", path)

    assert run.code == 1
    assert f"a.yaml:{opening}:9:" in run.err
    assert "never closed" in run.err
    assert path.read_bytes() == before


def test_a_file_with_windows_line_endings_keeps_them(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "2")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    answer(cli, path, "S1.2", "--level", "3")

    data = path.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert plain(path)["answers"]["S1.2"]["current"] == 3
