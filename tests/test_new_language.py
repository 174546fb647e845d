"""A language added by data alone: a catalog, translated checklists, and no change to the code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA, REPO, Run

from yhdyspinta_cli import i18n

# A few real German words, the rest marked: every word below must come from this catalog.
GERMAN = {
    "gaps_title": "Lückenanalyse",
    "summary": "Zusammenfassung",
    "recommendation": "Empfehlung",
    "answered": "Beantwortet",
    "unanswered": "Unbeantwortet",
    "current": "Aktuell",
    "target": "Ziel",
}
HYTE_TITLE = "Förderung von Gesundheit und Wohlbefinden"


def german_catalog(folder: Path) -> Path:
    """`de.yaml`: the English catalog's keys, German where GERMAN has a word, else `(de) …`."""
    english = yaml.safe_load((REPO / "messages" / "en.yaml").read_text(encoding="utf-8"))
    messages = {key: GERMAN.get(key, f"(de) {text}") for key, text in english["messages"].items()}
    language = {"name": "Deutsch", "decimal_separator": ",", "percent": "{number} %"}
    folder.mkdir()
    path = folder / "de.yaml"
    path.write_text(yaml.safe_dump({"language": language, "messages": messages}), "utf-8")
    return path


def add_german(value: Any) -> Any:
    """Every text of a checklist with a `de:` beside its `en:`."""
    if isinstance(value, dict):
        changed = {key: add_german(child) for key, child in value.items()}
        if isinstance(value.get("en"), str):
            changed["de"] = f"(de) {value['en']}"
        return changed
    if isinstance(value, list):
        return [add_german(child) for child in value]
    return value


def german_checklists(folder: Path) -> Path:
    """The regional HYTE checklist, translated: its title in real German."""
    data = add_german(yaml.safe_load((DATA / "custom_checklists" / "hyte.yaml").read_text("utf-8")))
    data["title"]["de"] = HYTE_TITLE
    folder.mkdir()
    (folder / "hyte.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return folder


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The extra catalog folder named in YHDYSPINTA_MESSAGES; returns the regional checklists."""
    german_catalog(tmp_path / "catalogs")
    monkeypatch.setenv(i18n.EXTRA_CATALOGS, str(tmp_path / "catalogs"))
    return german_checklists(tmp_path / "regional")


def test_the_new_catalog_is_a_language(german: Path) -> None:
    assert i18n.languages() == ("fi", "de", "en", "sv")
    assert i18n.message("gaps_title", "de") == "Lückenanalyse"
    assert i18n.local_number("2.5", "de") == "2,5"


def test_new_answer_status_and_report_run_in_the_new_language(
    cli: Callable[..., Run], german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the status table's headers on one line each
    file = tmp_path / "arvio.yaml"
    region = ("--region", "Tampere", "--org", "tre:kunta:Tampere", "--checklists", german)
    created = cli("new", file, *region, "--lang", "de")
    assert created.code == 0, created.err
    assert yaml.safe_load(file.read_text(encoding="utf-8"))["language"] == "de"

    answered = cli(
        "answer", file, "HYTE.1", "--level", "2", "--target", "4", "--checklists", german
    )
    assert answered.code == 0, answered.err

    status = cli("status", file, "--checklists", german)
    assert status.code == 0, status.err
    for word in ("Empfehlung", "Beantwortet", "Unbeantwortet", HYTE_TITLE):
        assert word in status.out, word

    report = cli("report", "gaps", file, "--checklists", german)
    assert report.code == 0, report.err
    assert report.out.startswith("# Lückenanalyse"), report.out[:200]
    assert "## Zusammenfassung" in report.out
    assert HYTE_TITLE in report.out
    assert "2,0" in report.out  # the mean level, with the catalog's decimal comma


def test_a_catalog_that_lacks_a_key_is_refused_naming_it(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = german_catalog(tmp_path / "catalogs")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["messages"]["gaps_title"]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setenv(i18n.EXTRA_CATALOGS, str(path.parent))
    run = cli("checklists", "--lang", "de")
    assert run.code == 1
    assert run.err == f"error: {path}: the message catalog lacks gaps_title; add them\n"


def test_a_regional_checklist_without_the_new_language_is_reported(
    cli: Callable[..., Run], german: Path, tmp_path: Path
) -> None:
    untranslated = tmp_path / "untranslated"
    untranslated.mkdir()
    (untranslated / "hyte.yaml").write_bytes(
        (DATA / "custom_checklists" / "hyte.yaml").read_bytes()
    )
    run = cli("validate", untranslated / "hyte.yaml")
    assert run.code == 1
    first = run.out.splitlines()[0]
    assert first.startswith(f"{untranslated / 'hyte.yaml'}:7:3: ")
    assert first.endswith("(missing-translation)")
    assert "Deutsch (de)" in first


def test_the_config_may_name_the_new_language_once_it_has_a_catalog(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "yhdyspinta.yaml").write_text("language: de\n", encoding="utf-8")
    refused = cli("checklists")
    assert refused.code == 2  # a bad yhdyspinta.yaml is a configuration error (issue 15.19)
    assert refused.err == (
        "yhdyspinta.yaml:1:11: [error] language 'de' has no message catalog; "
        "use one of: fi, en, sv (unknown-language)\n"
    )
    german_catalog(tmp_path / "catalogs")
    monkeypatch.setenv(i18n.EXTRA_CATALOGS, str(tmp_path / "catalogs"))
    listed = cli("checklists")
    assert listed.code == 0, listed.err
    assert "Empfehlung" in listed.out  # the listing speaks the configured language
