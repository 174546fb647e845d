"""Problem lines speak the user's language: the locale's, or `--lang`'s (issue 9.3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli, new_assessment


def broken(cli: Cli, path: Path) -> Path:
    """An assessment with a day that does not exist and an answer to an unknown item."""
    new_assessment(cli, path)
    text = path.read_text(encoding="utf-8").replace("date: '2026-03-14'", "date: 2026-02-30")
    text = text.replace("answers: {}", "answers:\n  S9.9z:\n    current: 1")
    path.write_text(text, encoding="utf-8")
    return path


FINNISH = (
    "päivää 2026-02-30 ei ole olemassa",
    "vastaus tuntemattomaan kohtaan 'S9.9z'",
    "kohdalla S1.1a ei ole vastausta",
    "ja 14 samanlaista lisää",
)
SWEDISH = (
    "dagen 2026-02-30 finns inte",
    "svaret på den okända punkten 'S9.9z'",
    "punkten S1.1a saknar svar",
    "och 14 till av samma slag",
)
ENGLISH = (
    "there is no day 2026-02-30",
    "answer to unknown item 'S9.9z'",
    "item S1.1a has no answer",
    "and 14 more like this",
)


@pytest.mark.parametrize(
    ("locale", "option", "phrases"),
    [
        ("fi_FI.UTF-8", (), FINNISH),
        ("C", ("--lang", "sv"), SWEDISH),
        ("fi_FI.UTF-8", ("--lang", "sv"), SWEDISH),
        ("C", (), ENGLISH),
    ],
)
def test_status_and_check_say_the_problems_in_the_users_language(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locale: str,
    option: tuple[str, ...],
    phrases: tuple[str, ...],
) -> None:
    path = broken(cli, tmp_path / "a.yaml")
    monkeypatch.setenv("LANG", locale)
    date, item, unanswered, more = phrases

    status = cli("status", *option, path)
    check = cli("check", *option, path)

    assert status.code == check.code == 1, status.output + check.output
    assert date in status.err and "(bad-date)" in status.err
    assert date in check.output and item in check.output
    assert "(unknown-item)" in check.output
    assert unanswered in check.output and f"{more} (not-addressed)" in check.output


@pytest.mark.parametrize(
    ("content", "finnish", "swedish"),
    [
        (None, "tiedostoa ei löydy; tarkista polku", "filen hittades inte; kontrollera sökvägen"),
        ('a: "x\n', "tästä alkavaa lainausta ei suljeta", "ett citat som börjar här avslutas"),
    ],
)
def test_a_file_that_cannot_be_read_is_said_in_the_users_language(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str | None,
    finnish: str,
    swedish: str,
) -> None:
    path = tmp_path / "a.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")

    assert finnish in cli("status", path).err
    assert swedish in cli("status", "--lang", "sv", path).err


def test_a_reports_lang_is_the_language_of_its_notes_and_warnings_too(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Swedish room on an English laptop: `--lang sv` makes the notes around it Swedish."""
    path = broken(cli, tmp_path / "a.yaml")
    text = path.read_text(encoding="utf-8").replace("date: 2026-02-30", "date: '2026-03-14'")
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("LANG", "C")

    swedish = cli("report", "gaps", path, "--lang", "sv", "-o", tmp_path / "r.md")
    english = cli("report", "gaps", path, "-o", tmp_path / "r.md")

    assert swedish.code == 0, swedish.output
    assert "svaret på den okända punkten 'S9.9z'" in swedish.err
    assert swedish.out.startswith("skrev ")
    assert "answer to unknown item 'S9.9z'" in english.err and english.out.startswith("wrote ")
