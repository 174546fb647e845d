"""Start-up time of `yhdyspinta` against a minimal typer app in the same venv and the same run.

Run it with the project's venv: `.venv/bin/python benchmarks/startup.py [--runs 15]`. Each
command runs in a fresh process (wall time, best and median); the commands take turns so that a
noisy moment hits all of them alike. The target is at most 1.3 times the minimal app's `--help`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import sysconfig
import tempfile
from pathlib import Path

from timing import measure  # benchmarks/timing.py, beside this script

TARGET = 1.3
MINIMAL_APP = '''\
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")


app()
'''


def commands(minimal: Path) -> dict[str, list[str]]:
    """What to time: the baseline first."""
    scripts = Path(sysconfig.get_path("scripts"))
    program = str(scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta"))
    return {
        "minimal typer app --help": [sys.executable, str(minimal), "--help"],
        "yhdyspinta --help": [program, "--help"],
        "yhdyspinta checklists": [program, "checklists"],
    }


def report(times: dict[str, list[float]]) -> bool:
    """Print best, median and the ratios to the baseline; True when every ratio meets TARGET."""
    baseline_name = next(iter(times))
    base_best = min(times[baseline_name])
    base_median = statistics.median(times[baseline_name])
    print(f"{'command':<28} {'best ms':>8} {'median ms':>10} {'best x':>7} {'median x':>9}")
    within = True
    for name, values in times.items():
        best, median = min(values), statistics.median(values)
        ratio_best, ratio_median = best / base_best, median / base_median
        within = within and (name == baseline_name or ratio_median <= TARGET)
        print(f"{name:<28} {best:8.1f} {median:10.1f} {ratio_best:7.2f} {ratio_median:9.2f}")
    verdict = "within" if within else "OVER"
    print(f"target: <= {TARGET}x the minimal typer app (median): {verdict}")
    return within


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # Outside any checkout, so that no yhdyspinta.yaml is found.
        cwd = Path(folder)
        minimal = cwd / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        named = commands(minimal)
        print(f"python {sys.version.split()[0]} at {sys.executable}; {args.runs} runs each\n")
        within = report(measure(named, args.runs, cwd))
    sys.exit(0 if within else 1)


if __name__ == "__main__":
    main()
