"""Scoring an assessment: pure functions, the formulas in the README.

Per item: gap = max(target - current, 0). Not applicable is left out of every figure; don't know
is counted on its own, never as 0.
Per recommendation and overall: coverage = answered / applicable; mean level; percent to target =
1 - sum(gap) / sum(target) (OWASP SAMM 2025 relative scoring); band counts; divergence; and, with
a baseline, progress = sum(current - baseline) / sum(target - baseline) over the items that still
had room to the target at the baseline, beside the items improved, unchanged and declined (every
item with a level in both, whatever its target) and the mean change in level.
At target: items whose level is at or above their target, out of the items with both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.analysis.priority import priority_of, priority_reasons
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Checklist, Item, Scale

UNANSWERED = "unanswered"
IMPROVED, UNCHANGED, DECLINED = "improved", "unchanged", "declined"
DEFAULT_TOP = 5  # the priorities a gap report opens with


@dataclass(frozen=True)
class ItemScore:
    """One item's figures."""

    item: Item
    answer: Answer
    state: str  # "level", DONT_KNOW, NOT_APPLICABLE or UNANSWERED
    gap: int | None
    band: str | None
    divergence: int | None
    priority: int | None
    baseline: int | None = None
    reasons: tuple[str, ...] = ()  # why the priority is what it is: gap, divergence, legal

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

    @property
    def change(self) -> int | None:
        """current - baseline, when both are levels."""
        if self.baseline is None or self.current is None:
            return None
        return self.current - self.baseline

    @property
    def movement(self) -> str | None:
        """`improved`, `unchanged` or `declined` against the baseline; None without both levels."""
        change = self.change
        if change is None:
            return None
        return IMPROVED if change > 0 else DECLINED if change < 0 else UNCHANGED

    @property
    def at_target(self) -> bool:
        """A level at or above its target."""
        return self.current is not None and self.target is not None and self.current >= self.target

    @property
    def missing_target(self) -> bool:
        """A level was given, but no target yet."""
        return self.current is not None and self.target is None


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
    at_target: int = 0  # items at or above their target ...
    targeted: int = 0  # ... out of the items with a level and a target
    missing_target: tuple[str, ...] = ()  # items with a level but no target
    improved: int = 0
    unchanged: int = 0
    declined: int = 0
    mean_change: float | None = None  # over the items with a level now and at the baseline

    @property
    def declined_items(self) -> tuple[ItemScore, ...]:
        """Every item whose level went down since the baseline, whatever its target."""
        return tuple(s for s in self.items if s.movement == DECLINED)


@dataclass(frozen=True)
class Scores:
    """The whole gap analysis: per recommendation, and overall."""

    recommendations: tuple[tuple[Checklist, GroupScore], ...]
    overall: GroupScore

    def items(self) -> list[ItemScore]:
        """Every item's score, in checklist order."""
        return list(self.overall.items)

    def by_priority(self) -> list[ItemScore]:
        """The items with a gap, highest priority first; ties keep the checklist order."""
        return sorted((s for s in self.items() if s.gap), key=lambda s: -(s.priority or 0))

    def top_priorities(self, count: int = DEFAULT_TOP) -> list[ItemScore]:
        """Where to start: the `count` highest priorities."""
        return self.by_priority()[:count]


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
    reasons = priority_reasons(gap, divergence, bool(item.legal))
    band_key = band.key if band else None
    return ItemScore(item, answer, state, gap, band_key, divergence, priority, baseline, reasons)


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
        at_target=sum(1 for s in targeted if s.at_target),
        targeted=len(targeted),
        missing_target=tuple(s.item.id for s in applicable if s.missing_target),
        **_movements(applicable),
    )


def _movements(items: Sequence[ItemScore]) -> dict[str, Any]:
    """Improved, unchanged and declined counts, and the mean change, against the baseline."""
    changes = [change for s in items if (change := s.change) is not None]
    moves = [s.movement for s in items]
    return {
        IMPROVED: moves.count(IMPROVED),
        UNCHANGED: moves.count(UNCHANGED),
        DECLINED: moves.count(DECLINED),
        "mean_change": sum(changes) / len(changes) if changes else None,
    }


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
