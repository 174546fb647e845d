"""`yhdyspinta answer`: every option, and every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment, plain

ITEM = "S1.2"


@pytest.fixture
def file(cli: Cli, tmp_path: Path) -> Path:
    return new_assessment(cli, tmp_path / "a.yaml")


def stored(path: Path, item: str = ITEM) -> dict[str, object]:
    entry = plain(path)["answers"][item]
    assert isinstance(entry, dict)
    return entry


def test_level_target_note_and_evidence(cli: Cli, file: Path) -> None:
    run = answer(
        cli, file, ITEM, "--level", "3", "--target", "4", "--note", "Sovittu kevään aikana",
        "--evidence", "https://example.invalid/muistio", "--evidence", "Yhteistyösopimus 2025.pdf",
    )  # fmt: skip

    assert f"{ITEM} saved in {file}" in run.out
    entry = stored(file)
    assert entry["current"] == 3
    assert entry["target"] == 4
    assert entry["note"] == "Sovittu kevään aikana"
    assert entry["evidence"] == ["https://example.invalid/muistio", "Yhteistyösopimus 2025.pdf"]
    assert isinstance(entry["changed"], str)
    assert entry["changed"].startswith("20")


def test_dont_know(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--dont-know")

    assert stored(file)["current"] == "dont-know"


def test_not_applicable_keeps_its_reason(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--not-applicable", "Alueella ei ole Kelan palvelupistettä")

    entry = stored(file)
    assert entry["current"] == "not-applicable"
    assert entry["reason"] == "Alueella ei ole Kelan palvelupistettä"


def test_a_level_after_not_applicable_drops_the_reason(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--not-applicable", "ei koske")
    answer(cli, file, ITEM, "--level", "2")

    entry = stored(file)
    assert entry["current"] == 2
    assert "reason" not in entry


def test_ratings_set_spread_discuss_and_participants(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--org", "tre", "--rating", "2", "--org", "pirha", "--rating", "4")

    entry = stored(file)
    assert entry["ratings"] == {"tre": 2, "pirha": 4}
    assert entry["spread"] == 2
    assert entry["discuss"] is True
    assert entry["participants"] == ["tre", "pirha"]
    assert "current" not in entry


def test_close_ratings_are_not_flagged(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--org", "tre", "--rating", "3", "--org", "kela", "--rating", "4")

    entry = stored(file)
    assert entry["spread"] == 1
    assert "discuss" not in entry


def test_ratings_add_up_across_answers(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--org", "tre", "--rating", "3")
    answer(cli, file, ITEM, "--org", "kela", "--rating", "dont-know")
    answer(cli, file, ITEM, "--org", "pirha", "--rating", "5")

    entry = stored(file)
    assert entry["ratings"] == {"tre": 3, "kela": "dont-know", "pirha": 5}
    assert entry["spread"] == 2
    assert entry["discuss"] is True
    assert entry["participants"] == ["tre", "kela", "pirha"]


def test_a_changed_rating_can_clear_the_discussion_flag(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--org", "tre", "--rating", "1", "--org", "pirha", "--rating", "4")
    answer(cli, file, ITEM, "--org", "tre", "--rating", "4")

    entry = stored(file)
    assert entry["spread"] == 0
    assert "discuss" not in entry


def test_keys_of_an_answer_are_in_canonical_order(cli: Cli, file: Path) -> None:
    # Given in the "wrong" order over several runs, stored in one order.
    answer(cli, file, ITEM, "--note", "n")
    answer(cli, file, ITEM, "--evidence", "e")
    answer(cli, file, ITEM, "--org", "tre", "--rating", "1", "--org", "kela", "--rating", "4")
    answer(cli, file, ITEM, "--not-applicable", "syy")
    answer(cli, file, ITEM, "--target", "4")

    assert list(stored(file)) == [
        "current", "reason", "target", "ratings", "spread", "discuss", "note", "evidence",
        "participants", "changed",
    ]  # fmt: skip


def test_empty_note_removes_it(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--level", "3", "--note", "väliaikainen")
    answer(cli, file, ITEM, "--note", "")

    assert "note" not in stored(file)
    assert stored(file)["current"] == 3


def test_evidence_replaces_the_old_list(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--evidence", "a", "--evidence", "b")
    answer(cli, file, ITEM, "--evidence", "c")

    assert stored(file)["evidence"] == ["c"]


def test_unchanged_answer_keeps_its_changed_stamp(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--level", "3", "--target", "4")
    text = file.read_text(encoding="utf-8")
    stamp = stored(file)["changed"]
    old = text.replace(f"changed: '{stamp}'", "changed: '2025-01-02T03:04:05+02:00'")
    file.write_text(old, encoding="utf-8")

    answer(cli, file, ITEM, "--level", "3", "--target", "4")

    assert file.read_text(encoding="utf-8") == old


def test_a_real_change_updates_the_changed_stamp(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--level", "3")
    text = file.read_text(encoding="utf-8")
    stamp = stored(file)["changed"]
    file.write_text(text.replace(str(stamp), "2025-01-02T03:04:05+02:00"), encoding="utf-8")

    answer(cli, file, ITEM, "--level", "4")

    assert stored(file)["changed"] != "2025-01-02T03:04:05+02:00"


def test_other_answers_are_untouched(cli: Cli, file: Path) -> None:
    answer(cli, file, "S1.1a", "--level", "2", "--note", "ensimmäinen")
    before = stored(file, "S1.1a")

    answer(cli, file, ITEM, "--level", "5")

    assert stored(file, "S1.1a") == before


@pytest.mark.parametrize("item", ["S9.9", "S1.99", "HYTE.1"])
def test_unknown_item_is_an_error_naming_it(cli: Cli, file: Path, item: str) -> None:
    before = file.read_bytes()

    run = cli("answer", file, item, "--level", "3")

    assert run.code == 2  # a bad argument: usage (issue 15.19)
    assert f"unknown item '{item}'" in run.err
    assert file.read_bytes() == before


def test_an_id_in_another_case_is_the_item_it_names(cli: Cli, file: Path) -> None:
    run = cli("answer", file, "s1.2", "--level", "3")

    assert run.code == 0, run.err
    assert stored(file, "S1.2")["current"] == 3
    assert "s1.2" not in file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("item", "suggestion"),
    [("S1.1", "did you mean S1.1a or S1.1b?"), ("S11a", "did you mean S1.1a?")],
)
def test_a_near_miss_suggests_the_nearest_items(
    cli: Cli, file: Path, item: str, suggestion: str
) -> None:
    before = file.read_bytes()

    run = cli("answer", file, item, "--level", "3")

    assert run.code == 2  # a bad argument: usage (issue 15.19)
    assert run.err == f"error: unknown item '{item}'; {suggestion}\n"
    assert file.read_bytes() == before


def test_unknown_organisation_is_an_error(cli: Cli, file: Path) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM, "--org", "hus", "--rating", "3")

    assert run.code == 2  # a bad argument: usage (issue 15.19)
    assert "unknown organisation 'hus'" in run.err
    assert "kela, pirha, tre" in run.err
    assert file.read_bytes() == before


@pytest.mark.parametrize(
    "options",
    [
        ("--level", "0"),
        ("--level", "6"),
        ("--level", "-1"),
        ("--target", "9"),
        ("--org", "tre", "--rating", "7"),
        ("--org", "tre", "--rating", "kolme"),
    ],
)
def test_level_outside_the_scale_is_an_error(cli: Cli, file: Path, options: tuple[str]) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM, *options)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert run.err.startswith("error: --")
    assert len(run.err.strip().splitlines()) == 1
    assert file.read_bytes() == before


@pytest.mark.parametrize("reason", ["", "   "])
def test_not_applicable_needs_a_reason(cli: Cli, file: Path, reason: str) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM, "--not-applicable", reason)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert "needs a reason" in run.err
    assert file.read_bytes() == before


def test_not_applicable_without_a_value_is_a_usage_error(cli: Cli, file: Path) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM, "--not-applicable")

    assert run.code == 2
    assert "--not-applicable" in run.err
    assert "Traceback" not in run.output
    assert file.read_bytes() == before


def test_answer_with_nothing_to_set_is_an_error(cli: Cli, file: Path) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert "nothing to set" in run.err
    assert file.read_bytes() == before


def test_empty_evidence_removes_it(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--level", "2", "--evidence", "a.pdf")
    answer(cli, file, ITEM, "--evidence", "")

    assert "evidence" not in stored(file)
    answer(cli, file, ITEM, "--evidence", "b.pdf", "--evidence", " ")
    assert stored(file)["evidence"] == ["b.pdf"]


def test_an_update_that_sets_nothing_leaves_no_empty_answer(cli: Cli, file: Path) -> None:
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.store import open_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    catalog = load_catalog()
    opened = open_assessment(file, catalog)
    before = opened.render()

    set_answer(opened, ITEM, AnswerUpdate(note=""), catalog, "2026-03-14T10:00:00+02:00")

    assert opened.render() == before


@pytest.mark.parametrize(
    "options",
    [
        ("--level", "3", "--dont-know"),
        ("--level", "3", "--not-applicable", "syy"),
        ("--dont-know", "--not-applicable", "syy"),
    ],
)
def test_only_one_kind_of_answer(cli: Cli, file: Path, options: tuple[str]) -> None:
    before = file.read_bytes()

    run = cli("answer", file, ITEM, *options)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert "only one of" in run.err
    assert file.read_bytes() == before


def test_org_and_rating_come_in_pairs(cli: Cli, file: Path) -> None:
    run = cli("answer", file, ITEM, "--org", "tre", "--org", "kela", "--rating", "3")

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert "in pairs" in run.err


def test_not_applicable_drops_the_target(cli: Cli, file: Path) -> None:
    answer(cli, file, ITEM, "--level", "2", "--target", "4")
    answer(cli, file, ITEM, "--not-applicable", "Alueella yksi kunta")

    entry = stored(file)
    assert entry["current"] == "not-applicable"
    assert entry["reason"] == "Alueella yksi kunta"
    assert "target" not in entry


def test_a_target_below_the_current_level_is_saved_with_a_warning(cli: Cli, file: Path) -> None:
    run = cli("answer", file, ITEM, "--level", "4", "--target", "2")

    assert run.code == 0
    assert stored(file, ITEM)["target"] == 2
    assert run.err == (
        f"warning: {ITEM}: the target 2 is below the current level 4; "
        "if that was a slip, set it again with --target N\n"
    )
    assert cli("answer", file, ITEM, "--target", "5").err == ""


def test_a_near_miss_is_suggested_in_the_users_language(
    cli: Cli, file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    run = cli("answer", file, "S1.1", "--level", "3")
    assert run.code != 0
    assert "tuntematon kohta 'S1.1'; tarkoititko S1.1a vai S1.1b?" in run.err
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert "okänd punkt 'S11a'; menade du S1.1a?" in cli("answer", file, "S11a", "--level", "3").err
