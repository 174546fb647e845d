"""The arithmetic under the summary: quantiles from a histogram, percents, text bars, numbers."""

from __future__ import annotations

import statistics

import pytest

from yhdyspinta_cli.render.bars import stacked_bar
from yhdyspinta_cli.render.numbers import fmt_level
from yhdyspinta_cli.summary.level_stats import percent, quantile
from yhdyspinta_cli.summary.names import Pseudonyms, name_key

LEVELS = (1, 2, 3, 4, 5)


@pytest.mark.parametrize(
    ("answers", "q1", "median", "q3"),
    [
        ([3], 3, 3, 3),
        ([1, 2, 3, 4], 1.75, 2.5, 3.25),
        ([2, 3, 4, 4], 2.75, 3.5, 4),
        ([1, 2, 3, 3, 4, 4, 5], 2.5, 3, 4),
        ([1, 5], 2, 3, 4),
        ([5, 5, 5, 1], 4, 5, 5),
    ],
)
def test_quantiles_from_a_histogram(
    answers: list[int], q1: float, median: float, q3: float
) -> None:
    counts = [answers.count(level) for level in LEVELS]
    assert (
        quantile(LEVELS, counts, 0.25),
        quantile(LEVELS, counts, 0.5),
        quantile(LEVELS, counts, 0.75),
    ) == (q1, median, q3)
    # The same as the standard library's "inclusive" method (numpy's default, Excel's QUARTILE.INC).
    if len(answers) > 1:
        assert statistics.quantiles(answers, n=4, method="inclusive") == [q1, median, q3]


def test_no_levels_no_quantile() -> None:
    assert quantile(LEVELS, [0, 0, 0, 0, 0], 0.5) is None


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [(1, 8, 13), (3, 8, 38), (1, 3, 33), (2, 3, 67), (1, 200, 1), (1, 201, 0), (0, 0, 0)],
)
def test_percents_round_half_up(count: int, total: int, expected: int) -> None:
    assert percent(count, total) == expected


@pytest.mark.parametrize(
    ("counts", "bar"),
    [
        ([1, 1, 1, 1], "░░░░░▒▒▒▒▒█████·····"),
        ([2, 2, 3, 1], "░░░░░▒▒▒▒▒████████··"),  # 7.5 and 2.5 cells: the tie goes to the first
        ([1, 0, 0, 0], "░" * 20),
        ([1, 2, 0, 0], "░░░░░░░▒▒▒▒▒▒▒▒▒▒▒▒▒"),
        ([0, 0, 0, 0], ""),
    ],
)
def test_text_bars_are_always_twenty_cells(counts: list[int], bar: str) -> None:
    assert stacked_bar(counts) == bar
    assert len(stacked_bar(counts)) in (0, 20)


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (3.0, "fi", "3"),
        (2.5, "fi", "2,5"),
        (2.25, "sv", "2,25"),
        (1.75, "en", "1.75"),
        (None, "en", "–"),
    ],
)
def test_levels_are_written_with_the_decimals_they_need(
    value: float | None, lang: str, text: str
) -> None:
    assert fmt_level(value, lang) == text


def test_pseudonyms_ignore_case_spaces_and_unicode_form() -> None:
    names = Pseudonyms("salt", {"region": "Alue"})
    same = ["Pyhäjärvi", "pyhäjärvi", "  Pyhäjärvi ", "Pyha\u0308ja\u0308rvi"]
    assert {name_key(n) for n in same} == {"pyhäjärvi"}
    assert len({names.of("region", n) for n in same}) == 1
    assert names.of("region", "Pyhäjärvi") != names.of("region", "Pyhäranta")
    assert names.of("region", "x") != Pseudonyms("other", {"region": "Alue"}).of("region", "x")
