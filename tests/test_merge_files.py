"""`yhdyspinta merge BASE OURS THEIRS` on three files, as git calls it: by item and action id.

Each test makes the base from a hand-written, commented file, edits two copies with the real
commands (or by hand, as a person would), merges, and reads the result written over OURS.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer, new_assessment, plain
from conftest import Run

COMMENTED = ASSESSMENTS / "commented.yaml"
COMMENTS = (
    "# Tampereen seudun työllisyysalueen arviointi, kevät 2026.",
    "  # Kela ja Pirha näkevät tämän eri tavoin; palataan syksyllä.",
    "    current: 3  # konsensus työpajassa",
)
# The note above `conflicts:`, in the language of the file (Finnish).
MARKER = "# yhdyspinta merge: molemmat puolet muuttivat näitä tietoja eri tavoin."


def versions(tmp_path: Path, source: Path = COMMENTED) -> tuple[Path, Path, Path]:
    """BASE, OURS and THEIRS, all copies of `source`."""
    paths = tuple(tmp_path / f"{name}.yaml" for name in ("base", "ours", "theirs"))
    for path in paths:
        shutil.copyfile(source, path)
    return paths[0], paths[1], paths[2]


def merge(cli: Cli, base: Path, ours: Path, theirs: Path) -> Run:
    return cli("merge", base, ours, theirs)


def edit(path: Path, old: str, new: str) -> None:
    """Change the file by hand, as a person would in an editor."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def action(cli: Cli, path: Path, *args: str) -> None:
    run = cli("action", *args[:1], path, *args[1:])
    assert run.code == 0, run.output


def conflicts(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = plain(path).get("conflicts", [])
    return found


def test_changes_to_different_items_merge_cleanly_and_keep_every_comment(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)
    answer(cli, ours, "S1.1a", "--level", "3")
    answer(cli, theirs, "S2.1", "--level", "2", "--target", "4")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    answers = plain(ours)["answers"]
    assert answers["S1.1a"]["current"] == 3
    assert (answers["S2.1"]["current"], answers["S2.1"]["target"]) == (2, 4)
    assert answers["S1.2"]["current"] == 3
    lines = ours.read_text(encoding="utf-8").splitlines()
    assert all(comment in lines for comment in COMMENTS)
    assert "conflicts" not in plain(ours)
    assert cli("status", ours).code == 0  # the result is a valid assessment


def test_the_same_field_changed_differently_keeps_ours_and_records_both(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)
    answer(cli, ours, "S1.2", "--level", "4")
    answer(cli, theirs, "S1.2", "--level", "2")

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    assert plain(ours)["answers"]["S1.2"]["current"] == 4
    assert conflicts(ours) == [{"path": "answers.S1.2.current", "base": 3, "ours": 4, "theirs": 2}]
    text = ours.read_text(encoding="utf-8")
    assert text.index(MARKER) < text.index("\nconflicts:\n")
    assert "answers.S1.2.current: base 3, ours 4, theirs 2" in run.err
    assert "    current: 4  # konsensus työpajassa" in text.splitlines()
    checked = cli("check", ours)
    assert "merge-conflict" in checked.output
    assert checked.code == 1


def test_a_note_on_one_side_and_a_level_on_the_other_merge_cleanly(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)
    answer(cli, ours, "S1.2", "--level", "4")
    answer(cli, theirs, "S1.2", "--note", "Kokoonpano sovittu.")
    stamps = [plain(p)["answers"]["S1.2"]["changed"] for p in (ours, theirs)]

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    merged = plain(ours)["answers"]["S1.2"]
    assert (merged["current"], merged["note"]) == (4, "Kokoonpano sovittu.")
    assert merged["changed"] == max(stamps)
    assert "conflicts" not in plain(ours)


def test_ratings_from_both_sides_merge_and_the_spread_is_recomputed(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)  # S1.2: tre 2, pirha 4, spread 2, discuss
    answer(cli, ours, "S1.2", "--org", "kela", "--rating", "3")
    answer(cli, theirs, "S1.2", "--org", "tre", "--rating", "4")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    merged = plain(ours)["answers"]["S1.2"]
    assert merged["ratings"] == {"tre": 4, "pirha": 4, "kela": 3}
    assert merged["spread"] == 1
    assert "discuss" not in merged
    assert merged["participants"] == ["tre", "pirha", "kela"]


def test_evidence_added_on_both_sides_is_all_kept(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    kept = plain(base)["answers"]["S1.2"]["evidence"][0]
    answer(cli, ours, "S1.2", "--evidence", kept, "--evidence", "meidan.pdf")
    answer(cli, theirs, "S1.2", "--evidence", "heidan.pdf")  # replaced the base's one

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    assert plain(ours)["answers"]["S1.2"]["evidence"] == ["meidan.pdf", "heidan.pdf"]


def test_actions_added_on_both_sides_are_kept_and_theirs_renumbered(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)
    action(cli, ours, "add", "--item", "S1.2", "--title", "Meidän", "--owner", "tre")
    action(cli, theirs, "add", "--item", "S2.1", "--title", "Heidän", "--owner", "kela")
    action(cli, theirs, "add", "--item", "S2.1", "--title", "Toinen", "--owner", "pirha")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    merged = {a["id"]: a["title"] for a in plain(ours)["actions"]}
    assert merged == {"A1": "Meidän", "A2": "Toinen", "A3": "Heidän"}
    assert "molemmat lisäsivät toimenpiteen A1: heidän on nyt A3" in run.out  # the file's language
    assert cli("status", ours).code == 0


def test_an_action_closed_on_one_side_and_re_dated_on_the_other_merges_cleanly(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "source.yaml"
    shutil.copyfile(COMMENTED, source)
    action(cli, source, "add", "--item", "S1.2", "--title", "Työryhmä", "--owner", "tre")
    action(cli, source, "edit", "A1", "--due", "2026-06-30")
    base, ours, theirs = versions(tmp_path, source)
    action(cli, ours, "done", "A1")
    action(cli, theirs, "edit", "A1", "--due", "2026-09-30", "--responsible", "johtaja")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    [merged] = plain(ours)["actions"]
    assert (merged["status"], merged["due"], merged["responsible"]) == (
        "done",
        "2026-09-30",
        "johtaja",
    )


def test_an_action_removed_on_one_side_and_edited_on_the_other_is_a_conflict(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "source.yaml"
    shutil.copyfile(COMMENTED, source)
    action(cli, source, "add", "--item", "S1.2", "--title", "Työryhmä", "--owner", "tre")
    base, ours, theirs = versions(tmp_path, source)
    text = ours.read_text(encoding="utf-8")
    ours.write_text(text[: text.index("actions:")] + "actions: []\n", encoding="utf-8")
    action(cli, theirs, "edit", "A1", "--title", "Työryhmä ja aikataulu")

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    assert plain(ours)["actions"] == []
    [entry] = conflicts(ours)
    assert (entry["path"], entry["ours"]) == ("actions.A1", None)
    assert entry["base"]["title"] == "Työryhmä"
    assert entry["theirs"]["title"] == "Työryhmä ja aikataulu"
    assert "    ours: null\n" in ours.read_text(encoding="utf-8")  # said, not left blank


def test_an_answer_both_sides_added_merges_field_by_field(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    answer(cli, ours, "S3.1", "--level", "2", "--note", "Meidän huomio")
    answer(cli, theirs, "S3.1", "--level", "2", "--target", "4")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    merged = plain(ours)["answers"]["S3.1"]
    assert (merged["current"], merged["target"], merged["note"]) == (2, 4, "Meidän huomio")


HEADED = """\
answers:
  S1.2:
    current: 3
    changed: '2026-03-14T10:00:00+02:00'
  # S2 käsitellään toisessa työpajassa.

  S2.1:
    current: 2
    changed: '2026-03-14T10:05:00+02:00'
actions: []
"""


def headed(cli: Cli, tmp_path: Path) -> Path:
    source = new_assessment(cli, tmp_path / "source.yaml")
    text = source.read_text(encoding="utf-8")
    source.write_text(text[: text.index("answers:")] + HEADED, encoding="utf-8")
    return source


HEADER = "  # S2 käsitellään toisessa työpajassa.\n\n  S2.1:\n"


@pytest.mark.parametrize("ours_item", [None, "S1.4c"], ids=["ours-elsewhere", "ours-too"])
def test_a_comment_above_an_item_stays_there_when_answers_are_inserted_before_it(
    cli: Cli, tmp_path: Path, ours_item: str | None
) -> None:
    base, ours, theirs = versions(tmp_path, headed(cli, tmp_path))
    answer(cli, theirs, "S1.3", "--level", "1")
    answer(cli, ours, ours_item or "S2.1", "--level", "4")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    text = ours.read_text(encoding="utf-8")
    assert text.count("# S2 käsitellään") == 1
    assert HEADER in text
    assert text.index("  S1.3:") < text.index(HEADER)
    expected = ["S1.2", "S1.3", *([ours_item] if ours_item else []), "S2.1"]
    assert list(plain(ours)["answers"]) == expected


def test_a_comment_their_side_wrote_is_kept(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    edit(theirs, "  S2.1:\n", "  # Kela tarkistaa tämän.\n  S2.1:\n")
    edit(theirs, "    target: 4\n    ratings:", "    target: 4  # tavoite 2027\n    ratings:")
    answer(cli, ours, "S1.1a", "--level", "3")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    text = ours.read_text(encoding="utf-8")
    assert "  # Kela tarkistaa tämän.\n  S2.1:\n" in text
    assert "    target: 4  # tavoite 2027\n" in text
    assert all(comment in text.splitlines() for comment in COMMENTS)


def test_our_end_of_line_comment_stays_when_their_value_replaces_ours(
    cli: Cli, tmp_path: Path
) -> None:
    base, ours, theirs = versions(tmp_path)
    answer(cli, theirs, "S1.2", "--level", "4")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    assert "    current: 4  # konsensus työpajassa" in ours.read_text(encoding="utf-8")


def test_an_organisation_their_side_added_is_merged(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    edit(
        theirs,
        "checklists:\n",
        "  - key: tyo\n    type: tyollisyysalue\n    name: TYP\nchecklists:\n",
    )
    answer(cli, ours, "S1.1a", "--level", "3")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    assert [o["key"] for o in plain(ours)["organisations"]] == ["tre", "pirha", "kela", "tyo"]


def test_an_unreadable_side_falls_back_to_gits_line_merge(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    edit(theirs, "version: 1\n", "version: 2\n")  # not a format this tool knows
    answer(cli, ours, "S2.1", "--level", "2")

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    assert "gitin rivikohtaista yhdistämistä" in run.err
    text = ours.read_text(encoding="utf-8")
    assert "version: 2\n" in text  # their side is not lost
    assert "  S2.1:\n    current: 2\n" in text  # nor ours


def test_broken_yaml_on_one_side_leaves_conflict_markers(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    edit(theirs, "region: Tampereen seudun työllisyysalue\n", "region: [Tampere\n")
    edit(ours, "region: Tampereen seudun työllisyysalue\n", "region: Tampere\n")

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    text = ours.read_text(encoding="utf-8")
    assert "<<<<<<< ours\nregion: Tampere\n=======\nregion: [Tampere\n>>>>>>> theirs\n" in text


def test_an_empty_base_when_both_sides_added_the_file(cli: Cli, tmp_path: Path) -> None:
    ours = new_assessment(cli, tmp_path / "ours.yaml")
    theirs = tmp_path / "theirs.yaml"
    shutil.copyfile(ours, theirs)
    base = tmp_path / "base.yaml"
    base.write_text("", encoding="utf-8")
    answer(cli, ours, "S1.2", "--level", "2")
    answer(cli, theirs, "S2.1", "--level", "3")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    assert list(plain(ours)["answers"]) == ["S1.2", "S2.1"]


def test_windows_line_endings_stay(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    for path in (base, ours, theirs):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    answer(cli, theirs, "S2.1", "--level", "2")

    run = merge(cli, base, ours, theirs)

    assert run.code == 0, run.output
    raw = ours.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert plain(ours)["answers"]["S2.1"]["current"] == 2


def test_a_comment_that_cannot_be_placed_is_reported_not_dropped(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "source.yaml"
    shutil.copyfile(COMMENTED, source)
    action(cli, source, "add", "--item", "S1.2", "--title", "Työryhmä", "--owner", "tre")
    base, ours, theirs = versions(tmp_path, source)
    text = ours.read_text(encoding="utf-8")
    ours.write_text(text[: text.index("actions:")] + "actions: []\n", encoding="utf-8")
    edit(theirs, "    owner: tre\n", "    owner: tre  # sovittu puhelimessa\n")
    action(cli, theirs, "edit", "A1", "--due", "2026-10-31")

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    assert "näitä kommentteja ei voitu sijoittaa; lisää ne käsin:" in run.err
    assert "    # sovittu puhelimessa" in run.err.splitlines()
    assert conflicts(ours)[0]["theirs"]["due"] == "2026-10-31"


def test_a_missing_file_is_named_and_nothing_is_written(cli: Cli, tmp_path: Path) -> None:
    base, ours, theirs = versions(tmp_path)
    before = ours.read_bytes()
    base.unlink()

    run = merge(cli, base, ours, theirs)

    assert run.code == 1
    assert run.err == f"error: no such file: {base}; git passes %O %A %B, in that order\n"
    assert ours.read_bytes() == before
