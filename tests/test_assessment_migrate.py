"""`yhdyspinta migrate`: pins move on, new items are listed, answers to removed items are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer, new_assessment, plain, set_pin

CUSTOM = ASSESSMENTS / "checklists"  # HYTE 1.1.0: HYTE.2, HYTE.3 added in 1.1.0, HYTE.4 in 1.0.0


def add_answers(path: Path, entries: str) -> None:
    """Put hand-written answers at the top of `answers:`."""
    text = path.read_text(encoding="utf-8")
    if "answers: {}\n" in text:
        text = text.replace("answers: {}\n", f"answers:\n{entries}")
    else:
        text = text.replace("answers:\n", f"answers:\n{entries}")
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def behind(cli: Cli, tmp_path: Path) -> Path:
    """Pinned to S1 0.9.0, with an answer to S1.99, an item the current S1 no longer has."""
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3", "--target", "4")
    add_answers(path, "  # Kysymys poistui versiossa 1.0.0.\n  S1.99:\n    current: 2\n"
                "    note: Vanha havainto\n    changed: '2025-10-01T09:00:00+03:00'\n")  # fmt: skip
    set_pin(path, "S1", "0.9.0")
    return path


def test_migrate_updates_pins_and_moves_removed_answers_to_orphaned(cli: Cli, behind: Path) -> None:
    run = cli("migrate", behind)

    assert run.code == 0, run.output
    assert "S1: 0.9.0 → 1.1.0" in run.out
    assert "answers to removed items kept under orphaned: S1.99" in run.out
    data = plain(behind)
    assert data["checklists"] == {
        "S1": "1.1.0",
        "S2": "1.1.0",
        "S3": "1.1.0",
        "S4": "1.1.0",
        "T1": "1.1.0",
    }
    assert "S1.99" not in data["answers"]
    assert data["orphaned"] == {
        "S1.99": {
            "current": 2,
            "note": "Vanha havainto",
            "changed": "2025-10-01T09:00:00+03:00",
            "checklist_version": "0.9.0",
        }
    }
    assert data["answers"]["S1.2"]["current"] == 3


def test_orphaned_answers_keep_their_hand_written_comment(cli: Cli, behind: Path) -> None:
    cli("migrate", behind)

    assert "# Kysymys poistui versiossa 1.0.0." in behind.read_text(encoding="utf-8")


def test_after_migrate_the_outdated_warning_is_gone(cli: Cli, behind: Path) -> None:
    before = cli("status", behind)
    assert "yhdyspinta migrate" in before.err

    cli("migrate", behind)
    after = cli("status", behind)
    answered = answer(cli, behind, "S1.3", "--level", "2")

    assert after.code == 0
    assert after.err == ""
    assert answered.err == ""


def test_migrate_twice_changes_nothing_the_second_time(cli: Cli, behind: Path) -> None:
    cli("migrate", behind)
    first = behind.read_bytes()

    run = cli("migrate", behind)

    assert run.code == 0
    assert "already on the current checklist versions" in run.out
    assert behind.read_bytes() == first


def test_orphaned_answers_survive_later_edits(cli: Cli, behind: Path) -> None:
    cli("migrate", behind)

    answer(cli, behind, "S1.1a", "--level", "2")
    answer(cli, behind, "S1.2", "--level", "4")

    assert plain(behind)["orphaned"]["S1.99"]["note"] == "Vanha havainto"
    assert cli("status", behind).err == ""


def test_a_current_file_is_left_alone(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    before = path.read_bytes()

    run = cli("migrate", path)

    assert run.code == 0
    assert "already on the current checklist versions" in run.out
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("pinned", "added"),
    [
        ("1.0.0", "HYTE.2, HYTE.3"),
        ("0.9.0", "HYTE.2, HYTE.3, HYTE.4"),
    ],
)
def test_migrate_lists_the_items_added_since(
    cli: Cli, tmp_path: Path, pinned: str, added: str
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml", "--checklists", str(CUSTOM))
    answer(cli, path, "HYTE.1", "--level", "4", "--checklists", str(CUSTOM))
    text = path.read_text(encoding="utf-8").replace("HYTE: 1.1.0", f"HYTE: {pinned}")
    path.write_text(text, encoding="utf-8")
    status = cli("status", path, "--checklists", CUSTOM)
    assert f"HYTE {pinned} → 1.1.0" in status.err

    run = cli("migrate", path, "--checklists", CUSTOM)

    assert run.code == 0, run.output
    assert f"HYTE: {pinned} → 1.1.0" in run.out
    assert f"new items, unanswered: {added}" in run.out
    data = plain(path)
    assert data["checklists"]["HYTE"] == "1.1.0"
    assert list(data["answers"]) == ["HYTE.1"]
    assert "orphaned" not in data
    assert cli("status", path, "--checklists", CUSTOM).err == ""


def test_a_regional_checklist_answered_against_an_old_version(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml", "--checklists", str(CUSTOM))
    text = path.read_text(encoding="utf-8").replace("HYTE: 1.1.0", "HYTE: 1.0.0")
    path.write_text(text, encoding="utf-8")
    add_answers(path, "  HYTE.1:\n    current: 2\n  HYTE.9:\n    current: 5\n")

    run = cli("migrate", path, "--checklists", CUSTOM)

    assert run.code == 0, run.output
    assert "kept under orphaned: HYTE.9" in run.out
    data = plain(path)
    assert data["orphaned"] == {"HYTE.9": {"current": 5, "checklist_version": "1.0.0"}}
    assert data["answers"] == {"HYTE.1": {"current": 2}}


def test_a_newly_loaded_checklist_is_pinned(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    assert "HYTE" in cli("status", path, "--checklists", CUSTOM).err

    run = cli("migrate", path, "--checklists", CUSTOM)

    assert run.code == 0, run.output
    assert "HYTE: not pinned → 1.1.0" in run.out
    assert plain(path)["checklists"]["HYTE"] == "1.1.0"


def test_a_different_answer_to_an_orphaned_item_is_refused_not_overwritten(
    cli: Cli, behind: Path
) -> None:
    """A merge can bring S1.99 back under answers; migrate must not overwrite the orphaned one."""
    cli("migrate", behind)
    add_answers(behind, "  S1.99:\n    current: 4\n")
    before = behind.read_bytes()

    run = cli("migrate", behind)

    assert run.code == 1
    assert "'S1.99' is under both answers: and orphaned:" in run.err
    assert behind.read_bytes() == before


def test_the_same_answer_orphaned_twice_is_kept_once(cli: Cli, behind: Path) -> None:
    cli("migrate", behind)
    add_answers(
        behind,
        "  S1.99:\n    current: 2\n    note: Vanha havainto\n"
        "    changed: '2025-10-01T09:00:00+03:00'\n",
    )

    run = cli("migrate", behind)

    assert run.code == 0, run.output
    data = plain(behind)
    assert "S1.99" not in data["answers"]
    assert data["orphaned"]["S1.99"]["checklist_version"] == "0.9.0"


def test_an_action_on_a_removed_item_does_not_block_migrate(cli: Cli, behind: Path) -> None:
    text = behind.read_text(encoding="utf-8").replace(
        "actions: []\n",
        "actions:\n  - id: A1\n    items: [S1.99]\n    title: Vanha toimenpide\n"
        "    owner: tre\n    status: planned\n",
    )
    behind.write_text(text, encoding="utf-8")

    status = cli("status", behind)
    migrated = cli("migrate", behind)
    after = cli("status", behind)

    assert status.code == 0, status.output
    assert "removed-item" in status.err
    assert migrated.code == 0, migrated.output
    assert "action A1 still points at the removed item S1.99" in migrated.out
    assert f"yhdyspinta action edit {behind} A1" in migrated.out
    assert after.code == 1
    assert "unknown item 'S1.99'" in after.err
    assert plain(behind)["actions"][0]["items"] == ["S1.99"]
