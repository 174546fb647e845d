"""Counters that many files add up to, and that merge: the only thing a summary keeps.

Each file is counted once, into the cell of its round and (with --group-by region or county)
its group; the overall, per-round and per-group counts are sums of cells, made at the end.
Memory grows with the number of items, organisation types, regions and rounds, never with the
number of files (except the notes, and only with --include-notes).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TypeVar

from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.problems import Problem
from yhdyspinta_cli.summary.level_stats import add_slots
from yhdyspinta_cli.summary.names import name_key, round_of
from yhdyspinta_cli.summary.reading import FileFacts

Cell = tuple[str, str]  # (round, group key); the group key is "" unless grouping by place
K = TypeVar("K")


def slot_table(levels: tuple[int, ...]) -> dict[Any, int]:
    """Answer → histogram slot: the levels in order, then don't know and not applicable."""
    table: dict[Any, int] = {level: index for index, level in enumerate(levels)}
    table[DONT_KNOW] = len(levels)
    table[NOT_APPLICABLE] = len(levels) + 1
    return table


@dataclass
class Tally:
    """Histograms of one set of files: per item (the agreed answers) and per item and type."""

    width: int
    files: int = 0
    items: dict[str, list[int]] = field(default_factory=dict)
    types: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def add(self, facts: FileFacts, slot: dict[Any, int]) -> None:
        """Count one file's answers and its organisations' ratings (the hot loop: kept flat)."""
        self.files += 1
        items, types, width, org_types = self.items, self.types, self.width, facts.org_types
        for item_id, current, ratings in facts.answers:
            if current is not None:
                row = items.get(item_id)
                if row is None:
                    row = items[item_id] = [0] * width
                row[slot[current]] += 1
            for org, rating in ratings.items():
                key = (item_id, org_types[org])
                row = types.get(key)
                if row is None:
                    row = types[key] = [0] * width
                row[slot[rating]] += 1

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.files += other.files
        _add_table(self.items, other.items)
        _add_table(self.types, other.types)


def _add_table(table: dict[K, list[int]], more: dict[K, list[int]]) -> None:
    for key, slots in more.items():
        mine = table.get(key)
        if mine is None:
            table[key] = list(slots)
        else:
            add_slots(mine, slots)


@dataclass
class Place:
    """Coverage of one region (in one county): files, rounds and how its items were answered."""

    names: set[str] = field(default_factory=set)  # the spellings seen; the first sorted is shown
    county_names: set[str] = field(default_factory=set)
    files: int = 0
    rounds: Counter[str] = field(default_factory=Counter)
    latest: str = ""
    answers: list[int] = field(default_factory=lambda: [0, 0, 0])  # level, dont-know, n/a

    def merge(self, other: Place) -> None:
        """Add another partial count of the same place."""
        self.names |= other.names
        self.county_names |= other.county_names
        self.files += other.files
        self.rounds.update(other.rounds)
        self.latest = max(self.latest, other.latest)
        add_slots(self.answers, other.answers)


@dataclass
class Aggregate:
    """Everything a summary is computed from."""

    width: int
    group_by: str | None = None
    cells: dict[Cell, Tally] = field(default_factory=dict)
    group_names: dict[str, set[str]] = field(default_factory=dict)
    places: dict[tuple[str, str], Place] = field(default_factory=dict)
    type_files: dict[str, list[int]] = field(default_factory=dict)  # [files, organisations]
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # of files that were used
    left_out: int = 0
    unknown_items: Counter[str] = field(default_factory=Counter)
    notes: list[tuple[str, str, str, str]] = field(default_factory=list)  # region, date, item, text
    dates: list[str] = field(default_factory=list)  # [first, last]
    workers: set[int] = field(default_factory=set)

    def add(self, facts: FileFacts, slot: dict[Any, int]) -> None:
        """Count one accepted file: its cell, its place, its organisation types, its notes."""
        when = round_of(facts.date)
        group = ""
        if self.group_by in ("region", "county"):
            name = facts.region if self.group_by == "region" else facts.county or ""
            group = name_key(name)
            self.group_names.setdefault(group, set()).add(name)
        cell = self.cells.get((when, group))
        if cell is None:
            cell = self.cells[(when, group)] = Tally(self.width)
        cell.add(facts, slot)
        self._place(facts, when, slot)
        for org_type in facts.org_types.values():
            self.type_files.setdefault(org_type, [0, 0])[1] += 1
        for org_type in set(facts.org_types.values()):
            self.type_files[org_type][0] += 1
        self.unknown_items.update(set(facts.unknown_items))
        self.warnings += facts.warnings
        self.notes += [(facts.region, facts.date, item, note) for item, note in facts.notes]
        self.dates = _span(self.dates, [facts.date])

    def merge(self, other: Aggregate) -> None:
        """Add a partial aggregate (from a worker) to this one."""
        for key, tally in other.cells.items():
            self.cells.setdefault(key, Tally(self.width)).merge(tally)
        for group, names in other.group_names.items():
            self.group_names.setdefault(group, set()).update(names)
        for place_key, place in other.places.items():
            self.places.setdefault(place_key, Place()).merge(place)
        for org_type, counts in other.type_files.items():
            add_slots(self.type_files.setdefault(org_type, [0, 0]), counts)
        self.skipped += other.skipped
        self.warnings += other.warnings
        self.left_out += other.left_out
        self.unknown_items.update(other.unknown_items)
        self.notes += other.notes
        self.dates = _span(self.dates, other.dates)
        self.workers |= other.workers

    @property
    def files(self) -> int:
        """Accepted files."""
        return sum(tally.files for tally in self.cells.values())

    def overall(self) -> Tally:
        """All files."""
        return self._sum(None, "")

    def rounds(self) -> dict[str, Tally]:
        """Per half-year round, oldest first."""
        return {r: self._sum(0, r) for r in sorted({when for when, _ in self.cells})}

    def groups(self) -> dict[str, Tally]:
        """Per region or county key (with --group-by region or county)."""
        return {g: self._sum(1, g) for g in sorted({group for _, group in self.cells})}

    def _sum(self, part: int | None, value: str) -> Tally:
        """The cells whose round (part 0) or group (part 1) is `value`; every cell for None."""
        total = Tally(self.width)
        for key, tally in self.cells.items():
            if part is None or key[part] == value:
                total.merge(tally)
        return total

    def _place(self, facts: FileFacts, when: str, slot: dict[Any, int]) -> None:
        key = (name_key(facts.region), name_key(facts.county or ""))
        place = self.places.get(key) or self.places.setdefault(key, Place())
        place.names.add(facts.region)
        place.county_names.add(facts.county or "")
        place.files += 1
        place.rounds[when] += 1
        place.latest = max(place.latest, facts.date)
        levels = slot[DONT_KNOW]
        for _, current, _ in facts.answers:
            if current is not None:
                index = slot[current]
                place.answers[0 if index < levels else index - levels + 1] += 1


def _span(dates: list[str], more: list[str]) -> list[str]:
    both = dates + more
    return [min(both), max(both)] if both else []


def new_aggregate(levels: tuple[int, ...], group_by: str | None) -> Aggregate:
    """An empty aggregate for a scale with these levels, stamped with this process's id."""
    aggregate = Aggregate(len(levels) + 2, group_by)
    aggregate.workers.add(os.getpid())
    return aggregate
