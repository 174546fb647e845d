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

# name: (file text, rule, line), the rule and line `status` gives (issue 9.5). Each is GOOD with
# one thing wrong, or something else entirely.
BAD: dict[str, tuple[str | bytes, str, int | None]] = {
    "yaml-syntax": (GOOD.replace("region: Hyvä alue", "region: [Hyvä alue"), "yaml-syntax", 4),
    "tab-indent": (GOOD.replace("    current: 3", "\tcurrent: 3"), "yaml-syntax", 11),
    "two-documents": (GOOD + "---\nformat: x\n", "yaml-syntax", 14),
    "python-tag": (
        GOOD.replace("region: Hyvä alue", "region: !!python/object:os.system x"),
        "yaml-tag",
        3,
    ),
    "not-utf8": (
        GOOD.replace("Hyvä", "Hyv\udce4").encode("utf-8", "surrogateescape"),
        "not-utf8",
        3,
    ),
    "empty": ("", "empty-file", None),
    "a-list": ("- just\n- a list\n", "wrong-type", 1),
    "no-format": ("services:\n  web:\n    image: nginx\n", "schema", 1),
    "checklist": ("format: yhdyspinta/checklist\nid: S9\n", "schema", 1),
    "version-2": (GOOD.replace("version: 1", "version: 2"), "schema", 2),
    "version-text": (GOOD.replace("version: 1", "version: '1'"), "schema", 2),
    "no-region": (GOOD.replace("region: Hyvä alue\n", ""), "schema", 1),
    "bad-date": (GOOD.replace("'2026-03-14'", "14.3.2026"), "schema", 4),
    "no-such-day": (GOOD.replace("'2026-03-14'", "2026-02-30"), "bad-date", 4),
    "orgs-mapping": (
        GOOD.replace("  - {key: tre, type: kunta, name: Tampere}", "  tre: kunta"),
        "wrong-type",
        7,
    ),
    "org-type": (GOOD.replace("type: kunta", "type: city"), "schema", 7),
    "org-twice": (
        GOOD.replace(
            "  - {key: tre, type: kunta, name: Tampere}",
            "  - {key: tre, type: kunta, name: A}\n  - {key: tre, type: kela, name: B}",
        ),
        "duplicate-id",
        8,
    ),
    "answers-list": (GOOD.replace("answers:\n  S1.1a:", "answers:\n  - S1.1a:"), "wrong-type", 10),
    "complex-item-id": (GOOD.replace("  S1.1a:\n", "  ? [S1, 1a]\n  :\n"), "bad-key", 10),
    "level-7": (GOOD.replace("current: 3", "current: 7"), "unknown-level", 11),
    "level-text": (GOOD.replace("current: 3", "current: maybe"), "schema", 11),
    "rating-unknown-org": (GOOD.replace("{tre: 2}", "{kela: 2}"), "unknown-organisation", 12),
    "rating-0": (GOOD.replace("{tre: 2}", "{tre: 0}"), "unknown-level", 12),
    "rating-yes": (GOOD.replace("{tre: 2}", "{tre: yes}"), "schema", 12),
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


def test_each_reason_is_the_line_status_prints(cli: Cli, tmp_path: Path) -> None:
    """One validation (issue 9.5): summary skips a file with exactly the problem `status` gives."""
    folder = tmp_path / "in"
    for name in ("version-2", "checklist", "level-7", "no-such-day", "rating-yes"):
        write(folder, name, BAD[name][0])
    run = cli("summary", folder, "--format", "json")
    skipped = json.loads(run.out)["skipped"]
    assert len(skipped) == 5
    for entry in skipped:
        status = cli("status", entry["file"])
        assert status.code == 1
        first = status.err.splitlines()[0]
        assert first.endswith(f"{entry['reason']} ({entry['rule']})"), (first, entry)
        assert first.startswith(f"{entry['file']}:{entry['line']}:")


UNHASHABLE = {
    "current-list": GOOD.replace("current: 3", "current: [2]"),
    "current-mapping": GOOD.replace("current: 3", "current: {a: 1}"),
    "rating-list": GOOD.replace("{tre: 2}", "{tre: [2]}"),
}


@pytest.mark.parametrize("name", list(UNHASHABLE))
def test_a_value_that_is_a_list_or_mapping_is_skipped_not_a_crash(
    cli: Cli, tmp_path: Path, name: str
) -> None:
    """Issue 15.10: `current: [2]` made summary exit 3 and stop the whole run."""
    write(tmp_path / "in", "good", GOOD)
    bad = write(tmp_path / "in", name, UNHASHABLE[name])
    run = cli("summary", tmp_path / "in", "--format", "json")
    assert run.code == 1, run.output
    data = json.loads(run.out)
    assert data["files"]["used"] == 1
    line = 12 if name == "rating-list" else 11
    assert [(s["file"], s["rule"], s["line"]) for s in data["skipped"]] == [
        (str(bad), "schema", line)
    ]


def test_a_utf16_file_is_skipped_like_status_refuses_it(cli: Cli, tmp_path: Path) -> None:
    """Issue 15.18: summary read a UTF-16 file that every other command refuses."""
    write(tmp_path / "in", "good", GOOD)
    bad = write(tmp_path / "in", "utf16", GOOD.encode("utf-16"))
    run = cli("summary", tmp_path / "in", "--format", "json")
    status = cli("status", bad)
    assert run.code == status.code == 1
    skipped = json.loads(run.out)["skipped"]
    assert [(s["rule"], s["line"]) for s in skipped] == [("not-utf8", 1)]
    assert status.err.startswith(f"{bad}:1:1: [error] file is UTF-16")


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
