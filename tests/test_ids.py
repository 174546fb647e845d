"""Forgiving ids: case-insensitive where unambiguous, near misses get the nearest ids."""

from __future__ import annotations

import pytest

from yhdyspinta_cli.ids import did_you_mean, match_id, suggest_ids

ITEMS = ["S1.1a", "S1.1b", "S1.2", "S1.3", "S2.1", "S2.2a", "S2.2b", "S4.1a", "S4.1b", "S4.1c"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [("S1.1a", "S1.1a"), ("s1.1a", "S1.1a"), ("S1.1A", "S1.1a"), ("s2.2B", "S2.2b")],
)
def test_case_does_not_matter_when_unambiguous(given: str, expected: str) -> None:
    assert match_id(given, ITEMS) == expected


def test_an_exact_match_wins_over_case_folding() -> None:
    assert match_id("Tre", ["tre", "Tre"]) == "Tre"
    assert match_id("TRE", ["tre", "Tre"]) is None  # ambiguous: ask, never guess


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("S1.1", ["S1.1a", "S1.1b"]),  # stopped short
        ("s4.1", ["S4.1a", "S4.1b", "S4.1c"]),
        ("S11a", ["S1.1a"]),  # the dot left out
        ("S1-1a", ["S1.1a"]),
        ("S1.1x", ["S1.1a", "S1.1b"]),  # one letter wrong
        ("S9.9z", []),  # nothing near
    ],
)
def test_near_misses_suggest_the_nearest_ids(given: str, expected: list[str]) -> None:
    assert suggest_ids(given, ITEMS) == expected
    assert match_id(given, ITEMS) is None


def test_the_suggestion_reads_as_a_question() -> None:
    assert did_you_mean(["S1.1a", "S1.1b"]) == "S1.1a or S1.1b?"
    assert did_you_mean(["S1.1a", "S1.1b"], "vai") == "S1.1a vai S1.1b?"
    assert did_you_mean(["S1.1a"]) == "S1.1a?"
    assert did_you_mean(["S4.1a", "S4.1b", "S4.1c"]) == "S4.1a, S4.1b or S4.1c?"
    assert did_you_mean([]) == ""
