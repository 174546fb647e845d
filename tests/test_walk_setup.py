"""A new assessment's setup: Finnish dates, whole-word keys, counties, earlier regions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from walk_helpers import DEFAULT, ScriptedPrompter, catalog, new_file

from yhdyspinta_cli.assessment.places import known_places
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.counties import county_names
from yhdyspinta_cli.walk.dates import parse_date
from yhdyspinta_cli.walk.setup import ask_new_assessment, suggest_key

DOMAIN_TABLE = Path("/work/shared/domain.md")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("31.12.2027", "2027-12-31"),
        ("31.12.27", "2027-12-31"),
        ("1.3.2026", "2026-03-01"),
        ("2027-12-31", "2027-12-31"),
        (" 2027-1-5 ", "2027-01-05"),
        ("31.2.2027", None),
        ("2027/12/31", None),
        ("huomenna", None),
        ("31.12.", None),
        ("", None),
    ],
)
def test_dates_are_read_the_finnish_way_and_stored_as_iso(typed: str, stored: str | None) -> None:
    assert parse_date(typed) == stored


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Päijät-Hämeen hyvinvointialue", "paijat-hameen"),
        ("Pirkanmaan hyvinvointialue", "pirkanmaan-hyvinvointialue"),
        ("Kela", "kela"),
        ("Tampereen kaupunki", "tampereen-kaupunki"),
        ("Vantaan ja Keravan hyvinvointialue", "vantaan-ja-keravan"),
        ("Österbottens välfärdsområde", "osterbottens"),
        ("???", "org"),
    ],
)
def test_a_suggested_key_is_never_cut_inside_a_word(name: str, key: str) -> None:
    assert suggest_key(name, set()) == key


def test_a_taken_key_gets_a_number() -> None:
    assert suggest_key("Kela", {"kela"}) == "kela-2"
    assert suggest_key("Kela", {"kela", "kela-2"}) == "kela-3"


def test_the_county_list_is_the_21_counties_and_helsinki_in_each_language() -> None:
    for lang in ("fi", "sv", "en"):
        names = county_names(lang)
        assert len(names) == 22 and len(set(names)) == 22
    assert county_names("fi")[-1] == "Helsingin kaupunki"
    assert county_names("sv")[5] == "Satakunta välfärdsområde"
    assert "Päijät-Hämeen hyvinvointialue" in county_names("fi")


def test_regions_and_counties_used_before_are_suggested(tmp_path: Path) -> None:
    new_file(tmp_path / "2025-syksy.yaml")  # region Pirkanmaa, no county
    data = yaml.safe_load((tmp_path / "2025-syksy.yaml").read_text(encoding="utf-8"))
    data.update(region="Tampereen seutu", county="Pirkanmaan hyvinvointialue")
    (tmp_path / "2026-kevat.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("region: [", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("region: Not an assessment\n", encoding="utf-8")
    assert known_places([tmp_path, tmp_path / "missing"]) == [
        ("Tampereen seutu", "Pirkanmaan hyvinvointialue"),
        ("Pirkanmaa", None),
    ]
    places = known_places([tmp_path])
    script = ["fi", "Tampereen seutu", DEFAULT, DEFAULT, "Kehittämispäällikkö", "kela", "Kela",
              DEFAULT, "-"]  # fmt: skip
    prompter = ScriptedPrompter(script)
    new = ask_new_assessment(prompter, catalog().vocabulary, "fi", places)
    region, county = prompter.asked[1], prompter.asked[2]
    assert region.suggestions == ("Tampereen seutu", "Pirkanmaa")
    assert county.default == "Pirkanmaan hyvinvointialue", "the county that region used"
    assert county.suggestions == tuple(county_names("fi"))
    assert (new.county, new.facilitator) == ("Pirkanmaan hyvinvointialue", "Kehittämispäällikkö")


def test_the_date_is_asked_again_with_the_reason(tmp_path: Path) -> None:
    script = ["sv", "Österbotten", "", "32.1.2026", "2.3.26", "", "kela", "FPA", DEFAULT, "-"]
    prompter = ScriptedPrompter(script, lang="sv")
    new = ask_new_assessment(prompter, catalog().vocabulary, "fi")
    assert (new.date, new.county, new.facilitator) == ("2026-03-02", None, None)
    assert prompter.messages == [(message("date_format", "sv"), True)]
    date_question = prompter.asked_for(message("ask_date", "sv"))[0]
    assert parse_date(date_question.default or "") is not None, "today, the Finnish way"


def test_organisation_types_keep_their_numbers_and_ready_is_zero_or_enter() -> None:
    script = ["fi", "Pirkanmaa", "", DEFAULT, "", "kunta", "Tampere", DEFAULT, DEFAULT]
    prompter = ScriptedPrompter(script)
    ask_new_assessment(prompter, catalog().vocabulary, "fi")
    first, second = prompter.asked_for(message("ask_org_type", "fi"))
    keys = {c.value: c.shortcut for c in first.choices}
    assert {c.value: c.shortcut for c in second.choices if c.value in keys} == keys
    ready = second.choices[-1]
    assert (ready.shortcut, second.default) == ("0", ready.value)
    assert all(c.shortcut != "0" for c in first.choices)
