"""A region beside others: its levels against a `summary --format json` of many assessments.

Per item the benchmark gives the median, Q1-Q3, the share of answers "in place" and N; per
recommendation the region's median level is above, at or below the benchmark's median. A summary
made from other checklist versions is matched by item id, with a warning. A file that is not a
summary is a problem of the option that named it (exit 2).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yhdyspinta_cli.analysis.scoring import Scores
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import OptionFileError, Problem, ProblemError, Severity

SUMMARY_FORMAT = "yhdyspinta/summary"
IN_PLACE = "in-place"
ABOVE, AT, BELOW = "above", "at", "below"


@dataclass(frozen=True)
class BenchmarkFigures:
    """The benchmark's figures for one item or recommendation."""

    median: float | None
    q1: float | None
    q3: float | None
    in_place: float | None  # share of the answers in the "in place" band, 0-1
    n: int


@dataclass(frozen=True)
class Benchmark:
    """A summary read for comparison."""

    path: Path
    items: Mapping[str, BenchmarkFigures]
    recommendations: Mapping[str, BenchmarkFigures]
    checklists: Mapping[str, str] | None  # the versions it was made from, when it says
    files: int | None = None  # how many assessments it summarises, when it says
    period: tuple[str, str] | None = None  # their earliest and latest date, when it says


@dataclass(frozen=True)
class RecommendationVerdict:
    """The region's median level of one recommendation against the benchmark's median."""

    id: str
    region_median: float | None
    benchmark: BenchmarkFigures | None
    verdict: str | None  # ABOVE, AT or BELOW; None when either side has no levels


def read_benchmark(path: Path) -> Benchmark:
    """Read a `summary --format json` file; anything else is a located problem."""
    from yhdyspinta_cli.loading.files import read_text

    try:
        data = json.loads(read_text(path))
    except ProblemError as error:  # missing, not a regular file, not UTF-8, too large
        raise OptionFileError(error.problems) from None
    except json.JSONDecodeError as error:
        raise _problem(path, error.lineno, msg("benchmark_not_json")) from None
    if not isinstance(data, dict) or data.get("format") != SUMMARY_FORMAT:
        raise _problem(path, None, msg("benchmark_not_summary"))
    meta = _mapping(data.get("meta"))
    versions, files, period = (
        meta.get("checklists"),
        meta.get("files"),
        _mapping(meta.get("period")),
    )
    return Benchmark(
        path,
        _figures_by_id(data.get("items")),
        _figures_by_id(data.get("recommendations")),
        {str(k): str(v) for k, v in versions.items()} if isinstance(versions, dict) else None,
        files if isinstance(files, int) and not isinstance(files, bool) else None,
        (str(period["from"]), str(period["to"])) if {"from", "to"} <= period.keys() else None,
    )


def version_mismatch(benchmark: Benchmark, versions: Mapping[str, str]) -> Problem | None:
    """A warning when the benchmark was made from other checklist versions (or does not say)."""
    if benchmark.checklists is not None and all(
        benchmark.checklists.get(k) == v for k, v in versions.items()
    ):
        return None
    text = msg("benchmark_versions_differ", versions=made_from(benchmark))
    return Problem(benchmark.path, None, None, "benchmark-versions", text, Severity.WARNING)


def made_from(benchmark: Benchmark) -> str:
    """The checklist versions a benchmark was made from (`S1 1.0.0, S2 1.0.0`), or that it does
    not say."""
    said = benchmark.checklists
    if not said:
        return msg("benchmark_versions_not_stated")
    return ", ".join(f"{k} {v}" for k, v in sorted(said.items()))


def recommendation_verdicts(scores: Scores, benchmark: Benchmark) -> list[RecommendationVerdict]:
    """Per recommendation: the region's median level above, at or below the benchmark's."""
    verdicts = []
    for checklist, group in scores.recommendations:
        levels = [s.current for s in group.items if s.current is not None]
        region = statistics.median(levels) if levels else None
        theirs = benchmark.recommendations.get(checklist.id)
        verdicts.append(
            RecommendationVerdict(checklist.id, region, theirs, verdict(region, theirs))
        )
    return verdicts


def verdict(region: float | None, theirs: BenchmarkFigures | None) -> str | None:
    """ABOVE, AT or BELOW the benchmark's median; None when either side has no level."""
    if region is None or theirs is None or theirs.median is None:
        return None
    return ABOVE if region > theirs.median else BELOW if region < theirs.median else AT


def _figures_by_id(rows: Any) -> dict[str, BenchmarkFigures]:
    if not isinstance(rows, list):
        return {}
    return {str(row["id"]): _figures(row) for row in rows if isinstance(row, dict) and "id" in row}


def _figures(row: Mapping[str, Any]) -> BenchmarkFigures:
    given = row.get("n")
    n = given if isinstance(given, int) else 0
    counts = _mapping(row.get("band_counts"))
    in_place = counts.get(IN_PLACE)
    share = in_place / n if isinstance(in_place, int) and n else None
    median, q1, q3 = (_number(row.get(key)) for key in ("median", "q1", "q3"))
    return BenchmarkFigures(median, q1, q3, share, n)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _problem(path: Path, line: int | None, text: str) -> OptionFileError:
    return OptionFileError([Problem(path, line, None, "benchmark-unreadable", text)])
