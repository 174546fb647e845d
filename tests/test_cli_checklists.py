"""`yhdyspinta checklists`: the list, `show`, `--json`, languages and regional checklists."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA, REPO, Run

BUNDLED = ["S1", "S2", "S3", "S4", "T1"]  # the recommendations, then the optional themes
HYTE = DATA / "custom_checklists" / "hyte.yaml"


def repo_checklist(checklist_id: str) -> dict[str, Any]:
    path = REPO / "checklists" / f"{checklist_id.lower()}.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def flatten(output: str) -> str:
    """Terminal output as one line of words: borders gone, wrapped lines joined."""
    words = []
    for line in output.splitlines():
        words.append(line.strip(" │┃╭╮╰╯─━┏┓┗┛┡┩└┘├┤┼╇"))
    return " ".join(" ".join(words).split())


def table_rows(output: str) -> dict[str, list[str]]:
    """The list table as {id: [title, items, version, origin]}, wrapped cells joined."""
    rows: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in output.splitlines():
        if not line.startswith("│"):
            current = None if not line.startswith(("┃", "┏", "┡")) else current
            continue
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        if cells[0]:
            current = rows.setdefault(cells[0], cells[1:])
        elif current is not None:
            current[:] = [f"{a} {b}".strip() for a, b in zip(current, cells[1:], strict=True)]
    return rows


def custom_folder(tmp_path: Path, *files: tuple[str, str]) -> Path:
    folder = tmp_path / "regional"
    folder.mkdir()
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def hyte_text() -> str:
    return HYTE.read_text(encoding="utf-8")


def test_list_shows_the_four_recommendations_with_their_item_counts(
    cli: Callable[..., Run],
) -> None:
    run = cli("checklists")
    assert run.code == 0, run.output
    rows = table_rows(run.out)
    assert list(rows) == BUNDLED
    for checklist_id, (title, count, version, _) in rows.items():
        data = repo_checklist(checklist_id)
        assert count == str(len(data["items"]))
        assert title == data["title"]["fi"]
        assert version == data["version"]
    total = sum(len(repo_checklist(c)["items"]) for c in BUNDLED)
    [total_line] = [line for line in run.out.splitlines() if "Yhteensä" in line]
    assert [cell.strip() for cell in total_line.split("│")][2:4] == ["Yhteensä", str(total)]


@pytest.mark.parametrize(
    ("lang", "header"), [("fi", "Suositus"), ("sv", "Rekommendation"), ("en", "Recommendation")]
)
def test_list_in_each_language(lang: str, header: str, cli: Callable[..., Run]) -> None:
    run = cli("checklists", "--lang", lang)
    assert run.code == 0, run.output
    assert header in run.out
    titles = {cid: row[0] for cid, row in table_rows(run.out).items()}
    assert titles == {c: repo_checklist(c)["title"][lang] for c in BUNDLED}


@pytest.mark.parametrize(
    ("option", "configured", "locale", "expected"),
    [
        (None, None, None, "fi"),
        (None, None, "sv_FI.UTF-8", "sv"),
        (None, None, "en_GB.UTF-8", "en"),
        (None, None, "de_DE.UTF-8", "fi"),
        (None, "en", "sv_FI.UTF-8", "en"),
        ("fi", "en", "sv_FI.UTF-8", "fi"),
        ("sv", None, "en_US.UTF-8", "sv"),
    ],
)
def test_language_comes_from_option_then_config_then_locale_then_finnish(
    option: str | None,
    configured: str | None,
    locale: str | None,
    expected: str,
    cli: Callable[..., Run],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    if configured:
        (tmp_path / "yhdyspinta.yaml").write_text(f"language: {configured}\n", encoding="utf-8")
    if locale:
        monkeypatch.setenv("LANG", locale)
    run = cli("checklists", *(["--lang", option] if option else []))
    assert run.code == 0, run.output
    assert table_rows(run.out)["S2"][0] == repo_checklist("S2")["title"][expected]


def test_json_for_scripts(cli: Callable[..., Run]) -> None:
    run = cli("checklists", "--json")
    assert run.code == 0, run.output
    data = json.loads(run.out)
    scale = yaml.safe_load((REPO / "checklists" / "scale.yaml").read_text(encoding="utf-8"))
    assert [level["value"] for level in data["scale"]["levels"]] == [
        level["value"] for level in scale["levels"]
    ]
    for level in data["scale"]["levels"]:
        assert set(level["label"]) == {"fi", "sv", "en"}
    special = {answer["key"]: answer for answer in data["scale"]["special"]}
    assert set(special) == {"dont-know", "not-applicable"}
    assert special["dont-know"]["option"] == "--dont-know"
    assert special["not-applicable"]["option"] == "--not-applicable"
    assert special["not-applicable"]["requires_reason"] is True
    assert special["dont-know"]["label"] == {
        "fi": "En osaa sanoa",
        "sv": "Vet inte",
        "en": "Don't know",
    }
    assert [r["id"] for r in data["recommendations"]] == BUNDLED
    for recommendation in data["recommendations"]:
        source = repo_checklist(recommendation["id"])
        assert recommendation["version"] == source["version"]
        assert recommendation["title"] == source["title"]
        assert [i["id"] for i in recommendation["items"]] == [i["id"] for i in source["items"]]
        for item, source_item in zip(recommendation["items"], source["items"], strict=True):
            assert item["question"] == source_item["question"]


def test_json_names_options_that_the_answer_command_accepts(cli: Callable[..., Run]) -> None:
    special = json.loads(cli("checklists", "--json").out)["scale"]["special"]
    help_text = cli("answer", "--help").out
    for answer in special:
        assert answer["option"] in help_text


def test_json_is_plain_even_on_a_narrow_terminal(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "20")
    run = cli("checklists", "--json")
    assert json.loads(run.out)["recommendations"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_show_prints_every_item_with_its_guidance_and_level_descriptors(
    lang: str, cli: Callable[..., Run]
) -> None:
    run = cli("checklists", "show", "S2", "--lang", lang)
    assert run.code == 0, run.output
    text = flatten(run.out)
    source = repo_checklist("S2")
    assert source["title"][lang] in text
    for item in source["items"]:
        assert f"─ {item['id']} ─" in run.out, item["id"]
        assert " ".join(item["question"][lang].split()) in text
        assert " ".join(item["guidance"][lang].split()) in text
        for level in item["levels"]:
            assert " ".join(level[lang].split()) in text, (item["id"], level["level"])


def test_show_accepts_a_lower_case_id(cli: Callable[..., Run]) -> None:
    run = cli("checklists", "show", "s3")
    assert run.code == 0
    assert "S3.1" in run.out


def test_show_unknown_id_is_one_line_and_exit_2(cli: Callable[..., Run]) -> None:
    run = cli("checklists", "show", "S9")
    assert run.code == 2  # a bad argument: usage (issue 15.19)
    assert run.out == ""
    assert run.err.count("\n") == 1
    assert "S9" in run.err
    assert "S1, S2, S3, S4" in run.err
    assert "Traceback" not in run.output


def test_regional_checklist_from_option_comes_after_the_national_ones(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    folder = custom_folder(tmp_path, ("hyte.yaml", hyte_text()))
    run = cli("checklists", "--checklists", folder, "--lang", "en")
    assert run.code == 0, run.output
    rows = table_rows(run.out)
    assert list(rows) == [*BUNDLED, "HYTE"]
    assert rows["HYTE"][:2] == ["Promoting health and wellbeing", "2"]
    assert rows["HYTE"][3] == "regional"
    assert rows["S1"][3] == "national"
    data = json.loads(cli("checklists", "--json", "--checklists", folder).out)
    assert [r["id"] for r in data["recommendations"]] == [*BUNDLED, "HYTE"]
    assert [i["id"] for i in data["recommendations"][-1]["items"]] == ["HYTE.1", "HYTE.2"]


def test_regional_checklist_from_the_config_found_by_walking_up(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "region"
    (project / "checklists").mkdir(parents=True)
    shutil.copy(HYTE, project / "checklists" / "hyte.yaml")
    (project / "yhdyspinta.yaml").write_text("checklists: checklists\n", encoding="utf-8")
    deeper = project / "assessments" / "2025"
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)
    assert list(table_rows(cli("checklists").out)) == [*BUNDLED, "HYTE"]
    data = json.loads(cli("checklists", "--json").out)
    assert [r["id"] for r in data["recommendations"]] == [*BUNDLED, "HYTE"]
    shown = cli("checklists", "show", "HYTE", "--lang", "sv")
    assert shown.code == 0
    assert "Främjande av välfärd och hälsa" in shown.out


def test_broken_regional_checklist_is_reported_with_its_location(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    broken = hyte_text().replace("actors: [kunta, hyvinvointialue, jarjesto]", "actors: [nuoriso]")
    broken = broken.replace("      sv: Har organisationerna", "      se: Har organisationerna")
    folder = custom_folder(tmp_path, ("hyte.yaml", broken))
    run = cli("checklists", "--checklists", folder)
    assert run.code == 1
    assert "Traceback" not in run.output
    lines = run.err.splitlines()
    line_of = {text: n for n, text in enumerate(broken.splitlines(), start=1)}
    actor_line = line_of["    actors: [nuoriso]"]
    assert any(
        line.startswith(f"{folder / 'hyte.yaml'}:{actor_line}:")
        and line.endswith("(unknown-actor)")
        for line in lines
    ), run.err
    assert any(line.endswith("(missing-translation)") for line in lines), run.err
    assert any(line.endswith("(unknown-key)") and "'se'" in line for line in lines), run.err


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("alias-bomb.yaml", "yaml-alias"),
        ("not-utf8.yaml", "not-utf8"),
        ("empty.yaml", "empty-file"),
    ],
)
def test_bad_regional_file_stops_the_command_with_its_problem(
    name: str, rule: str, cli: Callable[..., Run], tmp_path: Path
) -> None:
    folder = tmp_path / "regional"
    folder.mkdir()
    shutil.copy(DATA / "bad_checklists" / name, folder / name)
    run = cli("checklists", "--checklists", folder)
    assert run.code == 1
    assert run.err.splitlines() == [
        line for line in run.err.splitlines() if line.endswith(f"({rule})")
    ]
    assert run.err.startswith(str(folder / name))
    assert "Traceback" not in run.output


def test_regional_checklist_cannot_reuse_a_national_id(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    clash = hyte_text().replace("id: HYTE\n", "id: S1\n").replace("HYTE.", "S1.")
    folder = custom_folder(tmp_path, ("s1.yaml", clash))
    run = cli("checklists", "--checklists", folder)
    assert run.code == 1
    problems = [line for line in run.err.splitlines() if line.endswith("(duplicate-id)")]
    assert problems
    assert all(line.startswith(str(folder / "s1.yaml")) for line in problems)
    assert f"{folder / 's1.yaml'}:3:5: [error] id 'S1' is already used" in run.err


def test_missing_regional_folder_is_a_user_error(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("checklists", "--checklists", tmp_path / "nowhere")
    assert run.code == 1
    assert run.err.count("\n") == 1
    assert "(folder-missing)" in run.err


def test_invalid_config_is_reported_with_its_location(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "yhdyspinta.yaml").write_text("language: de\n", encoding="utf-8")
    run = cli("checklists")
    assert run.code == 2  # a configuration error (issue 15.19); found, so shown from here
    assert run.err.startswith("yhdyspinta.yaml:1:11: [error] ")
    assert "Traceback" not in run.output


def test_python_dash_m_runs_the_program(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "yhdyspinta_cli", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "yhdyspinta [OPTIONS] COMMAND" in result.stdout  # in the locale's language
    for command in ("checklists", "validate", "schema"):
        assert command in result.stdout


def test_help_lists_the_commands(cli: Callable[..., Run]) -> None:
    run = cli("--help")
    assert run.code == 0
    assert "yhdyspinta [OPTIONS] COMMAND" in run.out
    assert {"checklists", "validate", "schema"} <= set(flatten(run.out).split())


def test_version_names_the_tool_and_every_bundled_checklist(cli: Callable[..., Run]) -> None:
    from yhdyspinta_cli import __version__, resources

    result = cli("--version")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == f"yhdyspinta {__version__}"
    bundled = {}
    for path in resources.bundled_checklist_paths():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("format") == "yhdyspinta/checklist":
            bundled[data["id"]] = str(data["version"])
    assert dict(line.split(" ") for line in lines[1:]) == bundled
