"""`check` on files the tool itself writes: new, answer and action add, until the check passes."""

from __future__ import annotations

from pathlib import Path

from assessment_helpers import Cli, answer, new_assessment
from check_helpers import json_report

from yhdyspinta_cli.checklist.catalog import load_catalog


def rules(cli: Cli) -> list[str]:
    return [p["rule"] for p in json_report(cli("check", "--format", "json"))["problems"]]


def test_from_a_new_file_to_a_passing_check(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "yhdyspinta.yaml").write_text("language: fi\n", encoding="utf-8")
    (tmp_path / "assessments").mkdir()
    path = new_assessment(cli, tmp_path / "assessments" / "tre.yaml")
    required = [c for c in load_catalog().checklists if c.required]  # T1 is optional
    items = [item.id for checklist in required for item in checklist.items]

    assert rules(cli).count("not-addressed") == len(items)

    answer(cli, path, items[0], "--level", "2", "--target", "4",
           "--note", "Kuvaus puuttuu.\nPalataan syksyllä (laki 381/2023).")  # fmt: skip
    answer(cli, path, items[1], "--not-applicable", "Ei koske aluettamme")
    answer(cli, path, items[2], "--dont-know")
    for item in items[3:]:
        answer(cli, path, item, "--level", "3", "--target", "3")
    assert sorted(rules(cli)) == ["gap-without-action", "not-addressed"]

    answer(cli, path, items[2], "--level", "4", "--target", "4")
    add = ["action", "add", path, "--item", items[0], "--title", "Kuvataan ydintoimijat"]
    assert cli(*add, "--owner", "tre").code == 0
    assert rules(cli) == ["gap-without-action"]  # an action, but no due date yet

    assert cli("action", "edit", path, "A1", "--due", "2099-12-31").code == 0
    run = cli("check")
    assert run.code == 0, run.output
    assert f"{Path('assessments') / 'tre.yaml'}: Suositukset: 4/4 käsitelty." in run.out
