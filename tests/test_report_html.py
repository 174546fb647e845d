"""The HTML export: one self-contained file, from the same Markdown, that Chromium opens."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from assessment_helpers import Cli
from report_helpers import (
    CHROMIUM,
    chromium_screenshot,
    headings,
    html_facts,
    parse,
    tables,
    write_sample,
)

# Attributes that would make a browser fetch something.
FETCHING = {"src", "href", "xlink:href", "srcset", "data", "poster", "action", "background"}


def html_report(cli: Cli, kind: str, source: Path, output: Path, *options: str) -> str:
    run = cli("report", kind, source, "--format", "html", "-o", output, *options)
    assert run.code == 0, run.output
    return output.read_text(encoding="utf-8")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml")


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_the_html_is_one_file_that_fetches_nothing(
    cli: Cli, sample: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "out"
    charts = ["--charts"] if kind == "gaps" else []
    html = html_report(cli, kind, sample, out / f"{kind}.html", *charts)
    assert [p.name for p in out.iterdir()] == [f"{kind}.html"]  # no chart files beside it
    facts = html_facts(html)
    assert not {"link", "script", "img", "iframe", "object", "embed"} & facts.tag_names()
    for tag, name, value in facts.attributes():
        if name in FETCHING:
            assert value.startswith("#"), (tag, name, value)  # only references inside the file
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)


def test_the_css_is_inline_and_prints_on_a4(cli: Cli, sample: Path, tmp_path: Path) -> None:
    html = html_report(cli, "gaps", sample, tmp_path / "gaps.html")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", style)
    assert "@media print" in style


def test_the_charts_are_inline_svg(cli: Cli, sample: Path, tmp_path: Path) -> None:
    html = html_report(cli, "gaps", sample, tmp_path / "gaps.html", "--charts")
    assert html.count("<svg") == 6  # overview, S1..S4 and T1
    assert html.count('<figure class="chart"') == 6
    assert "<?xml" not in html
    without = html_report(cli, "gaps", sample, tmp_path / "plain.html", "--no-charts")
    assert "<svg" not in without


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_the_html_comes_from_the_same_markdown(
    cli: Cli, sample: Path, tmp_path: Path, kind: str
) -> None:
    run = cli("report", kind, sample)
    assert run.code == 0
    markdown = parse(run.out)
    facts = html_facts(html_report(cli, kind, sample, tmp_path / f"{kind}.html"))
    assert facts.tables == tables(markdown)
    assert len(facts.tables) >= 5
    title = headings(markdown, 1)[0]
    assert f"<h1>{title}</h1>" in facts_html(tmp_path / f"{kind}.html")
    assert f"<title>{title}</title>" in facts_html(tmp_path / f"{kind}.html")


def facts_html(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_the_html_language_follows_the_report(cli: Cli, tmp_path: Path) -> None:
    source = write_sample(tmp_path / "a.yaml", lang="sv")
    html = html_report(cli, "gaps", source, tmp_path / "gaps.html")
    assert '<html lang="sv">' in html
    assert "<h1>Gapanalys: Pirkanmaa</h1>" in html


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_headless_chromium_renders_it(cli: Cli, sample: Path, tmp_path: Path, kind: str) -> None:
    html = tmp_path / f"{kind}.html"
    html_report(cli, kind, sample, html, *(["--charts"] if kind == "gaps" else []))
    png = tmp_path / f"{kind}.png"
    result = chromium_screenshot(html, png, tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    assert png.stat().st_size > 10_000
    assert png_size(png) == (1200, 2000)
