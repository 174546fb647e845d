"""The summary's figures as JSON for scripts: the same Summary the Markdown is made from."""

from __future__ import annotations

from typing import Any

from yhdyspinta_cli.summary.compute import Answers, Summary
from yhdyspinta_cli.summary.figures import Row, Scope, TypeGap
from yhdyspinta_cli.summary.level_stats import LevelStats

FORMAT = "yhdyspinta/summary"
VERSION = 1


def summary_json(summary: Summary) -> dict[str, Any]:
    """Everything in the summary: figures, coverage, trend, groups and skipped files."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "files": {
            "used": summary.scope.files,
            "skipped": len(summary.skipped),
            "left_out_by_since": summary.left_out,
        },
        "since": summary.since,
        "group_by": summary.group_by,
        "anonymised": summary.anonymised,
        "period": list(summary.dates) or None,
        **scope_json(summary.scope),
        "types": [
            {
                "type": t.type,
                "files": t.files,
                "organisations": t.organisations,
                **figures_json(t.ratings),
            }
            for t in summary.types
        ],
        "coverage": _coverage(summary),
        "trend": [
            {"round": r.round, "regions": r.regions, **scope_json(r.scope)} for r in summary.rounds
        ],
        "groups": [{"name": g.name, **scope_json(g.scope)} for g in summary.groups]
        if summary.group_by
        else None,
        "skipped": [
            {
                "file": str(p.path),
                "line": p.line,
                "column": p.column,
                "rule": p.rule,
                "reason": p.message,
            }
            for p in summary.skipped
        ],
        "unknown_items": summary.unknown_items,
        "notes": [
            {"item": item, "region": region, "date": date, "text": text}
            for item, region, date, text in summary.notes
        ],
    }


def scope_json(scope: Scope) -> dict[str, Any]:
    """A set of files: its count, the total, each recommendation and each item."""
    return {
        "n_files": scope.files,
        "overall": row_json(scope.overall),
        "recommendations": [row_json(r) for r in scope.recommendations],
        "items": [row_json(r) for r in scope.items],
    }


def row_json(row: Row) -> dict[str, Any]:
    """An item or recommendation: `id`, the figures, and the same figures per type."""
    return {
        "id": row.id,
        **(
            {"recommendation": row.recommendation} if row.recommendation not in ("", row.id) else {}
        ),
        **figures_json(row.figures),
        "by_type": {key: figures_json(f) for key, f in row.by_type.items()},
        "type_gap": _gap(row.gap),
        "type_gaps": [_gap(p) for p in row.pairs],
    }


def figures_json(figures: LevelStats) -> dict[str, Any]:
    """N, median, quartiles and spread, the band percentages and counts."""
    result: dict[str, Any] = {
        "n": figures.n,
        "n_levels": figures.levels,
        "median": figures.median,
        "q1": figures.q1,
        "q3": figures.q3,
        "iqr": figures.iqr,
        "band_percent": figures.band_percent,
        "band_counts": figures.band_counts,
        "not_applicable": figures.not_applicable,
    }
    if figures.unanswered is not None:
        result["unanswered"] = figures.unanswered
    return result


def _gap(gap: TypeGap | None) -> dict[str, Any] | None:
    if gap is None:
        return None
    return {"high": gap.high, "low": gap.low, "difference": gap.difference}


def _coverage(summary: Summary) -> dict[str, Any]:
    return {
        "counties": [
            {"county": c.county, "regions": c.regions, "files": c.files, **_answers(c.answers)}
            for c in summary.counties
        ],
        "regions": [
            {
                "region": p.region,
                "county": p.county,
                "files": p.files,
                "rounds": list(p.rounds),
                "latest": p.latest,
                **_answers(p.answers),
            }
            for p in summary.places
        ],
    }


def _answers(answers: Answers) -> dict[str, int]:
    return {
        "items_answered": answers.level,
        "items_dont_know": answers.dont_know,
        "items_not_applicable": answers.not_applicable,
        "items_unanswered": answers.unanswered,
    }
