"""The report's building blocks as pure functions: numbers, bars, escaped text, aligned tables."""

from __future__ import annotations

import unicodedata

import pytest
from report_helpers import EMOJI, HOSTILE_LINES, WIDE, flat, parse, plain_text, tables

from yhdyspinta_cli.render.bars import text_bar
from yhdyspinta_cli.render.markdown import md_table, md_text
from yhdyspinta_cli.render.numbers import fmt_number, fmt_percent


@pytest.mark.parametrize(
    ("value", "fi", "en"),
    [
        (3.5, "3,5", "3.5"),
        (22 / 7, "3,1", "3.1"),
        (8 / 3, "2,7", "2.7"),
        (4.25, "4,3", "4.3"),  # half up, as by hand (not half to even: 4.2)
        (2.25, "2,3", "2.3"),
        (5, "5,0", "5.0"),
        (None, "–", "–"),
    ],
)
def test_numbers_in_the_reports_language(value: float | None, fi: str, en: str) -> None:
    assert (fmt_number(value, "fi"), fmt_number(value, "sv"), fmt_number(value, "en")) == (
        fi,
        fi,
        en,
    )


@pytest.mark.parametrize(
    ("value", "fi", "en"),
    [
        (0.86, "86 %", "86%"),
        (14 / 17, "82 %", "82%"),
        (0.625, "63 %", "63%"),  # half up
        (0.125, "13 %", "13%"),
        (0.285, "29 %", "29%"),
        (1.0, "100 %", "100%"),
        (0.0, "0 %", "0%"),
        (-0.25, "-25 %", "-25%"),
        (None, "–", "–"),
    ],
)
def test_percents_in_the_reports_language(value: float | None, fi: str, en: str) -> None:
    assert (fmt_percent(value, "fi"), fmt_percent(value, "sv"), fmt_percent(value, "en")) == (
        fi,
        fi,
        en,
    )


@pytest.mark.parametrize(
    ("value", "bar"),
    [(5, "██████████"), (2.5, "█████"), (3.5, "███████"), (4.25, "████████▌"), (0, ""), (None, "")],
)
def test_text_bars_have_ten_cells_for_the_top_level(value: float | None, bar: str) -> None:
    assert text_bar(value, 5) == bar


def render_inline(markdown: str) -> str:
    tokens = parse(markdown)
    return "".join(plain_text(t) for t in tokens if t.type == "inline")


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE_LINES,
        "1. vaihe",
        "2) vaihe",
        "- alkaa viivalla",
        "=== ",
        "+ plus",
        "# otsikko",
        "> lainaus",
        "a\\",
        "\\|",
        "`",
        "[^1]",
        "&copy; &#60;",
        "line\r\nbreak\ttab",
    ],
)
def test_escaped_text_reads_exactly_as_typed(text: str) -> None:
    escaped = md_text(text)
    assert "\n" not in escaped
    assert render_inline(f"x {escaped}").removeprefix("x ").strip() == flat(text)
    assert render_inline(escaped) == flat(text)  # also at the start of a line


def test_blank_text_is_empty() -> None:
    assert md_text(" \n\t ") == ""


def test_escaped_text_stays_in_its_table_cell() -> None:
    markdown = md_table(["A", "B", "C"], [[md_text(HOSTILE_LINES), md_text("a\\"), "end"]])
    [table] = tables(parse(markdown))
    assert table.rows == [[flat(HOSTILE_LINES), "a\\", "end"]]


@pytest.mark.parametrize(
    "cells",
    [["Tampere", "3,5"], [WIDE, "x"], [EMOJI, "x"], ["名前名前", "4"], ["e\u0301e\u0301", "5"]],
    ids=["ascii", "wide", "emoji", "cjk", "combining"],
)
def test_tables_are_one_row_per_line_with_a_rule(cells: list[str]) -> None:
    markdown = md_table(["Name", "Value"], [[md_text(c) for c in cells]], "lr")
    lines = markdown.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("| ---") and lines[1].endswith(": |")
    [table] = tables(parse(markdown))
    assert table.rows == [[unicodedata.normalize("NFC", flat(c)) for c in cells]]
