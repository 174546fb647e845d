"""The gap report beside a benchmark: its Markdown section's context and its JSON objects."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from yhdyspinta_cli.analysis.benchmark import (
    IN_PLACE,
    Benchmark,
    BenchmarkFigures,
    RecommendationVerdict,
    made_from,
    recommendation_verdicts,
    verdict,
    version_mismatch,
)
from yhdyspinta_cli.analysis.scoring import ItemScore
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.render.markdown import md_text
from yhdyspinta_cli.render.meta import checklist_versions
from yhdyspinta_cli.render.numbers import NO_VALUE, fmt_level, fmt_percent
from yhdyspinta_cli.report.context import ReportInput

TEMPLATE = "benchmark.md.j2"


def benchmark_context(source: ReportInput, benchmark: Benchmark) -> dict[str, Any]:
    """The section's words and one table per recommendation, user text escaped."""
    labels, lang = source.labels, source.lang
    verdicts = {v.id: v for v in recommendation_verdicts(source.scores, benchmark)}
    band = next(b for b in source.catalog.scale.bands if b.key == IN_PLACE)
    band_label = md_text(band.label.get(lang))
    differs = version_mismatch(benchmark, checklist_versions(source.catalog)) is not None
    return {
        "L": labels,
        "source": _source_line(source, benchmark),
        "intro": labels["benchmark_intro"].format(
            band=band_label, levels=_levels_text(band.levels)
        ),
        "in_place": band_label,
        "versions_note": labels["benchmark_versions_note"].format(versions=made_from(benchmark))
        if differs
        else "",
        "recommendations": [
            {
                "heading": labels["benchmark_heading"].format(
                    recommendation=f"{checklist.id} {md_text(checklist.title.get(lang))}"
                ),
                "verdict": _verdict_line(verdicts[checklist.id], source),
                "rows": [_item_row(s, benchmark.items.get(s.item.id), source) for s in group.items]
                if any(_answered(benchmark.items.get(s.item.id)) for s in group.items)
                else [],  # the benchmark has none of its items: the verdict line says so
            }
            for checklist, group in source.scores.recommendations
        ],
    }


def with_benchmark(
    figures: dict[str, Any], source: ReportInput, benchmark: Benchmark
) -> dict[str, Any]:
    """The gap report's JSON with a `benchmark` object per item and per recommendation."""
    verdicts = {v.id: v for v in recommendation_verdicts(source.scores, benchmark)}
    differs = version_mismatch(benchmark, checklist_versions(source.catalog)) is not None
    return {
        **figures,
        "benchmark": {
            "file": str(benchmark.path),
            "checklists": benchmark.checklists,
            "matched_by_id": differs,
        },
        "recommendations": [
            {**row, "benchmark": _verdict_json(verdicts.get(row["id"]))}
            for row in figures["recommendations"]
        ],
        "items": [
            {**row, "benchmark": figures_json(benchmark.items.get(row["id"]))}
            for row in figures["items"]
        ],
    }


def figures_json(figures: BenchmarkFigures | None) -> dict[str, Any] | None:
    """`median`, `q1`, `q3`, `in_place` (a share 0-1) and `n`; null when the benchmark lacks it."""
    if figures is None:
        return None
    return {
        "median": figures.median,
        "q1": figures.q1,
        "q3": figures.q3,
        "in_place": figures.in_place,
        "n": figures.n,
    }


def _verdict_json(found: RecommendationVerdict | None) -> dict[str, Any] | None:
    if found is None or found.benchmark is None:
        return None
    return {
        **(figures_json(found.benchmark) or {}),
        "region_median": found.region_median,
        "verdict": found.verdict,
    }


def _answered(figures: BenchmarkFigures | None) -> bool:
    return figures is not None and figures.n > 0


def _source_line(source: ReportInput, benchmark: Benchmark) -> str:
    name = md_text(benchmark.path.name)
    if benchmark.files is None or benchmark.period is None:
        return source.labels["benchmark_source"].format(file=name)
    first, last = benchmark.period
    return source.labels["benchmark_source_counted"].format(
        file=name, files=benchmark.files, first=first, last=last
    )


def _levels_text(levels: Collection[int]) -> str:
    if not levels:
        return NO_VALUE
    return f"{min(levels)}–{max(levels)}" if len(levels) > 1 else str(min(levels))


def _verdict_line(found: RecommendationVerdict, source: ReportInput) -> str:
    if found.verdict is None or found.benchmark is None:
        return source.labels["benchmark_verdict_none"]
    region = fmt_level(found.region_median, source.lang)
    median = fmt_level(found.benchmark.median, source.lang)
    return source.labels[f"benchmark_verdict_{found.verdict}"].format(region=region, median=median)


def _item_row(score: ItemScore, theirs: BenchmarkFigures | None, source: ReportInput) -> list[str]:
    lang = source.lang
    position = verdict(score.current, theirs)
    return [
        score.item.id,
        _own_level(score, source),
        fmt_level(theirs.median if theirs else None, lang),
        _quartiles(theirs, lang),
        fmt_percent(theirs.in_place if theirs else None, lang),
        source.labels[f"benchmark_{position}"] if position else NO_VALUE,
        str(theirs.n) if theirs else "0",
    ]


def _own_level(score: ItemScore, source: ReportInput) -> str:
    value = score.answer.current
    if value in (DONT_KNOW, NOT_APPLICABLE):
        return source.catalog.scale.special_answer(str(value)).label.get(source.lang)
    return NO_VALUE if value is None else str(value)


def _quartiles(theirs: BenchmarkFigures | None, lang: str) -> str:
    if theirs is None or theirs.q1 is None or theirs.q3 is None:
        return NO_VALUE
    return f"{fmt_level(theirs.q1, lang)}–{fmt_level(theirs.q3, lang)}"
