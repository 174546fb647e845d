"""Every HTML output in headless Chromium: axe-core finds no WCAG 2.1 A/AA violation, and nothing
runs off a 1000 px window or an A4 print page (718 px between 1 cm margins)."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from browser_helpers import assert_accessible_and_fits, inspect_page, require_browser
from report_helpers import write_sample
from summary_helpers import generate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def browser() -> None:
    require_browser()


@pytest.mark.parametrize("kind", ["gaps", "plan"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_reports_are_accessible_and_fit_the_page(
    cli: Cli, tmp_path: Path, kind: str, lang: str
) -> None:
    source = write_sample(tmp_path / "a.yaml", lang)
    out = tmp_path / f"{kind}.html"
    run = cli("report", kind, source, "--format", "html", "--lang", lang, "-o", out)
    assert run.code == 0, run.output
    report = inspect_page(out, tmp_path / f"{kind}.png")
    assert_accessible_and_fits(report)
    assert (tmp_path / f"{kind}.png").stat().st_size > 10_000  # a real screenshot was taken


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_summary_is_accessible_and_fits_the_page(cli: Cli, tmp_path: Path, lang: str) -> None:
    """Its item tables had 12 columns with the question (1,087 px); its charts are inline SVG."""
    generate(tmp_path / "many", 40)
    out = tmp_path / "summary.html"
    args = ("--lang", lang, "--group-by", "county", "--format", "html", "-o", out)
    run = cli("summary", tmp_path / "many", *args)
    assert run.code == 0, run.output
    assert out.read_text(encoding="utf-8").count('<svg xmlns="http://www.w3.org/2000/svg"') == 9
    report = inspect_page(out, tmp_path / "summary.png")
    assert_accessible_and_fits(report)
