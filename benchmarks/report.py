"""How long `report gaps` and `report plan` take, next to `yhdyspinta --help` in the same run.

Run it with the project's venv:  .venv/bin/python benchmarks/report.py [--runs 9]

It writes a fully answered assessment with 30 actions (scripts/sample_assessment.py) into a
temporary folder, then times each command in a fresh process (wall time, best and median; the
commands take turns so that a noisy moment hits all of them alike) and prints the ratios to
`--help`. It ends with the cost of the charts: each report with charts against the same report
without them, timed in the same run (the target is at most 1.5x). `report plan` draws no charts;
its Markdown and HTML are both timed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import sysconfig
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from sample_assessment import write_sample  # the sibling scripts/ folder
from timing import measure  # benchmarks/timing.py, beside this script


def commands(source: Path, out: Path) -> dict[str, list[str]]:
    """What to time: the baseline first."""
    scripts = Path(sysconfig.get_path("scripts"))
    program = str(scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta"))
    gaps = [program, "report", "gaps", str(source)]
    plan = [program, "report", "plan", str(source)]
    return {
        "yhdyspinta --help": [program, "--help"],
        "gaps md, no charts": [*gaps, "--no-charts", "-o", str(out / "a.md")],
        "gaps md, charts": [*gaps, "-o", str(out / "b.md")],
        "gaps html, no charts": [
            *gaps,
            "--format",
            "html",
            "--no-charts",
            "-o",
            str(out / "c.html"),
        ],
        "gaps html, charts": [*gaps, "--format", "html", "--charts", "-o", str(out / "d.html")],
        "gaps json": [*gaps, "--format", "json", "-o", str(out / "e.json")],
        "plan md": [*plan, "-o", str(out / "f.md")],
        "plan html": [*plan, "--format", "html", "-o", str(out / "g.html")],
    }


def report(times: dict[str, list[float]]) -> None:
    """Print best, median and the ratios to the baseline (the first command)."""
    baseline = next(iter(times))
    base_best, base_median = min(times[baseline]), statistics.median(times[baseline])
    print(f"{'command':<24} {'best ms':>8} {'median ms':>10} {'best x':>7} {'median x':>9}")
    for name, values in times.items():
        best, median = min(values), statistics.median(values)
        print(
            f"{name:<24} {best:8.1f} {median:10.1f} "
            f"{best / base_best:7.2f} {median / base_median:9.2f}"
        )


CHART_PAIRS = {  # with charts: the same report without them
    "gaps md, charts": "gaps md, no charts",
    "gaps html, charts": "gaps html, no charts",
}
CHART_TARGET = 1.5


def chart_cost(times: dict[str, list[float]]) -> None:
    """Print each report with charts as a ratio to the same report without, best and median."""
    print(f"\nchart cost (with charts ÷ without; target ≤ {CHART_TARGET}x)")
    for drawn, plain in CHART_PAIRS.items():
        best = min(times[drawn]) / min(times[plain])
        median = statistics.median(times[drawn]) / statistics.median(times[plain])
        verdict = "ok" if median <= CHART_TARGET else "OVER TARGET"
        print(f"{drawn:<24} best {best:5.2f}x  median {median:5.2f}x  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # Outside any checkout, so that no yhdyspinta.yaml is found.
        cwd = Path(folder)
        source = write_sample(cwd / "sample.yaml", actions=30)
        (cwd / "out").mkdir()
        print(f"python {sys.version.split()[0]} at {sys.executable}; {args.runs} runs each")
        print(f"{source.name}: 28 items answered, 30 actions\n")
        times = measure(commands(source, cwd / "out"), args.runs, cwd)
        report(times)
        chart_cost(times)


if __name__ == "__main__":
    main()
