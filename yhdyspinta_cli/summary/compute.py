"""From the merged counts to the Summary: the overall picture, rounds, groups and coverage.

Names are resolved here, once: with --anonymise every region, county and file name in the
Summary is already a pseudonym, so no output format can show a real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.privacy.detectors import has_personal_data, redact
from yhdyspinta_cli.problems import Problem
from yhdyspinta_cli.summary.figures import Scope, scope_figures
from yhdyspinta_cli.summary.level_stats import LevelStats, add_slots, figures
from yhdyspinta_cli.summary.names import Pseudonyms
from yhdyspinta_cli.summary.tally import Aggregate, Place, Tally

Namer = Callable[[str, str], str]


@dataclass(frozen=True)
class Group:
    """One group of --group-by: a region, a county or a round, with its figures."""

    name: str | None  # None: the files that name no county
    scope: Scope


@dataclass(frozen=True)
class Answers:
    """How a set of item slots (files × items) was answered."""

    level: int
    dont_know: int
    not_applicable: int
    unanswered: int

    @property
    def slots(self) -> int:
        """Every item of every file."""
        return self.level + self.dont_know + self.not_applicable + self.unanswered


@dataclass(frozen=True)
class PlaceRow:
    """Coverage of one region."""

    region: str
    county: str | None
    files: int
    rounds: tuple[str, ...]
    latest: str
    answers: Answers


@dataclass(frozen=True)
class CountyRow:
    """Coverage of one county."""

    county: str | None
    regions: int
    files: int
    answers: Answers


@dataclass(frozen=True)
class TypeRow:
    """Who rated: an organisation type, the files it took part in, all its ratings."""

    type: str
    files: int
    organisations: int
    ratings: LevelStats


@dataclass(frozen=True)
class RoundRow:
    """One half-year round of the trend."""

    round: str
    regions: int
    scope: Scope


@dataclass(frozen=True)
class Summary:
    """Everything the summary shows, in every format."""

    scope: Scope
    rounds: tuple[RoundRow, ...]
    groups: tuple[Group, ...]
    places: tuple[PlaceRow, ...]
    counties: tuple[CountyRow, ...]
    types: tuple[TypeRow, ...]
    skipped: tuple[Problem, ...]
    left_out: int
    unknown_items: dict[str, int]
    notes: tuple[tuple[str, str, str, str], ...]  # item, region, date, text
    dates: tuple[str, ...]
    group_by: str | None
    since: str | None
    anonymised: bool


def compute_summary(
    aggregate: Aggregate, catalog: Catalog, since: str | None, pseudonyms: Pseudonyms | None
) -> Summary:
    """The whole summary from the merged counts."""
    name = _namer(pseudonyms)
    overall = aggregate.overall()
    places = tuple(
        sorted((_place_row(p, catalog, name) for p in aggregate.places.values()), key=_by_region)
    )
    rounds = tuple(
        RoundRow(
            r, sum(1 for p in aggregate.places.values() if r in p.rounds), scope_figures(t, catalog)
        )
        for r, t in sorted(aggregate.rounds().items())
    )
    return Summary(
        scope=scope_figures(overall, catalog),
        rounds=rounds,
        groups=_groups(aggregate, catalog, name, rounds),
        places=places,
        counties=_counties(places),
        types=_types(aggregate, overall, catalog),
        skipped=tuple(
            _safe_problem(p, name) for p in sorted(aggregate.skipped, key=lambda p: str(p.path))
        ),
        left_out=aggregate.left_out,
        unknown_items=dict(sorted(aggregate.unknown_items.items())),
        notes=tuple(
            sorted(
                (item, name("region", region), date, text)
                for region, date, item, text in aggregate.notes
            )
        ),
        dates=tuple(aggregate.dates),
        group_by=aggregate.group_by,
        since=since,
        anonymised=pseudonyms is not None,
    )


def _namer(pseudonyms: Pseudonyms | None) -> Namer:
    if pseudonyms is None:
        return lambda kind, name: name
    return pseudonyms.of


def _place_row(place: Place, catalog: Catalog, name: Namer) -> PlaceRow:
    county = min(place.county_names)
    slots = place.files * sum(len(c.items) for c in catalog.checklists)
    level, dont_know, not_applicable = place.answers
    return PlaceRow(
        region=name("region", min(place.names)),
        county=name("county", county) if county else None,
        files=place.files,
        rounds=tuple(sorted(place.rounds)),
        latest=place.latest,
        answers=Answers(
            level, dont_know, not_applicable, slots - level - dont_know - not_applicable
        ),
    )


def _by_region(row: PlaceRow) -> tuple[str, str]:
    return (row.region.casefold(), (row.county or "").casefold())


def _counties(places: tuple[PlaceRow, ...]) -> tuple[CountyRow, ...]:
    rows = []
    for county in sorted(
        {p.county for p in places}, key=lambda c: (c is None, (c or "").casefold())
    ):
        mine = [p for p in places if p.county == county]
        totals = [0, 0, 0, 0]
        for p in mine:
            add_slots(
                totals,
                [
                    p.answers.level,
                    p.answers.dont_know,
                    p.answers.not_applicable,
                    p.answers.unanswered,
                ],
            )
        rows.append(CountyRow(county, len(mine), sum(p.files for p in mine), Answers(*totals)))
    return tuple(rows)


def _types(aggregate: Aggregate, overall: Tally, catalog: Catalog) -> tuple[TypeRow, ...]:
    every = _all_ratings(overall, aggregate.width)
    rows = []
    for term in catalog.vocabulary.actors:
        files, organisations = aggregate.type_files.get(term.key, [0, 0])
        if files:
            ratings = every.get(term.key, [0] * aggregate.width)
            rows.append(TypeRow(term.key, files, organisations, figures(ratings, catalog.scale)))
    return tuple(rows)


def _all_ratings(tally: Tally, width: int) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for (_, org_type), slots in tally.types.items():
        add_slots(totals.setdefault(org_type, [0] * width), slots)
    return totals


def _groups(
    aggregate: Aggregate, catalog: Catalog, name: Namer, rounds: tuple[RoundRow, ...]
) -> tuple[Group, ...]:
    if aggregate.group_by == "round":
        return tuple(Group(r.round, r.scope) for r in rounds)
    kind = aggregate.group_by or ""
    groups = [
        Group(
            name(kind, min(aggregate.group_names[key])) if key else None,
            scope_figures(tally, catalog),
        )
        for key, tally in aggregate.groups().items()
    ]
    return tuple(sorted(groups, key=lambda g: (g.name is None, (g.name or "").casefold())))


def _safe_problem(problem: Problem, name: Namer) -> Problem:
    """A skipped file's problem as the summary prints it: the name as --anonymise says, and no
    value the personal-data rules match (a schema message quotes what it refuses)."""
    message = redact(problem.message) if has_personal_data(problem.message) else problem.message
    return replace(problem, path=Path(name("file", str(problem.path))), message=message)
