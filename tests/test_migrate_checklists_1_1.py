"""Checklists 1.1.0: a file answered on every 1.0.0 item migrates without losing an answer."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from assessment_helpers import CHECK_JSONSCHEMA, Cli, check_jsonschema, plain, schema_file
from conftest import DATA

OLD = DATA / "migrate" / "assessment-1.0.0.yaml"  # every 1.0.0 item answered, S1.4a with ratings
OLD_IDS = [
    "S1.1a",
    "S1.1b",
    "S1.2",
    "S1.3",
    "S1.4a",
    "S1.4b",
    "S1.5",
    "S2.1",
    "S2.2a",
    "S2.2b",
    "S2.3",
    "S2.4",
    "S2.5a",
    "S2.5b",
    "S3.1",
    "S3.2",
    "S3.3a",
    "S3.3b",
    "S3.3c",
    "S3.4",
    "S4.1a",
    "S4.1b",
    "S4.1c",
    "S4.2",
    "S4.3a",
    "S4.3b",
    "S4.4",
    "S4.5",
]
NEW_IN_1_1 = ["S1.2b", "S1.4c", "S1.4d", "S2.2c", "S2.2d", "S4.2b", "S4.5b"]
T1_IDS = [f"T1.{n}" for n in range(1, 11)]


def original() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(OLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def migrated(cli: Cli, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "2025-syksy.yaml"
    shutil.copyfile(OLD, path)
    run = cli("migrate", path)
    assert run.code == 0, run.output
    return path, run.out


def test_the_fixture_answers_every_item_of_the_1_0_0_checklists() -> None:
    data = original()
    assert data["checklists"] == {"S1": "1.0.0", "S2": "1.0.0", "S3": "1.0.0", "S4": "1.0.0"}
    assert list(data["answers"]) == OLD_IDS


def test_every_checklist_moves_to_1_1_0_and_t1_is_pinned_too(migrated: tuple[Path, str]) -> None:
    path, out = migrated
    assert plain(path)["checklists"] == {
        "S1": "1.1.0", "S2": "1.1.0", "S3": "1.1.0", "S4": "1.1.0", "T1": "1.1.0"
    }  # fmt: skip
    for checklist in ("S1", "S2", "S3", "S4"):
        assert f"{checklist}: 1.0.0 → 1.1.0" in out
    assert "T1: not pinned → 1.1.0" in out


def test_no_answer_is_lost(migrated: tuple[Path, str]) -> None:
    path, _ = migrated
    before, after = original()["answers"], plain(path)
    kept = {**after["answers"], **after["orphaned"]}
    assert sorted(kept) == sorted(OLD_IDS)
    for item_id in OLD_IDS:
        moved = dict(kept[item_id])
        moved.pop("checklist_version", None)
        moved.pop("replaced_by", None)
        assert moved == before[item_id], item_id


def test_reworded_items_keep_their_ids_and_answers(migrated: tuple[Path, str]) -> None:
    path, _ = migrated
    answers = plain(path)["answers"]
    assert [item_id for item_id in OLD_IDS if item_id != "S1.4a"] == list(answers)
    assert answers["S4.3b"] == original()["answers"]["S4.3b"]  # reworded guidance and levels


def test_the_split_item_moves_to_orphaned_with_a_note_naming_the_new_items(
    migrated: tuple[Path, str],
) -> None:
    path, out = migrated
    orphaned = plain(path)["orphaned"]
    assert list(orphaned) == ["S1.4a"]
    assert orphaned["S1.4a"]["replaced_by"] == ["S1.4c", "S1.4d"]
    assert orphaned["S1.4a"]["checklist_version"] == "1.0.0"
    assert orphaned["S1.4a"]["ratings"] == {"tre": 3, "pirha": 2, "kela": 4}
    assert "S1.4a was split into S1.4c, S1.4d" in out
    assert "replaced_by: [S1.4c, S1.4d]" in path.read_text(encoding="utf-8")


def test_new_items_stay_unanswered_and_are_listed(migrated: tuple[Path, str]) -> None:
    path, out = migrated
    answers = plain(path)["answers"]
    listed = out.split("new items, unanswered: ")[1].splitlines()[0].split(", ")
    assert sorted(listed) == sorted([*NEW_IN_1_1, *T1_IDS])
    assert not set(listed) & set(answers)


def test_an_action_on_the_split_item_moves_to_the_new_items(migrated: tuple[Path, str]) -> None:
    path, out = migrated
    assert "action A1 now covers S1.4c, S1.4d instead of S1.4a" in out
    assert "still points at" not in out
    assert plain(path)["actions"][0]["items"] == ["S1.4c", "S1.4d"]


def test_the_migrated_file_is_valid_and_a_second_migrate_changes_nothing(
    cli: Cli, migrated: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = migrated
    status = cli("status", path)
    assert status.code == 0, status.output
    assert "migrate" not in status.err
    first = path.read_bytes()
    again = cli("migrate", path)
    assert again.code == 0
    assert "already on the current checklist versions" in again.out
    assert path.read_bytes() == first
    if CHECK_JSONSCHEMA.exists():
        result = check_jsonschema(schema_file(cli, tmp_path / "schema"), path)
        assert result.returncode == 0, result.stdout + result.stderr


def test_diff_shows_the_old_and_the_new_version_side_by_side(
    cli: Cli, migrated: tuple[Path, str]
) -> None:
    path, _ = migrated
    run = cli("diff", OLD, path, "--lang", "en")
    assert run.code == 0, run.output
    out = run.out
    for checklist in ("S1", "S2", "S3", "S4"):
        assert f"{checklist}: 1.0.0 → 1.1.0" in out
    assert "Answers to removed items" in out
    assert "S1.4a" in out
    for item_id in OLD_IDS:
        if item_id != "S1.4a":
            assert f"{item_id} " not in out, f"{item_id} did not change but diff lists it"
