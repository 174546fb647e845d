"""The summary's figures, computed once from the counts; Markdown, HTML and JSON all read these.

An item's figures are over the agreed answers (`current`), one per file. A recommendation pools
the answers to its items. The split by organisation type is over the organisations' own ratings
(the perspectives), each rating counted for its organisation's type; a file answered without
perspectives adds nothing to it. The gap between two types is the difference of their medians.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Scale
from yhdyspinta_cli.summary.level_stats import LevelStats, add_slots, figures
from yhdyspinta_cli.summary.tally import Tally


@dataclass(frozen=True)
class TypeGap:
    """How far apart two organisation types' medians are: `high` minus `low`."""

    high: str
    low: str
    difference: float


@dataclass(frozen=True)
class Row:
    """An item or a recommendation: the agreed answers, and the ratings split by type."""

    id: str
    recommendation: str
    figures: LevelStats
    by_type: dict[str, LevelStats]
    gap: TypeGap | None
    pairs: tuple[TypeGap, ...]


@dataclass(frozen=True)
class Scope:
    """The figures of one set of files: everything, one round, or one group."""

    files: int
    items: tuple[Row, ...]
    recommendations: tuple[Row, ...]
    overall: Row


def scope_figures(tally: Tally, catalog: Catalog) -> Scope:
    """Items, recommendations and the total of one tally, in checklist order."""
    scale, types = catalog.scale, [t.key for t in catalog.vocabulary.actors]
    items: list[Row] = []
    recommendations: list[Row] = []
    for checklist in catalog.checklists:
        ids = [item.id for item in checklist.items]
        rows = [_row(tally, [i], checklist.id, i, types, scale) for i in ids]
        items += rows
        recommendations.append(_row(tally, ids, checklist.id, checklist.id, types, scale))
    every = [item.id for item in catalog.iter_items()]
    return Scope(
        tally.files,
        tuple(items),
        tuple(recommendations),
        _row(tally, every, "", "all", types, scale),
    )


def _row(
    tally: Tally,
    ids: Sequence[str],
    recommendation: str,
    row_id: str,
    types: list[str],
    scale: Scale,
) -> Row:
    width = tally.width
    slots = _sum(width, (tally.items.get(i) for i in ids))
    unanswered = tally.files * len(ids) - sum(slots)
    by_type: dict[str, LevelStats] = {}
    for org_type in types:
        rated = _sum(width, (tally.types.get((i, org_type)) for i in ids))
        if any(rated):
            by_type[org_type] = figures(rated, scale)
    pairs = type_gaps(by_type)
    return Row(
        row_id, recommendation, figures(slots, scale, unanswered), by_type, widest(pairs), pairs
    )


def _sum(width: int, histograms: Iterable[list[int] | None]) -> list[int]:
    total = [0] * width
    for slots in histograms:
        if slots is not None:
            add_slots(total, slots)
    return total


def type_gaps(by_type: dict[str, LevelStats]) -> tuple[TypeGap, ...]:
    """Every pair of types with a median, in vocabulary order: first minus second."""
    medians = [(t, f.median) for t, f in by_type.items() if f.median is not None]
    return tuple(TypeGap(a, b, ma - mb) for (a, ma), (b, mb) in combinations(medians, 2))


def widest(pairs: Sequence[TypeGap]) -> TypeGap | None:
    """The pair furthest apart, as highest minus lowest median (the first such pair on a tie)."""
    if not pairs:
        return None
    pair = max(pairs, key=lambda p: abs(p.difference))
    if pair.difference >= 0:
        return pair
    return TypeGap(pair.low, pair.high, -pair.difference)
