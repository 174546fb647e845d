"""`yhdyspinta diff OLD NEW` on two files: what changed, in words, per item and per action."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer
from conftest import Run

COMMENTED = ASSESSMENTS / "commented.yaml"


def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    shutil.copyfile(COMMENTED, old)
    shutil.copyfile(COMMENTED, new)
    return old, new


def diff(cli: Cli, old: Path, new: Path, *options: str) -> Run:
    run = cli("diff", old, new, "--lang", "en", *options)
    assert run.code == 0, run.output
    return run


def action(cli: Cli, path: Path, *args: str) -> None:
    run = cli("action", *args[:1], path, *args[1:])
    assert run.code == 0, run.output


def block(text: str, heading: str) -> list[str]:
    """The indented lines under one heading line of the text output."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith(" ")), len(lines))
    return lines[start:end]


def test_answer_changes_are_listed_per_item_under_their_recommendation(
    cli: Cli, tmp_path: Path
) -> None:
    old, new = two_versions(tmp_path)
    answer(cli, new, "S1.2", "--level", "4", "--target", "5", "--note", "Kokoonpano sovittu.")
    answer(cli, new, "S1.2", "--org", "kela", "--rating", "3")
    answer(cli, new, "S1.3", "--level", "2")
    answer(cli, new, "S2.1", "--not-applicable", "Ei koske aluetta")

    run = diff(cli, old, new)

    assert block(run.out, "S1 Regional structures that support cooperation") == [
        "  S1.2 changed",
        "    Level: 3 Partly in place → 4 Established",
        "    Target: 4 Established → 5 Continuously improving",
        "    Rating: kela: – → 3 Partly in place",
        "    Note: Foorumit ovat olemassa, mutta kokoonpano vaihtelee. → Kokoonpano sovittu.",
        "    Participants: tre, pirha → tre, pirha, kela",
        "  S1.3 added",
        "    Level: – → 2 Ad hoc",
    ]
    assert block(run.out, "S2 Leading the cooperation") == [
        "  S2.1 changed",
        "    Level: Don't know → Not applicable",
        "    Reason: – → Ei koske aluetta",
    ]


def test_a_removed_answer_is_listed_as_removed(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    text = new.read_text(encoding="utf-8")
    start, end = text.index("  S2.1:\n"), text.index("actions:")
    new.write_text(text[:start] + text[end:], encoding="utf-8")

    run = diff(cli, old, new)

    assert "  S2.1 removed\n    Level: Don't know → –\n" in run.out


def test_actions_added_closed_and_re_dated_are_named_so(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    for path in (old, new):
        action(cli, path, "add", "--item", "S1.2", "--title", "Foorumi", "--owner", "tre")
        action(cli, path, "add", "--item", "S2.1", "--title", "Tilannekuva", "--owner", "kela")
        action(cli, path, "edit", "A2", "--due", "2026-06-30")
    action(cli, new, "done", "A1")
    action(cli, new, "edit", "A2", "--due", "2026-09-30", "--responsible", "johtaja")
    action(cli, new, "add", "--item", "S1.2", "--title", "Kuvaus", "--owner", "pirha")

    run = diff(cli, old, new)

    assert block(run.out, "Actions") == [
        "  A1 closed: Foorumi",
        "    Status: planned → done",
        "  A2 re-dated, changed: Tilannekuva",
        "    Responsible: – → johtaja",
        "    Due: 2026-06-30 → 2026-09-30",
        "  A3 added: Kuvaus · Owner: pirha · Due: – · Status: planned",
    ]


def test_an_added_and_a_removed_action_are_one_line_each(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    action(cli, old, "add", "--item", "S2.1", "--title", "Tilannekuva", "--owner", "kela",
           "--due", "2026-06-30", "--responsible", "johtaja", "--measure", "raportti")  # fmt: skip
    action(cli, new, "add", "--item", "S1.2", "--title", "Foorumi", "--owner", "tre",
           "--due", "2027-01-31", "--status", "in-progress")  # fmt: skip
    text = new.read_text(encoding="utf-8").replace("- id: A1\n", "- id: A2\n")
    new.write_text(text, encoding="utf-8")

    run = diff(cli, old, new)

    assert block(run.out, "Actions") == [
        "  A1 removed: Tilannekuva · Owner: kela · Due: 2026-06-30 · Status: planned",
        "  A2 added: Foorumi · Owner: tre · Due: 2027-01-31 · Status: in progress",
    ]


def test_the_files_details_are_compared_too(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    text = new.read_text(encoding="utf-8").replace("date: '2026-03-14'", "date: '2026-09-20'")
    text = text.replace("    name: Kela\n", "    name: Kela Pirkanmaa\n")
    new.write_text(text, encoding="utf-8")

    run = diff(cli, old, new)

    assert block(run.out, "Assessment details") == [
        "  Date: 2026-03-14 → 2026-09-20",
        "  Organisation: kela: Kela (kela) → Kela Pirkanmaa (kela)",
    ]


def test_identical_content_is_no_change_whatever_the_layout(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    text = new.read_text(encoding="utf-8").replace("  # konsensus työpajassa", "")
    text = text.replace(
        "changed: '2026-03-14T11:02:00+02:00'", "changed: '2026-03-15T09:00:00+02:00'"
    )
    new.write_text(text, encoding="utf-8")

    run = diff(cli, old, new)

    assert run.out.splitlines()[-1] == "No changes."
    assert cli("diff", old, new, "--exit-code").code == 0


def test_exit_code_is_zero_with_changes_unless_asked(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    answer(cli, new, "S1.2", "--level", "4")

    assert cli("diff", old, new).code == 0
    assert cli("diff", old, new, "--exit-code").code == 1


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "    Taso: 3 Osittain toteutunut → 4 Vakiintunut"),
        ("sv", "    Nivå: 3 Delvis genomfört → 4 Etablerat"),
    ],
)
def test_the_words_follow_the_language(cli: Cli, tmp_path: Path, lang: str, expected: str) -> None:
    old, new = two_versions(tmp_path)
    answer(cli, new, "S1.2", "--level", "4")

    run = cli("diff", old, new, "--lang", lang)

    assert expected in run.out.splitlines()


def test_the_assessments_own_language_is_the_default(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)  # language: fi
    answer(cli, new, "S1.2", "--level", "4")

    run = cli("diff", old, new)

    assert "  S1.2 muutettu" in run.out.splitlines()


def test_an_invalid_version_is_reported_with_its_line(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    text = new.read_text(encoding="utf-8").replace("    current: 2\n", "    current: 9\n", 1)
    new.write_text(text, encoding="utf-8")

    run = cli("diff", old, new)

    assert run.code == 1
    assert f"{new}:27:14: [error] unknown level 9" in run.err
    assert "Traceback" not in run.output


def test_answers_moved_to_orphaned_are_shown_in_their_own_section(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    text = new.read_text(encoding="utf-8")
    moved = "  S2.1:\n    current: dont-know\n    changed: '2026-03-14T11:02:00+02:00'\n"
    assert moved in text
    new.write_text(text.replace(moved, "") + "orphaned:\n" + moved, encoding="utf-8")

    run = diff(cli, old, new)

    assert block(run.out, "S2 Leading the cooperation") == [
        "  S2.1 removed",
        "    Level: Don't know → –",
    ]
    assert block(run.out, "Answers to removed items") == [
        "  S2.1 added",
        "    Level: – → Don't know",
    ]


def test_a_multi_line_note_is_one_line_of_the_output(cli: Cli, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    answer(cli, new, "S2.1", "--note", "Ensimmäinen havainto.\nToinen havainto.\n")

    run = diff(cli, old, new)

    assert block(run.out, "S2 Leading the cooperation") == [
        "  S2.1 changed",
        "    Note: – → Ensimmäinen havainto. Toinen havainto.",
    ]
