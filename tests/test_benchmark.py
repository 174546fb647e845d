"""A region against a benchmark summary: figures computed independently here from the levels."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from assessment_helpers import Cli
from conftest import Run
from summary_helpers import assessment_data, write_yaml
from walk_helpers import catalog

from yhdyspinta_cli.analysis.benchmark import (
    ABOVE,
    AT,
    BELOW,
    read_benchmark,
    recommendation_verdicts,
    version_mismatch,
)
from yhdyspinta_cli.analysis.scoring import score_assessment
from yhdyspinta_cli.assessment.model import Answer, Assessment
from yhdyspinta_cli.problems import ProblemError

# Four regions' levels for S1.2 and S2.1; "in place" is levels 4-5 (checklists/scale.yaml).
LEVELS = {"S1.2": [1, 2, 4, 5], "S2.1": [3, 3, 3, 3]}
IN_PLACE_LEVELS = {4, 5}


@pytest.fixture
def benchmark_file(cli: Cli, tmp_path: Path) -> Path:
    for index in range(4):
        answers = {item: {"current": levels[index]} for item, levels in LEVELS.items()}
        write_yaml(
            tmp_path / "in" / f"r{index}.yaml",
            assessment_data(f"R{index}", "2026-03-14", answers=answers),
        )
    out = tmp_path / "benchmark.json"
    run: Run = cli("summary", tmp_path / "in", "--format", "json", "-o", out)
    assert out.exists(), run.output
    return out


def test_item_figures_are_the_benchmarks_median_quartiles_and_in_place_share(
    benchmark_file: Path,
) -> None:
    benchmark = read_benchmark(benchmark_file)
    for item_id, levels in LEVELS.items():
        figures = benchmark.items[item_id]
        q1, median, q3 = statistics.quantiles(levels, n=4, method="inclusive")
        assert (figures.q1, figures.median, figures.q3) == (q1, median, q3)
        assert figures.n == len(levels)
        assert figures.in_place == sum(level in IN_PLACE_LEVELS for level in levels) / len(levels)


def test_the_verdict_compares_the_regions_median_with_the_benchmarks(benchmark_file: Path) -> None:
    benchmark = read_benchmark(benchmark_file)
    region = Assessment(
        "Oma", "2026-09-01", "fi",
        answers={"S1.2": Answer(current=4), "S1.3": Answer(current=5), "S2.1": Answer(current=2)},
    )  # fmt: skip
    verdicts = {
        v.id: v for v in recommendation_verdicts(score_assessment(region, catalog()), benchmark)
    }
    s1_median = statistics.median(
        [lvl for item, levels in LEVELS.items() if item.startswith("S1") for lvl in levels]
    )
    assert verdicts["S1"].region_median == statistics.median([4, 5])
    assert verdicts["S1"].verdict == (
        ABOVE if s1_median < 4.5 else AT if s1_median == 4.5 else BELOW
    )
    assert verdicts["S2"].verdict == BELOW  # 2 against a median of 3
    assert verdicts["S3"].verdict is None  # the region gave no level in S3


def test_a_benchmark_without_versions_is_matched_by_id_with_a_warning(benchmark_file: Path) -> None:
    benchmark = read_benchmark(benchmark_file)
    versions = {c.id: c.version for c in catalog().checklists}
    if benchmark.checklists == versions:
        assert version_mismatch(benchmark, versions) is None
    else:
        warning = version_mismatch(benchmark, versions)
        assert warning is not None and "matched by id" in warning.message
    other = {**versions, "S1": "0.9.0"}
    assert version_mismatch(benchmark, other) is not None


@pytest.mark.parametrize(
    ("text", "line"),
    [("{not json", 1), ('{"format": "yhdyspinta/assessment"}', None), ("[1, 2]", None)],
)
def test_anything_but_a_summary_is_refused_with_its_place(
    tmp_path: Path, text: str, line: int | None
) -> None:
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemError) as raised:
        read_benchmark(path)
    [problem] = raised.value.problems
    assert (problem.path, problem.line, problem.rule) == (path, line, "benchmark-unreadable")
    assert "yhdyspinta summary --format json" in problem.message
