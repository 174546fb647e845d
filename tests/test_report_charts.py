"""Charts: SVG files beside the Markdown, a Unicode-bar fallback, and the same bytes on every run.
What the charts say (labels, text alternatives, colours) is in test_chart_reading.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from assessment_helpers import Cli
from conftest import run_installed
from report_helpers import images, only_table, parse, section, write_sample

SVG = "{http://www.w3.org/2000/svg}svg"
CHARTS = [
    "gaps-overview.svg", "gaps-s1.svg", "gaps-s2.svg", "gaps-s3.svg", "gaps-s4.svg", "gaps-t1.svg"
]  # fmt: skip


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml")


def test_charts_are_written_beside_the_markdown_and_linked(
    cli: Cli, sample: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out" / "gaps.md"
    run = cli("report", "gaps", sample, "-o", output)
    assert run.code == 0, run.output
    assert run.out == f"wrote {output} and 6 chart(s) beside it\n"
    assert sorted(p.name for p in output.parent.glob("*.svg")) == CHARTS
    tokens = parse(output.read_text(encoding="utf-8"))
    assert sorted(images(tokens)) == CHARTS
    assert images(section(tokens, "S2 Leading the cooperation")) == ["gaps-s2.svg"]
    for name in CHARTS:
        root = ET.parse(output.parent / name).getroot()
        assert root.tag == SVG


def test_the_charts_show_the_recommendations_and_items(
    cli: Cli, sample: Path, tmp_path: Path
) -> None:
    output = tmp_path / "gaps.md"
    assert cli("report", "gaps", sample, "-o", output).code == 0
    overview = (tmp_path / "gaps-overview.svg").read_text(encoding="utf-8")
    assert all(f">{r}<" in overview for r in ("S1", "S2", "S3", "S4", "T1"))
    s1 = (tmp_path / "gaps-s1.svg").read_text(encoding="utf-8")
    assert all(f">{i}<" in s1 for i in ("S1.1a", "S1.1b", "S1.5"))
    assert ">Current<" in s1 and ">Target<" in s1  # the legend, in the report's language


def test_the_chart_names_follow_the_output_name(cli: Cli, sample: Path, tmp_path: Path) -> None:
    output = tmp_path / "reports" / "2026-kevat.md"
    assert cli("report", "gaps", sample, "-o", output).code == 0
    names = sorted(p.name for p in output.parent.glob("*.svg"))
    assert names == [name.replace("gaps", "2026-kevat") for name in CHARTS]


def test_no_charts_writes_no_svg_but_keeps_the_text_bars(
    cli: Cli, sample: Path, tmp_path: Path
) -> None:
    output = tmp_path / "gaps.md"
    run = cli("report", "gaps", sample, "-o", output, "--no-charts")
    assert run.out == f"wrote {output}\n"
    assert not list(tmp_path.rglob("*.svg"))
    tokens = parse(output.read_text(encoding="utf-8"))
    assert images(tokens) == []
    bars = only_table(section(tokens, "Levels and targets"))
    assert bars.header == ["Recommendation", "Current", "Target"]
    assert bars.rows == [
        ["S1", "███████ 3.5", "████████▌ 4.3"],  # mean target of the levelled items: 17/4
        ["S2", "█████▍ 2.7", "████████ 4.0"],  # (3 + 5) / 2, S2.2a has no target
        ["S3", "· –", "· –"],
        ["S4", "· –", "· –"],
        ["T1", "· –", "· –"],
    ]


def test_standard_output_has_no_charts_unless_asked(cli: Cli, sample: Path, tmp_path: Path) -> None:
    run = cli("report", "gaps", sample)
    assert images(parse(run.out)) == []
    assert not list(tmp_path.rglob("*.svg"))
    with_charts = cli("report", "gaps", sample, "--format", "html", "--charts")
    assert with_charts.out.count("<svg") == 6
    assert not list(tmp_path.rglob("*.svg"))


def test_two_runs_write_the_same_bytes(sample: Path, tmp_path: Path) -> None:
    """Separate processes (different hash seeds), so the report is a clean git diff."""
    outputs = []
    for run in ("one", "two"):
        result = run_installed("report", "gaps", sample, "-o", tmp_path / run / "gaps.md")
        assert result.returncode == 0, result.stderr
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run).iterdir()})
    assert sorted(outputs[0]) == sorted(["gaps.md", *CHARTS])
    assert outputs[0] == outputs[1]
    svg = outputs[0]["gaps-s1.svg"].decode()
    assert svg.startswith("<svg ") and "date" not in svg.lower()  # nothing that changes by itself
