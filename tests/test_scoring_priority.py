"""The documented priority rule: 2 x gap + 1 when ratings diverge by 2 or more + 1 when legal."""

from __future__ import annotations

import pytest
from report_helpers import SAMPLE_ANSWERS, SAMPLE_PRIORITY_ORDER
from walk_helpers import catalog

from yhdyspinta_cli.analysis import priority
from yhdyspinta_cli.analysis.priority import priority_of
from yhdyspinta_cli.analysis.scoring import score_assessment, score_item
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.checklist.model import NOT_APPLICABLE


@pytest.mark.parametrize(
    ("gap", "divergence", "legal", "expected"),
    [
        (1, None, False, 2.0),
        (3, None, False, 6.0),
        (2, 1, False, 4.0),  # spread 1 is no divergence
        (2, 2, False, 5.0),
        (2, 4, False, 5.0),  # the bonus does not grow with the spread
        (2, None, True, 5.0),
        (2, 3, True, 6.0),
        (0, 4, True, 0.0),  # no gap, nothing to do
        (None, 4, True, 0.0),
    ],
)
def test_the_rule(gap: int | None, divergence: int | None, legal: bool, expected: float) -> None:
    assert priority_of(gap, divergence, legal) == expected


def test_the_rule_is_three_named_weights() -> None:
    """Easy to change: the README points at these names."""
    assert (priority.GAP_WEIGHT, priority.DIVERGENCE_BONUS, priority.LEGAL_BONUS) == (2, 1, 1)
    assert priority.DIVERGENCE_THRESHOLD == 2


@pytest.mark.parametrize(
    ("item_id", "ratings", "expected"),
    [
        ("S1.1a", {}, 5.0),  # legal (381/2023): 2 x 2 + 1
        ("S1.1a", {"tre": 1, "pirha": 3}, 6.0),
        ("S1.1b", {}, 4.0),  # no legal basis
        ("S1.1b", {"tre": 1, "pirha": 3}, 5.0),
    ],
)
def test_an_items_priority_uses_its_legal_basis_and_ratings(
    item_id: str, ratings: dict[str, int], expected: float
) -> None:
    item = catalog().item(item_id)
    assert item is not None
    answer = Answer(current=2, target=4, ratings=ratings)
    assert score_item(item, answer, catalog().scale).priority == expected


def test_items_without_a_gap_have_no_priority() -> None:
    item = catalog().item("S1.1a")
    assert item is not None
    for answer in (
        Answer(current=4, target=4),
        Answer(current=NOT_APPLICABLE, reason="x"),
        Answer(),
    ):
        assert score_item(item, answer, catalog().scale).priority is None


def test_the_sample_gaps_in_priority_order() -> None:
    answers = {
        item_id: Answer(current=level, target=target, ratings=ratings, reason="x")
        for item_id, (level, target, ratings) in SAMPLE_ANSWERS.items()
    }
    result = score_assessment(Assessment("R", "2026-03-14", "en", answers=answers), catalog())
    gaps = sorted((s for s in result.items() if s.gap), key=lambda s: -(s.priority or 0))
    assert [s.item.id for s in gaps] == SAMPLE_PRIORITY_ORDER
    assert [s.priority for s in gaps] == [6.0, 5.0, 5.0, 2.0]
