"""The template's coverage, trend and group sections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from yhdyspinta_cli.render.numbers import fmt_level, fmt_whole_percent
from yhdyspinta_cli.summary.cells import figure_cells, share
from yhdyspinta_cli.summary.compute import Answers, Summary
from yhdyspinta_cli.summary.level_stats import LevelStats

GROUP_COLUMNS = {"region": "summary_region", "county": "county", "round": "summary_round"}

if TYPE_CHECKING:
    from yhdyspinta_cli.summary.context import Words


def coverage_context(summary: Summary, words: Words) -> dict[str, Any]:
    """Files and answers per county and region, and who rated, by organisation type."""
    lang = words.lang
    return {
        "county_rows": [
            [words.name(c.county), str(c.regions), str(c.files), *_answer_cells(c.answers, lang)]
            for c in summary.counties
        ],
        "place_rows": [
            [
                words.name(p.region),
                words.name(p.county),
                str(p.files),
                ", ".join(p.rounds),
                p.latest,
                *_answer_cells(p.answers, lang),
            ]
            for p in summary.places
        ],
        "type_coverage_rows": [
            [
                words.type_name(t.type),
                str(t.files),
                str(t.organisations),
                str(t.ratings.n),
                fmt_whole_percent(
                    share(t.ratings.band_counts.get("dont-know", 0), t.ratings.n), lang
                ),
            ]
            for t in summary.types
        ],
    }


def _dont_know_share(ratings: LevelStats) -> int | None:
    return share(ratings.band_counts.get("dont-know", 0), ratings.n)


def _answer_cells(answers: Answers, lang: str) -> list[str]:
    whole = answers.slots
    return [
        fmt_whole_percent(share(part, whole), lang)
        for part in (answers.level, answers.dont_know, answers.not_applicable, answers.unanswered)
    ]


def trend_context(summary: Summary, words: Words) -> dict[str, Any]:
    """One row per round: the pooled figures, and each recommendation's median."""
    scale, lang = words.catalog.scale, words.lang
    return {
        "trend_rows": [
            [
                r.round,
                str(r.scope.files),
                str(r.regions),
                *figure_cells(r.scope.overall.figures, scale, lang),
            ]
            for r in summary.rounds
        ],
        "trend_ids": [rec.id for rec in summary.scope.recommendations],
        "trend_median_rows": [
            [r.round, *[fmt_level(rec.figures.median, lang) for rec in r.scope.recommendations]]
            for r in summary.rounds
        ],
    }


def groups_context(summary: Summary, words: Words) -> dict[str, Any]:
    """With --group-by: per recommendation one row per group, and the item medians side by side."""
    if summary.group_by is None:
        return {"group_by": None}
    scale, lang = words.catalog.scale, words.lang
    names = [words.name(g.name) for g in summary.groups]
    tables = [
        {
            "title": words.labels["summary_all_recommendations"],
            "rows": [
                [name, str(g.scope.files), *figure_cells(g.scope.overall.figures, scale, lang)]
                for name, g in zip(names, summary.groups, strict=True)
            ],
        }
    ]
    for index, rec in enumerate(summary.scope.recommendations):
        tables.append(
            {
                "title": rec.id,
                "rows": [
                    [
                        name,
                        str(g.scope.files),
                        *figure_cells(g.scope.recommendations[index].figures, scale, lang),
                    ]
                    for name, g in zip(names, summary.groups, strict=True)
                ],
            }
        )
    return {
        "group_by": summary.group_by,
        "group_heading": words.labels[f"summary_group_{summary.group_by}"],
        "group_column": words.labels[GROUP_COLUMNS[summary.group_by]],
        "group_names": names,
        "group_tables": tables,
        "group_median_rows": [
            [item.id, *[fmt_level(g.scope.items[i].figures.median, lang) for g in summary.groups]]
            for i, item in enumerate(summary.scope.items)
        ],
    }
