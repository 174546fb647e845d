"""HTML as a person sees it: headless Chromium (Debian's package) driven by puppeteer-core, with
axe-core for accessibility, both from npm in `.tools/` (the README's test command installs them).

Where Chromium or the npm packages are missing the tests skip with the reason; CI installs both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = REPO / ".tools" / "node_modules"
SCRIPT = Path(__file__).parent / "browser" / "inspect_page.mjs"


@dataclass(frozen=True)
class PageReport:
    """What Chromium and axe-core found on one page."""

    violations: list[dict[str, Any]]
    screen: dict[str, Any]
    print: dict[str, Any]
    text: str


def require_browser() -> None:
    """Skip, saying why, where the browser or the npm packages are missing."""
    if not CHROMIUM.exists():
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium; CI installs it)")
    node = shutil.which("node")
    if (
        node is None
        or not (NODE_MODULES / "axe-core").is_dir()
        or not (NODE_MODULES / "puppeteer-core").is_dir()
    ):
        pytest.skip(
            "node with axe-core and puppeteer-core in .tools/ is needed (the README's test command)"
        )


def inspect_page(
    html: Path | str, screenshot: Path | None = None, size: str = "1000x800"
) -> PageReport:
    """Open `html` in headless Chromium: axe violations, overflow on screen and on A4, the text."""
    require_browser()
    args = ["node", str(SCRIPT), str(html), str(screenshot or ""), size]
    home = str(screenshot.parent if screenshot else REPO)
    result = subprocess.run(
        args, capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
        env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin", "HOME": home},
        cwd=REPO / ".tools",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout)
    return PageReport(data["axe"], data["screen"], data["print"], data["text"])


def assert_accessible_and_fits(report: PageReport) -> None:
    """Zero axe-core violations, and nothing off the right edge on screen or on A4."""
    assert report.violations == [], json.dumps(report.violations, indent=1)
    assert report.screen["overflowing"] == [], report.screen
    assert report.print["overflowing"] == [], report.print
