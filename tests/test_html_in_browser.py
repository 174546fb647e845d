"""Every HTML output in headless Chromium: axe-core finds no WCAG 2.1 A/AA violation, and nothing
runs off a 1000 px window or an A4 print page (718 px between 1 cm margins)."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from browser_helpers import assert_accessible_and_fits, inspect_page, require_browser
from report_helpers import write_sample

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
