"""One item, one screen: every bundled item fits the terminal in fi, sv and en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from walk_helpers import catalog, new_file

from yhdyspinta_cli.cli.render_walk import (
    ELLIPSIS,
    PROMPT_LINES,
    Line,
    details_lines,
    item_screen_lines,
)
from yhdyspinta_cli.i18n import languages
from yhdyspinta_cli.walk.screen import item_screen

ITEMS = list(catalog().iter_items())


def flat(lines: list[Line]) -> str:
    """The screen's words in one line: wrapping and indentation do not matter."""
    return " ".join(" ".join(line.text.split()) for line in lines)


def screens(tmp_path: Path, lang: str, width: int, height: int) -> list[tuple[str, list[Line]]]:
    file = new_file(tmp_path / f"kevät-{lang}.yaml", lang=lang)
    return [
        (item.id, item_screen_lines(item_screen(file, catalog(), ITEMS, n, lang), width, height))
        for n, item in enumerate(ITEMS)
    ]


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize(("width", "height"), [(100, 30), (120, 40)])
def test_at_100x30_and_larger_every_item_is_whole_on_one_screen(
    tmp_path: Path, lang: str, width: int, height: int
) -> None:
    for (item_id, lines), item in zip(screens(tmp_path, lang, width, height), ITEMS, strict=True):
        assert len(lines) <= height - PROMPT_LINES, item_id
        assert all(len(line.text) < width for line in lines), item_id
        shown = flat(lines)
        progress = rf"\d+/{len(catalog().checklists)} · \S+ \d+/\d+ · \S+ 0/{len(ITEMS)}"
        assert re.search(progress, lines[0].text), lines[0].text
        assert f"kevät-{lang}.yaml" in lines[0].text
        assert lines[1].text.startswith(item_id)
        assert item.question.get(lang) in shown
        for level in catalog().scale.levels:
            assert f"{level.value} {level.label.get(lang)}" in shown
            assert " ".join(item.levels[level.value].get(lang).split()) in shown, (item_id, level)
        assert ELLIPSIS not in shown


@pytest.mark.parametrize("lang", languages())
def test_at_80x24_descriptors_are_shortened_at_a_word_and_shown_in_full_behind_i(
    tmp_path: Path, lang: str
) -> None:
    shortened = 0
    for (item_id, lines), item in zip(screens(tmp_path, lang, 80, 24), ITEMS, strict=True):
        assert len(lines) <= 24 - PROMPT_LINES, item_id
        shown = flat(lines)
        assert item.question.get(lang) in shown and item_id in lines[1].text
        for level in catalog().scale.levels:
            label = f"{level.value} {level.label.get(lang)}"
            assert label in shown
            full = " ".join(item.levels[level.value].get(lang).split())
            if full in shown:
                continue
            shortened += 1
            part = shown.split(f"{label}: ")[1].split(ELLIPSIS)[0]
            assert full.startswith(part), (item_id, part)
            assert full[len(part)] == " " or not part, "cut between words, never inside one"
    assert shortened, "some descriptors are too long for 80×24 and get shortened"


def test_more_information_shows_guidance_facts_and_full_levels(tmp_path: Path) -> None:
    file = new_file(tmp_path / "a.yaml")
    item = ITEMS[0]
    shown = flat(details_lines(item_screen(file, catalog(), ITEMS, 0, "fi"), 80))
    assert " ".join(item.guidance["fi"].split()) in shown
    for level in catalog().scale.levels:
        assert " ".join(item.levels[level.value]["fi"].split()) in shown
    assert "Lainsäädäntö: Laki työllistymisen monialaisesta edistämisestä 381/2023" in shown
    assert "Toimijat:" in shown and "Näyttöä voi olla:" in shown


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("width", [80, 100])
def test_the_key_legend_breaks_between_entries_never_inside_a_word(lang: str, width: int) -> None:
    from yhdyspinta_cli.cli.key_menu import _wrapped
    from yhdyspinta_cli.walk.choices import answer_choices, legend, target_choices

    item, scale = ITEMS[0], catalog().scale
    for choices in (answer_choices(item, scale, lang, True), target_choices(item, scale, lang)):
        line = legend(choices, "taso")
        lines = _wrapped(line, width).split("\n")
        assert all(len(part) < width for part in lines)
        assert len(lines) <= 2, "the legend takes at most the two lines the screen leaves"
        assert " · ".join(lines) == line
