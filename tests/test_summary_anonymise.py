"""--anonymise hides every real name behind stable pseudonyms; notes only with --include-notes."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path

import pytest
from summary_helpers import (
    Cli,
    as_dicts,
    assessment_data,
    inline_text,
    make_small,
    parse,
    tables_under,
    write_yaml,
)

REAL_NAMES = ("Tampere", "Oriveden", "Orivesi", "Vaasa", "Pirkanmaa", "Pohjanmaa", "Pirha", "seutu")
NOTE = "Tampereen seutu ja Pirha | *ei* <b>zebrakala</b> [linkki](http://x.example)"
FORMATS = {"md": [], "json": ["--format", "json"], "html": ["--format", "html"]}


@pytest.fixture
def folder(cli: Cli, tmp_path: Path) -> Path:
    folder = make_small(cli, tmp_path / "arviot")
    run = cli("answer", folder / "a.yaml", "S1.2", "--note", NOTE)
    assert run.code == 0, run.output
    # A broken file whose name holds a region's name: the name must not leak through the list.
    (folder / "tampereen-seutu-2024.yaml").write_text("region: [broken\n", encoding="utf-8")
    return folder


def expected_pseudonym(prefix: str, kind: str, name: str, salt: str = "yhdyspinta") -> str:
    """The documented formula: HMAC-SHA256(salt, kind NUL normalised name), six hex digits."""
    message = f"{kind}\x00{' '.join(name.split()).casefold()}".encode()
    return f"{prefix} {hmac.new(salt.encode(), message, hashlib.sha256).hexdigest()[:6].upper()}"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_anonymised_output_shows_no_real_name(cli: Cli, folder: Path, fmt: str) -> None:
    run = cli("summary", folder, "--anonymise", "--group-by", "region", *FORMATS[fmt])
    assert run.code == 1  # the broken file
    assert run.out
    for name in REAL_NAMES:
        assert name.casefold() not in run.out.casefold(), name
    assert expected_pseudonym("Alue", "region", "Tampereen seutu") in run.out


def test_real_names_are_shown_without_anonymise(cli: Cli, folder: Path) -> None:
    run = cli("summary", folder, "--group-by", "region")
    for name in ("Tampereen seutu", "Pirkanmaa", "tampereen-seutu-2024.yaml"):
        assert name in run.out


def test_pseudonyms_are_stable_and_follow_the_salt(
    cli: Cli, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cli("summary", folder, "--anonymise", "--format", "json").out
    again = cli("summary", folder, "--anonymise", "--format", "json").out
    assert first == again
    salted = cli("summary", folder, "--anonymise", "--format", "json", "--salt", "s3cret").out
    monkeypatch.setenv("YHDYSPINTA_SALT", "s3cret")
    from_env = cli("summary", folder, "--anonymise", "--format", "json").out
    assert salted == from_env != first
    regions = {r["region"] for r in json.loads(salted)["coverage"]["regions"]}
    assert expected_pseudonym("Alue", "region", "Tampereen seutu", "s3cret") in regions
    assert all(re.fullmatch(r"Alue [0-9A-F]{6}", r) for r in regions)


def test_the_same_name_gets_the_same_pseudonym_everywhere(cli: Cli, folder: Path) -> None:
    data = json.loads(
        cli("summary", folder, "--anonymise", "--format", "json", "--group-by", "county").out
    )
    pirkanmaa = expected_pseudonym("Hyvinvointialue", "county", "Pirkanmaa")
    assert pirkanmaa in {g["name"] for g in data["groups"]}
    assert pirkanmaa in {c["county"] for c in data["coverage"]["counties"]}
    assert {r["county"] for r in data["coverage"]["regions"]} == {
        pirkanmaa,
        expected_pseudonym("Hyvinvointialue", "county", "Pohjanmaa"),
    }
    assert data["skipped"][0]["file"].startswith("Tiedosto ")


def test_pseudonyms_speak_the_language(cli: Cli, folder: Path) -> None:
    for lang, prefix in (("fi", "Alue"), ("sv", "Område"), ("en", "Region")):
        run = cli("summary", folder, "--anonymise", "--lang", lang)
        assert expected_pseudonym(prefix, "region", "Vaasan seutu") in run.out


def test_the_built_in_salt_is_warned_about(cli: Cli, folder: Path) -> None:
    assert "YHDYSPINTA_SALT" in cli("summary", folder, "--anonymise").err
    assert "YHDYSPINTA_SALT" not in cli("summary", folder, "--anonymise", "--salt", "x").err


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_notes_are_left_out_by_default(cli: Cli, folder: Path, fmt: str) -> None:
    run = cli("summary", folder, *FORMATS[fmt])
    assert "zebrakala" not in run.out
    assert "tiedä" not in run.out


def test_notes_are_escaped_with_include_notes(cli: Cli, folder: Path) -> None:
    run = cli("summary", folder, "--include-notes", "--lang", "en")
    assert r"\| \*ei\* \<b\>zebrakala\</b\> \[linkki\](http:\/\/x.example)" in run.out
    tokens = parse(run.out)
    notes = [t for t in tokens if t.type == "inline" and "zebrakala" in t.content]
    assert [inline_text(t) for t in notes] == [f"S1.2 · Tampereen seutu · 2026-03-14: {NOTE}"]
    markup = ("html_inline", "link_open", "strong_open", "em_open")
    assert [c.type for c in notes[0].children or [] if c.type in markup] == []
    html = cli("summary", folder, "--include-notes", "--format", "html").out
    assert "&lt;b&gt;zebrakala&lt;/b&gt;" in html and "<b>" not in html
    data = json.loads(cli("summary", folder, "--include-notes", "--format", "json").out)
    assert {
        "item": "S1.2",
        "region": "Tampereen seutu",
        "date": "2026-03-14",
        "text": NOTE,
    } in data["notes"]


def test_anonymised_notes_have_the_names_replaced(cli: Cli, folder: Path) -> None:
    run = cli(
        "summary", folder, "--include-notes", "--anonymise", "--lang", "en", "--format", "json"
    )
    note = next(n for n in json.loads(run.out)["notes"] if "zebrakala" in n["text"])
    region = expected_pseudonym("Region", "region", "Tampereen seutu")
    assert note["region"] == region
    assert note["text"] == NOTE.replace("Tampereen seutu", region).replace(
        "Pirha", expected_pseudonym("Organisation", "organisation", "Pirha")
    )
    assert "notes are free text" in run.err


def test_a_type_summary_row_is_no_name(cli: Cli, tmp_path: Path) -> None:
    """The types table shows actor types, never organisation names."""
    orgs = [("x", "kunta", "Salainen kunta")]
    write_yaml(
        tmp_path / "in" / "a.yaml",
        assessment_data(
            "A", "2026-01-01", orgs=orgs, answers={"S1.2": {"current": 3, "ratings": {"x": 3}}}
        ),
    )
    run = cli("summary", tmp_path / "in", "--lang", "en")
    assert "Salainen" not in run.out
    assert (
        as_dicts(tables_under(parse(run.out), "Organisation types")[0])["Municipality"]["N"] == "1"
    )
