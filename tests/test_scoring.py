"""Scoring as pure functions, against figures computed by hand (the README's formulas)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from report_helpers import (
    BASELINE_ANSWERS,
    ORGS,
    SAMPLE_ANSWERS,
    SAMPLE_DIVERGENT,
    SAMPLE_FIGURES,
    SAMPLE_PROGRESS,
)
from walk_helpers import catalog

from yhdyspinta_cli.analysis.scoring import GroupScore, Scores, score_assessment
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE

BANDS = ("not-in-place", "partly", "in-place", "dont-know")


def assessment(answers: Mapping[str, Answer]) -> Assessment:
    return Assessment("Pirkanmaa", "2026-03-14", "en", organisations=ORGS, answers=dict(answers))


def scores(answers: Mapping[str, Answer], baseline: Mapping[str, Answer] | None = None) -> Scores:
    earlier = assessment(baseline) if baseline is not None else None
    return score_assessment(assessment(answers), catalog(), earlier)


def group(result: Scores, group_id: str) -> GroupScore:
    if group_id == "all":
        return result.overall
    return next(g for c, g in result.recommendations if c.id == group_id)


def item(result: Scores, item_id: str) -> Any:
    return next(s for s in result.items() if s.item.id == item_id)


def sample_answers() -> dict[str, Answer]:
    return {
        item_id: Answer(
            current=level,
            target=target,
            ratings=ratings,
            reason="no" if level == NOT_APPLICABLE else None,
        )
        for item_id, (level, target, ratings) in SAMPLE_ANSWERS.items()
    }


@pytest.mark.parametrize(
    ("current", "target", "gap"),
    [(2, 4, 2), (1, 5, 4), (4, 4, 0), (5, 3, 0), (3, None, None), (DONT_KNOW, 4, None)],
)
def test_the_gap_is_the_target_minus_the_level_never_below_zero(
    current: int | str, target: int | None, gap: int | None
) -> None:
    result = scores({"S1.1a": Answer(current=current, target=target)})
    assert item(result, "S1.1a").gap == gap


@pytest.mark.parametrize("group_id", ["S1", "S2", "S3", "S4", "T1", "all"])
def test_the_sample_figures_are_the_hand_computed_ones(group_id: str) -> None:
    coverage, mean, to_target, bands, unanswered = SAMPLE_FIGURES[group_id]
    figures = group(scores(sample_answers()), group_id)
    assert figures.coverage == pytest.approx(coverage)
    assert figures.mean_level == (None if mean is None else pytest.approx(mean))
    assert figures.percent_to_target == (None if to_target is None else pytest.approx(to_target))
    assert figures.bands == dict(zip(BANDS, bands, strict=True))
    assert figures.unanswered == unanswered


def test_the_counts_add_up_to_every_item() -> None:
    overall = scores(sample_answers()).overall
    assert (overall.answered, overall.dont_know, overall.not_applicable) == (7, 1, 2)
    assert overall.applicable == 42
    total = overall.answered + overall.dont_know + overall.not_applicable + overall.unanswered
    assert total == len(list(catalog().iter_items())) == 44


def test_not_applicable_is_left_out_of_every_figure() -> None:
    """An item marked not applicable (even with diverging ratings) changes no figure."""
    base = {"S1.1a": Answer(current=2, target=4)}
    with_na = {
        **base,
        "S1.1b": Answer(current=NOT_APPLICABLE, reason="no", ratings={"tre": 1, "kela": 5}),
    }
    without, marked = group(scores(base), "S1"), group(scores(with_na), "S1")
    assert (marked.applicable, marked.not_applicable) == (8, 1)
    assert (without.applicable, without.not_applicable) == (9, 0)
    assert marked.coverage == pytest.approx(1 / 8)
    assert marked.mean_level == without.mean_level == 2.0
    assert marked.percent_to_target == without.percent_to_target == 0.5
    assert marked.bands == without.bands == {**dict.fromkeys(BANDS, 0), "not-in-place": 1}
    assert marked.divergent == ()
    na = item(scores(with_na), "S1.1b")
    assert (na.gap, na.band, na.divergence, na.priority) == (None, None, None, None)


def test_dont_know_is_counted_on_its_own_never_as_zero() -> None:
    result = scores({"S1.1a": Answer(current=2, target=4), "S1.1b": Answer(current=DONT_KNOW)})
    s1 = group(result, "S1")
    assert s1.mean_level == 2.0  # as 0 it would be 1.0
    assert s1.percent_to_target == 0.5
    assert s1.coverage == pytest.approx(1 / 9)  # applicable, but not answered with a level
    assert (s1.dont_know, s1.answered, s1.unanswered) == (1, 1, 7)
    assert s1.bands["dont-know"] == 1
    assert item(result, "S1.1b").band == "dont-know"


@pytest.mark.parametrize(
    ("level", "band"),
    [(1, "not-in-place"), (2, "not-in-place"), (3, "partly"), (4, "in-place"), (5, "in-place")],
)
def test_levels_fall_in_the_scale_bands(level: int, band: str) -> None:
    result = scores({"S2.1": Answer(current=level, target=5)})
    assert item(result, "S2.1").band == band
    assert group(result, "S2").bands == {**dict.fromkeys(BANDS, 0), band: 1}


@pytest.mark.parametrize(
    ("ratings", "spread"),
    [
        ({"tre": 1, "pirha": 3}, 2),
        ({"tre": 2, "pirha": 3}, 1),
        ({"tre": 1, "pirha": 2, "kela": 5}, 4),
        ({"tre": 4, "pirha": 4}, 0),
        ({"tre": 1, "pirha": DONT_KNOW}, None),  # one number is no spread
        ({"tre": 1}, None),
        ({}, None),
    ],
)
def test_divergence_is_the_spread_of_the_numeric_ratings(
    ratings: dict[str, int | str], spread: int | None
) -> None:
    result = scores({"S3.1": Answer(current=3, target=4, ratings=ratings)})
    assert item(result, "S3.1").divergence == spread
    listed = spread is not None and spread >= 2
    assert group(result, "S3").divergent == (("S3.1",) if listed else ())
    assert result.overall.divergent == group(result, "S3").divergent


def test_the_divergent_items_are_those_spread_two_or_more() -> None:
    assert list(scores(sample_answers()).overall.divergent) == SAMPLE_DIVERGENT


def test_progress_since_the_baseline() -> None:
    baseline = {i: Answer(current=level, target=t) for i, (level, t) in BASELINE_ANSWERS.items()}
    result = scores(sample_answers(), baseline)
    assert result.overall.progress == pytest.approx(SAMPLE_PROGRESS)
    # S1: S1.1a (2-1)/(4-1) and S1.1b (3-3)/(4-3): 1/4. S2: S2.1 0/2 and S2.3 1/3: 1/5.
    assert group(result, "S1").progress == pytest.approx(1 / 4)
    assert group(result, "S2").progress == pytest.approx(1 / 5)
    assert group(result, "S3").progress is None
    assert item(result, "S1.1a").progress == pytest.approx(1 / 3)
    assert item(result, "S1.1a").baseline == 1
    assert item(result, "S1.1b").progress == 0.0


def test_progress_leaves_out_items_without_room_to_grow_and_can_go_backwards() -> None:
    now = {"S1.1a": Answer(current=4, target=4), "S1.1b": Answer(current=1, target=3)}
    earlier = {"S1.1a": Answer(current=4, target=4), "S1.1b": Answer(current=2, target=3)}
    result = scores(now, earlier)
    assert item(result, "S1.1a").progress is None  # target - baseline = 0
    assert item(result, "S1.1b").progress == -1.0
    assert result.overall.progress == -1.0


def test_no_baseline_gives_no_progress() -> None:
    result = scores(sample_answers())
    assert result.overall.progress is None
    assert all(s.progress is None and s.baseline is None for s in result.items())


@pytest.mark.parametrize("group_id", ["S1", "S2", "S3", "S4", "all"])
def test_an_empty_assessment_gives_none_figures(group_id: str) -> None:
    figures = group(scores({}), group_id)
    assert figures.mean_level is None
    assert figures.percent_to_target is None
    assert figures.progress is None
    assert figures.coverage == 0.0  # nothing of the applicable items is answered
    assert figures.bands == dict.fromkeys(BANDS, 0)
    assert figures.divergent == ()
    assert figures.answered == figures.dont_know == figures.not_applicable == 0


def test_a_recommendation_that_is_all_not_applicable_has_no_coverage() -> None:
    answers = {
        item.id: Answer(current=NOT_APPLICABLE, reason="no")
        for item in catalog().iter_items()
        if item.checklist_id == "S3"
    }
    s3 = group(scores(answers), "S3")
    assert (s3.applicable, s3.coverage, s3.mean_level) == (0, None, None)


def test_items_keep_the_checklist_order() -> None:
    result = scores(sample_answers())
    assert [s.item.id for s in result.items()] == [i.id for i in catalog().iter_items()]
    assert [c.id for c, _ in result.recommendations] == ["S1", "S2", "S3", "S4", "T1"]


def test_improved_unchanged_and_declined_count_every_item_whatever_its_target() -> None:
    # S1.2 was at its target (4 of 4) and fell to 2; S1.3 was above target (5, target 3) and
    # fell to 3: both count as declined although they had no room to grow at the baseline.
    baseline = {
        "S1.1a": Answer(current=2, target=4),
        "S1.1b": Answer(current=3, target=4),
        "S1.2": Answer(current=4, target=4),
        "S1.3": Answer(current=5, target=3),
        "S2.1": Answer(current=1, target=3),
        "S2.2a": Answer(current=DONT_KNOW),
    }
    now = {
        "S1.1a": Answer(current=3, target=4),  # +1
        "S1.1b": Answer(current=3, target=4),  # 0
        "S1.2": Answer(current=2, target=4),  # -2
        "S1.3": Answer(current=3, target=3),  # -2
        "S2.1": Answer(current=3, target=3),  # +2
        "S2.2a": Answer(current=2, target=3),  # no level at the baseline: not counted
    }
    result = scores(now, baseline)
    s1, overall = group(result, "S1"), result.overall
    assert (s1.improved, s1.unchanged, s1.declined) == (1, 1, 2)
    assert (overall.improved, overall.unchanged, overall.declined) == (2, 1, 2)
    assert s1.mean_change == pytest.approx((1 + 0 - 2 - 2) / 4)
    assert overall.mean_change == pytest.approx((1 + 0 - 2 - 2 + 2) / 5)
    assert [s.item.id for s in overall.declined_items] == ["S1.2", "S1.3"]
    # progress as before: only S1.1a, S1.1b and S2.1 had room (2 + 1 + 2); they moved 1 + 0 + 2
    assert overall.progress == pytest.approx(3 / 5)


def test_without_a_baseline_nothing_moved() -> None:
    result = scores({"S1.2": Answer(current=2, target=4)})
    assert (result.overall.improved, result.overall.declined, result.overall.mean_change) == (
        0,
        0,
        None,
    )


def test_items_at_target_are_counted_plainly_and_missing_targets_listed() -> None:
    result = scores(
        {
            "S1.1a": Answer(current=4, target=4),  # at target
            "S1.1b": Answer(current=5, target=3),  # above: at target
            "S1.2": Answer(current=1, target=4),  # 25 % of the way, but not at target
            "S1.3": Answer(current=3),  # a level, no target
            "S1.4a": Answer(current=DONT_KNOW, target=3),
        }
    )
    s1 = group(result, "S1")
    assert (s1.at_target, s1.targeted) == (2, 3)
    assert s1.missing_target == ("S1.3",)
    assert result.overall.missing_target == ("S1.3",)


def test_top_priorities_come_with_their_reasons_in_priority_order() -> None:
    result = scores(
        {
            "S1.2": Answer(current=1, target=4),  # gap 3
            "S1.3": Answer(current=2, target=3, ratings={"tre": 1, "pirha": 4}),  # gap 1, diverges
            "S2.1": Answer(current=2, target=4),  # gap 2
            "S1.1a": Answer(current=4, target=4),  # no gap
        }
    )
    top = result.top_priorities(2)
    assert [s.item.id for s in top] == ["S1.2", "S2.1"]
    assert all(isinstance(s.priority, int) for s in result.by_priority())
    s13 = item(result, "S1.3")
    assert s13.reasons[:2] == ("gap", "divergence")
    assert s13.priority == 2 * 1 + 1 + (1 if "legal" in s13.reasons else 0)
    assert item(result, "S1.1a").reasons == ()
    assert len(result.top_priorities()) == 3  # fewer gaps than the default five
