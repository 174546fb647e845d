"""`yhdyspinta status`: counts per checklist, as a table and as JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment

TOTALS = {"S1": 9, "S2": 9, "S3": 6, "S4": 10, "T1": 10}


@pytest.fixture
def answered(cli: Cli, tmp_path: Path) -> Path:
    """S1: 3 levels (1 divergent), 1 don't know, 1 n/a; S2: 1 divergent; S4: 1 note only."""
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.1a", "--level", "2")
    answer(cli, path, "S1.2", "--level", "3", "--org", "tre", "--rating", "1",
           "--org", "pirha", "--rating", "4")  # fmt: skip
    answer(cli, path, "S1.3", "--level", "4", "--org", "tre", "--rating", "4",
           "--org", "kela", "--rating", "5")  # fmt: skip
    answer(cli, path, "S1.4c", "--dont-know")
    answer(cli, path, "S1.5", "--not-applicable", "Ei koske aluettamme")
    answer(cli, path, "S2.3", "--org", "kela", "--rating", "1", "--org", "tre", "--rating", "5")
    answer(cli, path, "S3.1", "--level", "5", "--target", "5")
    answer(cli, path, "S4.2", "--note", "Palataan tähän")
    return path


def test_json_counts_match_what_was_answered(cli: Cli, answered: Path) -> None:
    run = cli("status", "--json", answered)

    assert run.code == 0, run.output
    figures = json.loads(run.out)
    assert figures["file"] == str(answered)
    by_id = {entry["id"]: entry for entry in figures["checklists"]}
    assert list(by_id) == ["S1", "S2", "S3", "S4", "T1"]
    assert {key: entry["total"] for key, entry in by_id.items()} == TOTALS
    s1, s2, s3, s4 = (by_id[key] for key in ("S1", "S2", "S3", "S4"))
    assert (s1["answered"], s1["dont_know"], s1["not_applicable"], s1["unanswered"]) == (3, 1, 1, 4)
    assert s1["unanswered_items"] == ["S1.1b", "S1.2b", "S1.4d", "S1.4b"]
    assert s1["divergent_items"] == ["S1.2"]
    # S2.3 has diverging ratings but no consensus yet: unanswered, and to discuss.
    assert (s2["answered"], s2["unanswered"], s2["divergent_items"]) == (0, 9, ["S2.3"])
    assert "S2.3" in s2["unanswered_items"]
    assert (s3["answered"], s3["unanswered"], s3["divergent_items"]) == (1, 5, [])
    assert (s4["answered"], s4["unanswered"]) == (0, 10)
    assert "S4.2" in s4["unanswered_items"]
    for entry in by_id.values():
        counted = entry["answered"] + entry["dont_know"] + entry["not_applicable"]
        assert counted + entry["unanswered"] == entry["total"]


def test_table_shows_the_same_counts(cli: Cli, answered: Path) -> None:
    run = cli("status", answered, "--lang", "en")

    assert run.code == 0, run.output
    rows = {cells[0]: cells for cells in _table_rows(run.out)}
    # answered, don't know, n/a, unanswered, missing target, divergent
    assert rows["S1"][2:] == ["3/9", "1", "1", "4", "3", "1"]
    assert rows["S2"][2:] == ["0/9", "0", "0", "9", "0", "1"]
    assert rows["S3"][2:] == ["1/6", "0", "0", "5", "0", "0"]
    assert rows["S4"][2:] == ["0/10", "0", "0", "10", "0", "0"]
    assert rows["T1"][2:] == ["0/10", "0", "0", "10", "0", "0"]
    assert "S1.2, S2.3" in run.out
    assert "Missing target (resume the walk or give --target): S1.1a, S1.2, S1.3" in run.out


def test_table_follows_the_assessment_language(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml", "--lang", "sv")

    run = cli("status", path)

    assert run.code == 0
    from yhdyspinta_cli.i18n import message

    assert message("answered", "sv") in run.out
    assert message("answered", "fi") not in run.out


def test_new_file_is_all_unanswered(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")

    figures = json.loads(cli("status", "--json", path).out)

    for entry in figures["checklists"]:
        assert entry["unanswered"] == entry["total"] == TOTALS[entry["id"]]
        assert entry["answered"] == entry["dont_know"] == entry["not_applicable"] == 0


def test_status_does_not_touch_the_file(cli: Cli, answered: Path) -> None:
    before = answered.read_bytes()

    cli("status", answered)
    cli("status", "--json", answered)

    assert answered.read_bytes() == before


def test_status_with_a_regional_checklist(cli: Cli, tmp_path: Path) -> None:
    from assessment_helpers import ASSESSMENTS

    custom = ASSESSMENTS / "checklists"
    path = new_assessment(cli, tmp_path / "a.yaml", "--checklists", str(custom))
    answer(cli, path, "HYTE.3", "--dont-know", "--checklists", str(custom))

    figures = json.loads(cli("status", "--json", path, "--checklists", custom).out)

    hyte = figures["checklists"][-1]
    assert (hyte["id"], hyte["total"], hyte["dont_know"], hyte["unanswered"]) == ("HYTE", 4, 1, 3)


def _table_rows(text: str) -> list[list[str]]:
    """The body rows of a rich table whose first cell is a checklist id."""
    rows = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in re.split(r"[│┃|]", line)[1:-1]]
        if cells and re.fullmatch(r"[ST][0-9]", cells[0]):
            rows.append(cells)
    return rows


def test_format_json_is_the_same_as_the_hidden_json_alias(cli: Cli, answered: Path) -> None:
    by_format = cli("status", answered, "--format", "json")
    assert by_format.code == 0
    assert json.loads(by_format.out) == json.loads(cli("status", "--json", answered).out)
    assert cli("status", answered, "--format", "text").out == cli("status", answered).out
    help_text = cli("status", "--help").out
    assert "--format" in help_text
    assert "--json" not in help_text  # kept for old scripts, not advertised
