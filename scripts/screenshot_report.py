"""Screenshots of the HTML reports of a sample assessment, taken with headless Chromium.

Run it with the project's venv:  .venv/bin/python scripts/screenshot_report.py [OUT_DIR]

It writes a fully answered sample assessment (scripts/sample_assessment.py) into OUT_DIR
(default: report-screenshots/), renders `report gaps` (with charts) and `report plan` as HTML
with the installed `yhdyspinta`, and has Chromium take a PNG of each, so that a person can look
at them. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from sample_assessment import write_sample

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def yhdyspinta() -> str:
    """The installed console script of this venv."""
    scripts = Path(sysconfig.get_path("scripts"))
    return str(scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta"))


def render(kind: str, source: Path, output: Path, lang: str) -> None:
    """`yhdyspinta report KIND SOURCE --format html -o OUTPUT`."""
    charts = ["--charts"] if kind == "gaps" else []
    command = [yhdyspinta(), "report", kind, str(source), "--format", "html", "--lang", lang]
    result = subprocess.run([*command, "-o", str(output), *charts], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")


def screenshot(chromium: str, page: Path, png: Path, width: int, height: int) -> None:
    """A PNG of `page` at the given window size."""
    # Chromium's socket path in TMPDIR must stay short (about 100 bytes).
    with tempfile.TemporaryDirectory(prefix="yp-") as profile:
        result = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png.resolve()}",
                f"--window-size={width},{height}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    if result.returncode != 0 or not png.exists():
        sys.exit(f"chromium failed:\n{result.stderr[-3000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("report-screenshots"))
    parser.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args()
    if not Path(args.chromium).exists():
        sys.exit(f"no Chromium at {args.chromium}; pass --chromium PATH")
    args.out.mkdir(parents=True, exist_ok=True)
    source = args.out / "sample.yaml"
    if source.exists():
        source.unlink()
    write_sample(source, actions=30, lang=args.lang)
    for kind in ("gaps", "plan"):
        page = args.out / f"{kind}.html"
        render(kind, source, page, args.lang)
        png = args.out / f"{kind}.png"
        screenshot(args.chromium, page, png, args.width, args.height)
        print(f"{png} ({png.stat().st_size} bytes) from {page}")


if __name__ == "__main__":
    main()
