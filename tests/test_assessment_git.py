"""The file is made for git: small diffs, and a person's comments, quotes and layout survive."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer, lines_with, new_assessment, plain

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Testaaja",
    "GIT_AUTHOR_EMAIL": "testaaja@example.invalid",
    "GIT_COMMITTER_NAME": "Testaaja",
    "GIT_COMMITTER_EMAIL": "testaaja@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}
COMMENTS = (
    "# Tampereen seudun työllisyysalueen arviointi, kevät 2026.",
    "  # Kela ja Pirha näkevät tämän eri tavoin; palataan syksyllä.",
)
END_OF_LINE = "  # konsensus työpajassa"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str) -> str:
    """Run git in `repo` (with a test identity) and return its output."""
    import os

    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def committed(tmp_path: Path, source: Path) -> Path:
    """A git repository holding `source` as assessments/a.yaml, committed."""
    repo = tmp_path / "repo"
    (repo / "assessments").mkdir(parents=True)
    git(repo, "init", "-q")
    path = repo / "assessments" / "a.yaml"
    shutil.copyfile(source, path)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "kevät 2026")
    return path


def numstat(repo: Path) -> tuple[int, int]:
    """(added, deleted) lines in the working tree against the last commit."""
    rows = [line.split("\t") for line in git(repo, "diff", "--numstat").splitlines()]
    return sum(int(row[0]) for row in rows), sum(int(row[1]) for row in rows)


@pytest.mark.parametrize(
    "options",
    [
        ("--level", "4"),
        ("--target", "5"),
        ("--note", "Kokoonpano on nyt sovittu."),
        ("--evidence", "muistio-2026-03.pdf"),
    ],
)
def test_changing_one_answer_is_a_small_diff_that_keeps_comments(
    cli: Cli, tmp_path: Path, options: tuple[str, ...]
) -> None:
    path = committed(tmp_path, ASSESSMENTS / "commented.yaml")

    answer(cli, path, "S1.2", *options)

    added, deleted = numstat(path.parent.parent)
    assert added in (1, 2), git(path.parent.parent, "diff")
    assert deleted <= 2, git(path.parent.parent, "diff")
    text = path.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert comment in text.splitlines()
    assert [line for line in text.splitlines() if line.endswith(END_OF_LINE)] == [
        f"    current: {plain(path)['answers']['S1.2']['current']}{END_OF_LINE}"
    ]


def test_a_new_answer_only_adds_lines(cli: Cli, tmp_path: Path) -> None:
    path = committed(tmp_path, ASSESSMENTS / "commented.yaml")

    answer(cli, path, "S1.3", "--level", "2")

    added, deleted = numstat(path.parent.parent)
    assert (added, deleted) == (3, 0), git(path.parent.parent, "diff")
    assert list(plain(path)["answers"]) == ["S1.1a", "S1.2", "S1.3", "S2.1"]


def test_saving_without_a_change_leaves_the_file_as_committed(cli: Cli, tmp_path: Path) -> None:
    path = committed(tmp_path, ASSESSMENTS / "commented.yaml")

    answer(cli, path, "S1.2", "--level", "3", "--target", "4")

    assert git(path.parent.parent, "status", "--porcelain") == ""


def test_a_tool_written_file_diffs_small_too(cli: Cli, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    path = new_assessment(cli, repo / "a.yaml")
    for item in ("S1.1a", "S1.2", "S2.1", "S4.5"):
        answer(cli, path, item, "--level", "2", "--note", f"huomio {item}")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "työpaja")

    answer(cli, path, "S2.1", "--level", "3")

    added, deleted = numstat(repo)
    # `changed` may fall in the same second as before: one or two lines.
    assert added == deleted, git(repo, "diff")
    assert added in (1, 2), git(repo, "diff")


def test_quotes_and_four_space_indentation_stay(cli: Cli, tmp_path: Path) -> None:
    source = ASSESSMENTS / "quoted-4-spaces.yaml"
    path = tmp_path / "a.yaml"
    shutil.copyfile(source, path)

    answer(cli, path, "S1.2", "--level", "4")
    answer(cli, path, "S1.3", "--level", "2", "--evidence", "a.pdf", "--evidence", "b.pdf")

    before = source.read_text(encoding="utf-8").splitlines()
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [line for line in before if line not in after]
    assert changed == ["        current: 3", "        changed: '2026-03-14T10:32:00+02:00'"]
    assert "        current: 4" in after
    assert after[after.index("    S1.3:") : after.index("    S1.3:") + 5] == [
        "    S1.3:",
        "        current: 2",
        "        evidence:",
        "            - a.pdf",
        "            - b.pdf",
    ]


def test_non_ascii_is_written_as_is(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml", orgs=("tre:kunta:Tampereen kaupunki",))
    note = "Yhteistyö Åbolandin kanssa öisin ja päivisin ÄÖÅ äöå"

    answer(cli, path, "S1.2", "--level", "2", "--note", note, "--evidence", "Pöytäkirja.pdf")

    text = path.read_text(encoding="utf-8")
    assert f"note: {note}" in text
    assert "- Pöytäkirja.pdf" in text
    assert "region: Tampereen seutu" in text
    assert "\\x" not in text
    assert "\\u" not in text


def test_a_long_note_is_not_wrapped(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    note = " ".join(["yhdyspintatyön"] * 20)  # 299 characters, spaces to wrap at
    assert len(note) > 280

    answer(cli, path, "S1.2", "--note", note)

    assert lines_with(path.read_text(encoding="utf-8"), "note:") == [f"    note: {note}"]
    assert all(line == line.rstrip() for line in path.read_text(encoding="utf-8").splitlines())


def test_a_multi_line_note_is_a_literal_block(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    note = "Ensimmäinen havainto.\nToinen havainto.\n"

    answer(cli, path, "S1.2", "--note", note)

    text = path.read_text(encoding="utf-8")
    assert "    note: |\n      Ensimmäinen havainto.\n      Toinen havainto.\n" in text
    assert plain(path)["answers"]["S1.2"]["note"] == note


def test_dates_stay_iso_strings(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")

    data = plain(path)

    assert data["date"] == "2026-03-14"
    changed = data["answers"]["S1.2"]["changed"]
    assert isinstance(changed, str)
    from datetime import datetime

    assert datetime.fromisoformat(changed).tzinfo is not None
    assert "date: '2026-03-14'" in path.read_text(encoding="utf-8")


def test_hand_written_unquoted_dates_survive_a_save(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    text = (ASSESSMENTS / "commented.yaml").read_text(encoding="utf-8")
    text = text.replace("date: '2026-03-14'", "date: 2026-03-14")
    text = text.replace(
        "changed: '2026-03-14T10:15:00+02:00'", "changed: 2026-03-14T10:15:00+02:00"
    )
    path.write_text(text, encoding="utf-8")

    answer(cli, path, "S2.1", "--level", "2")

    after = path.read_text(encoding="utf-8")
    assert "date: 2026-03-14\n" in after
    assert "    changed: 2026-03-14T10:15:00+02:00\n" in after
    assert plain(path)["date"] == "2026-03-14"
    assert plain(path)["answers"]["S1.1a"]["changed"] == "2026-03-14T10:15:00+02:00"


def test_answers_out_of_order_are_stored_in_checklist_order(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")

    for item in ("S4.5", "S1.2", "S3.1", "S1.1a", "S2.5b", "S1.5", "S2.1"):
        answer(cli, path, item, "--level", "2")

    expected = ["S1.1a", "S1.2", "S1.5", "S2.1", "S2.5b", "S3.1", "S4.5"]
    assert list(plain(path)["answers"]) == expected


def test_checklist_order_holds_beside_an_answer_to_an_unknown_item(
    cli: Cli, tmp_path: Path
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "2")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("answers:\n", "answers:\n  S1.99:\n    current: 2\n"), "utf-8")

    answer(cli, path, "S2.1", "--level", "3")
    answer(cli, path, "S1.1a", "--level", "3")

    assert list(plain(path)["answers"]) == ["S1.1a", "S1.99", "S1.2", "S2.1"]


ENTRY_THEN_COMMENT = """\
answers:
  S1.2:
    current: 3  # sovittu
    note: Vanha huomio  # käsin
  # S2 käsitellään seuraavassa työpajassa.

  S2.1:
    current: 2
actions: []
"""


def with_answers(cli: Cli, path: Path, answers: str) -> Path:
    """A new assessment whose `answers:` section is `answers` (hand-written, with comments)."""
    new_assessment(cli, path)
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("answers: {}")]
    path.write_text(head + answers, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "options",
    [
        ("--note", ""),
        ("--evidence", "liite.pdf"),
        ("--target", "4"),
        ("--org", "tre", "--rating", "3", "--org", "kela", "--rating", "3"),
    ],
)
def test_a_comment_below_an_answer_stays_below_it(
    cli: Cli, tmp_path: Path, options: tuple[str, ...]
) -> None:
    path = with_answers(cli, tmp_path / "a.yaml", ENTRY_THEN_COMMENT)

    answer(cli, path, "S1.2", *options)

    text = path.read_text(encoding="utf-8")
    entry = text[text.index("  S1.2:\n") : text.index("  # S2 käsitellään")]
    assert "changed:" in entry  # every new key is inside the answer, above the comment
    assert text.count("  # S2 käsitellään seuraavassa työpajassa.\n\n  S2.1:\n") == 1
    assert "    current: 3  # sovittu\n" in text
    if options != ("--note", ""):
        assert "    note: Vanha huomio  # käsin\n" in text


def test_a_new_answer_goes_above_the_next_answers_comment(cli: Cli, tmp_path: Path) -> None:
    path = with_answers(cli, tmp_path / "a.yaml", ENTRY_THEN_COMMENT)

    answer(cli, path, "S1.3", "--level", "1")

    text = path.read_text(encoding="utf-8")
    assert text.index("  S1.2:") < text.index("  S1.3:") < text.index("  # S2 käsitellään")
    assert "  # S2 käsitellään seuraavassa työpajassa.\n\n  S2.1:\n" in text
    assert "    note: Vanha huomio  # käsin\n" in text


def test_a_comment_after_the_last_list_item_stays_below_the_answer(
    cli: Cli, tmp_path: Path
) -> None:
    answers = ENTRY_THEN_COMMENT.replace(
        "    note: Vanha huomio  # käsin\n", "    evidence:\n      - muistio.pdf\n"
    )
    path = with_answers(cli, tmp_path / "a.yaml", answers)

    answer(cli, path, "S1.2", "--evidence", "uusi.pdf")

    text = path.read_text(encoding="utf-8")
    assert "      - uusi.pdf\n    changed: '" in text
    assert "  # S2 käsitellään seuraavassa työpajassa.\n\n  S2.1:\n" in text
