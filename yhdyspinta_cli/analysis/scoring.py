"""Scoring an assessment: pure functions, the formulas in the README.

Per item: gap = max(target - current, 0). Not applicable is left out of every figure; don't know
is counted on its own, never as 0.
Per recommendation and overall: coverage = answered / applicable; mean level; percent to target =
1 - sum(gap) / sum(target) (OWASP SAMM 2025 relative scoring); band counts; divergence; and, with
a baseline, progress = sum(current - baseline) / sum(target - baseline).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yhdyspinta_cli.analysis.priority import priority_of
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Checklist, Item, Scale

UNANSWERED = "unanswered"


@dataclass(frozen=True)
class ItemScore:
    """One item's figures."""

    item: Item
    answer: Answer
    state: str  # "level", DONT_KNOW, NOT_APPLICABLE or UNANSWERED
    gap: int | None
    band: str | None
    divergence: int | None
    priority: float | None
    baseline: int | None = None

    @property
    def current(self) -> int | None:
        """The numeric level, if any."""
        return self.answer.level

    @property
    def target(self) -> int | None:
        """The target level, if any."""
        return self.answer.target

    @property
    def progress(self) -> float | None:
        """(current - baseline) / (target - baseline), where that means something."""
        if self.baseline is None or self.current is None or self.target is None:
            return None
        room = self.target - self.baseline
        return None if room <= 0 else (self.current - self.baseline) / room


@dataclass(frozen=True)
class GroupScore:
    """Figures for a recommendation, or for the whole assessment."""

    id: str
    items: tuple[ItemScore, ...]
    coverage: float | None
    mean_level: float | None
    percent_to_target: float | None
    bands: dict[str, int]
    answered: int
    applicable: int
    dont_know: int
    not_applicable: int
    unanswered: int
    divergent: tuple[str, ...]
    progress: float | None


@dataclass(frozen=True)
class Scores:
    """The whole gap analysis: per recommendation, and overall."""

    recommendations: tuple[tuple[Checklist, GroupScore], ...]
    overall: GroupScore

    def items(self) -> list[ItemScore]:
        """Every item's score, in checklist order."""
        return list(self.overall.items)


def score_assessment(
    assessment: Assessment, catalog: Catalog, baseline: Assessment | None = None
) -> Scores:
    """Score every item and group the figures per recommendation and overall."""
    per_checklist = []
    for checklist in catalog.checklists:
        items = tuple(
            score_item(item, assessment.answer(item.id), catalog.scale, _baseline(baseline, item))
            for item in checklist.items
        )
        per_checklist.append((checklist, score_group(checklist.id, items, catalog.scale)))
    everything = tuple(s for _, group in per_checklist for s in group.items)
    return Scores(tuple(per_checklist), score_group("all", everything, catalog.scale))


def score_item(item: Item, answer: Answer, scale: Scale, baseline: int | None = None) -> ItemScore:
    """An item's state, gap, band, divergence and priority."""
    state = _state(answer)
    level, target = answer.level, answer.target
    gap = max(target - level, 0) if level is not None and target is not None else None
    band = scale.band_for(answer.current) if answer.current is not None else None
    divergence = None if state == NOT_APPLICABLE else answer.spread
    priority = priority_of(gap, divergence, bool(item.legal)) if gap else None
    return ItemScore(
        item, answer, state, gap, band.key if band else None, divergence, priority, baseline
    )


def score_group(group_id: str, items: Sequence[ItemScore], scale: Scale) -> GroupScore:
    """Aggregate item scores; not applicable never counts, don't know counts on its own."""
    applicable = [s for s in items if s.state != NOT_APPLICABLE]
    levels = [s.current for s in applicable if s.current is not None]
    targeted = [s for s in applicable if s.gap is not None]
    target_sum = sum(s.target or 0 for s in targeted)
    return GroupScore(
        id=group_id,
        items=tuple(items),
        coverage=_ratio(len(levels), len(applicable)),
        mean_level=sum(levels) / len(levels) if levels else None,
        percent_to_target=(
            1 - sum(s.gap or 0 for s in targeted) / target_sum if target_sum else None
        ),
        bands=_band_counts(applicable, scale),
        answered=len(levels),
        applicable=len(applicable),
        dont_know=sum(1 for s in items if s.state == DONT_KNOW),
        not_applicable=len(items) - len(applicable),
        unanswered=sum(1 for s in items if s.state == UNANSWERED),
        divergent=tuple(s.item.id for s in items if (s.divergence or 0) >= 2),
        progress=_group_progress(applicable),
    )


def _state(answer: Answer) -> str:
    if answer.current is None:
        return UNANSWERED
    if isinstance(answer.current, int):
        return "level"
    return str(answer.current)


def _band_counts(items: Iterable[ItemScore], scale: Scale) -> dict[str, int]:
    counts = {band.key: 0 for band in scale.bands}
    for score in items:
        if score.band is not None:
            counts[score.band] += 1
    return counts


def _group_progress(items: Sequence[ItemScore]) -> float | None:
    pairs = [
        (current - baseline, target - baseline)
        for s in items
        if (baseline := s.baseline) is not None
        and (current := s.current) is not None
        and (target := s.target) is not None
    ]
    room = sum(r for _, r in pairs if r > 0)
    return sum(d for d, r in pairs if r > 0) / room if room else None


def _baseline(baseline: Assessment | None, item: Item) -> int | None:
    return baseline.answer(item.id).level if baseline is not None else None


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
