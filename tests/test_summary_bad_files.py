"""Bad and foreign files don't stop a summary: each is listed with its reason and line, the summary
is still made from the good ones, and the exit code is 1 (0 when every file was used)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from summary_helpers import Cli, assessment_data, parse, tables_under, write_yaml

GOOD = """\
format: yhdyspinta/assessment
version: 1
region: Hyvä alue
date: '2026-03-14'
language: fi
organisations:
  - {key: tre, type: kunta, name: Tampere}
checklists: {S1: 1.0.0}
answers:
  S1.1a:
    current: 3
    ratings: {tre: 2}
actions: []
"""

# name: (file text, rule, line). Each is GOOD with one thing wrong, or something else entirely.
BAD: dict[str, tuple[str | bytes, str, int | None]] = {
    "yaml-syntax": (GOOD.replace("region: Hyvä alue", "region: [Hyvä alue"), "yaml-syntax", 4),
    "tab-indent": (GOOD.replace("    current: 3", "\tcurrent: 3"), "yaml-syntax", 11),
    "two-documents": (GOOD + "---\nformat: x\n", "yaml-syntax", 14),
    "python-tag": (
        GOOD.replace("region: Hyvä alue", "region: !!python/object:os.system x"),
        "yaml-syntax",
        3,
    ),
    "not-utf8": (
        GOOD.replace("Hyvä", "Hyv\udce4").encode("utf-8", "surrogateescape"),
        "yaml-syntax",
        None,
    ),
    "empty": ("", "empty-file", None),
    "a-list": ("- just\n- a list\n", "not-an-assessment", None),
    "no-format": ("services:\n  web:\n    image: nginx\n", "not-an-assessment", 1),
    "checklist": ("format: yhdyspinta/checklist\nid: S9\n", "not-an-assessment", 1),
    "version-2": (GOOD.replace("version: 1", "version: 2"), "unsupported-version", 2),
    "version-text": (GOOD.replace("version: 1", "version: '1'"), "wrong-type", 2),
    "no-region": (GOOD.replace("region: Hyvä alue\n", ""), "wrong-type", 1),
    "bad-date": (GOOD.replace("'2026-03-14'", "14.3.2026"), "wrong-type", 4),
    "no-such-day": (GOOD.replace("'2026-03-14'", "2026-02-30"), "wrong-type", 4),
    "orgs-mapping": (
        GOOD.replace("  - {key: tre, type: kunta, name: Tampere}", "  tre: kunta"),
        "wrong-type",
        7,
    ),
    "org-type": (GOOD.replace("type: kunta", "type: city"), "unknown-type", 7),
    "org-twice": (
        GOOD.replace(
            "  - {key: tre, type: kunta, name: Tampere}",
            "  - {key: tre, type: kunta, name: A}\n  - {key: tre, type: kela, name: B}",
        ),
        "duplicate-id",
        8,
    ),
    "answers-list": (GOOD.replace("answers:\n  S1.1a:", "answers:\n  - S1.1a:"), "wrong-type", 10),
    "complex-item-id": (GOOD.replace("  S1.1a:\n", "  ? [S1, 1a]\n  :\n"), "wrong-type", None),
    "level-7": (GOOD.replace("current: 3", "current: 7"), "unknown-level", 11),
    "level-text": (GOOD.replace("current: 3", "current: maybe"), "unknown-level", 11),
    "rating-unknown-org": (GOOD.replace("{tre: 2}", "{kela: 2}"), "unknown-organisation", 12),
    "rating-0": (GOOD.replace("{tre: 2}", "{tre: 0}"), "unknown-level", 12),
    "rating-yes": (GOOD.replace("{tre: 2}", "{tre: yes}"), "unknown-level", 12),
    "note-list": (
        GOOD.replace("    current: 3", "    current: 3\n    note: [a, b]"),
        "wrong-type",
        12,
    ),
}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_the_good_file_is_good(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "in", "good", GOOD)
    run = cli("summary", tmp_path / "in", "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["files"] == {"used": 1, "skipped": 0, "left_out_by_since": 0}
    assert run.err == ""


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_file_is_skipped_with_its_reason_and_line(
    cli: Cli, tmp_path: Path, name: str
) -> None:
    content, rule, line = BAD[name]
    write(tmp_path / "in", "good", GOOD)
    bad = write(tmp_path / "in", name, content)
    run = cli("summary", tmp_path / "in", "--format", "json")
    assert run.code == 1
    data = json.loads(run.out)
    assert data["files"]["used"] == 1  # the summary is still made from the good file
    assert [(s["file"], s["rule"], s["line"]) for s in data["skipped"]] == [(str(bad), rule, line)]
    location = f"{bad}:{line}:" if line else f"{bad}:1:1: "  # a whole-file problem: its start
    lines = run.err.splitlines()
    assert any(x.startswith(location) and x.endswith(f"({rule})") for x in lines), run.err


def test_every_bad_file_is_listed_in_the_markdown_and_the_rest_is_summarised(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write(folder, "good", GOOD)
    for name, (content, _, _) in BAD.items():
        write(folder, name, content)
    run = cli("summary", folder, "--lang", "en")
    assert run.code == 1
    tokens = parse(run.out)
    skipped = tables_under(tokens, "Skipped files")[0]
    assert skipped[0] == ["File", "Line", "Reason"]
    listed = {Path(row[0]).stem: row for row in skipped[1:]}
    assert set(listed) == set(BAD)
    for name, (_, rule, line) in BAD.items():
        assert listed[name][1] == (str(line) if line else "–")
        assert listed[name][2].endswith(f"({rule})")
    overview = tables_under(tokens, "Overall picture")[0]
    assert overview[1][1] == "1"  # S1's N: the good file's one answer
    assert f"{len(BAD)} file(s) skipped" in run.err


def test_reasons_say_what_to_do(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "in", "v2", BAD["version-2"][0])
    write(tmp_path / "in", "checklist", BAD["checklist"][0])
    write(tmp_path / "in", "level", BAD["level-7"][0])
    run = cli("summary", tmp_path / "in", "--format", "json")
    reasons = {Path(s["file"]).stem: s["reason"] for s in json.loads(run.out)["skipped"]}
    assert (
        reasons["v2"] == "assessment format version 2, this yhdyspinta reads 1; update yhdyspinta"
    )
    assert (
        reasons["checklist"]
        == "not an assessment (a yhdyspinta/checklist file); is this the right folder?"
    )
    assert (
        reasons["level"] == "S1.1a, current: 7 is not an answer; use 1–5, dont-know, not-applicable"
    )


def test_a_missing_path_is_listed_too(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "in", "good", GOOD)
    run = cli("summary", tmp_path / "in", tmp_path / "nope", "--format", "json")
    assert run.code == 1
    assert [(s["file"], s["rule"]) for s in json.loads(run.out)["skipped"]] == [
        (str(tmp_path / "nope"), "file-missing")
    ]


def test_nothing_to_read_is_an_error(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = cli("summary", tmp_path / "empty")
    assert run.code == 1
    assert "no assessment files" in run.err
    assert run.out == ""


def test_folders_are_searched_recursively_for_yaml_but_not_hidden_folders(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write_yaml(folder / "2025" / "a.yml", assessment_data("A", "2025-03-01"))
    write_yaml(folder / "2026" / "deep" / "b.yaml", assessment_data("B", "2026-03-01"))
    write(folder / ".git", "config", "not: ours\n")
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")
    run = cli("summary", folder, "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["files"]["used"] == 2


def test_answers_to_unknown_items_are_left_out_with_a_note(cli: Cli, tmp_path: Path) -> None:
    answers = {"S1.1a": {"current": 4}, "HYTE.1": {"current": 2}}
    write_yaml(tmp_path / "in" / "a.yaml", assessment_data("A", "2026-01-01", answers=answers))
    write_yaml(tmp_path / "in" / "b.yaml", assessment_data("B", "2026-01-01", answers=answers))
    run = cli("summary", tmp_path / "in", "--format", "json")
    assert run.code == 0
    data = json.loads(run.out)
    assert data["unknown_items"] == {"HYTE.1": 2}
    assert [i["id"] for i in data["items"]].count("HYTE.1") == 0
    assert "HYTE.1 (2 files)" in run.err
    markdown = cli("summary", tmp_path / "in", "--lang", "en").out
    assert (
        "left out (item: files). Add regional checklists with --checklists. HYTE.1: 2" in markdown
    )


def test_a_regional_checklist_makes_its_items_known(cli: Cli, tmp_path: Path) -> None:
    from conftest import DATA

    answers = {"HYTE.1": {"current": 2}}
    write_yaml(tmp_path / "in" / "a.yaml", assessment_data("A", "2026-01-01", answers=answers))
    run = cli(
        "summary", tmp_path / "in", "--format", "json", "--checklists", DATA / "custom_checklists"
    )
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["unknown_items"] == {}
    assert next(i for i in data["items"] if i["id"] == "HYTE.1")["median"] == 2.0
