"""Timing whole commands, shared by the benchmark scripts (run them as `python benchmarks/X.py`)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def time_once(command: list[str], cwd: Path) -> float:
    """Wall time of one run, in milliseconds; a failing command stops the benchmark."""
    start = time.perf_counter()
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        sys.exit(f"{command[0]} not found: install the package first (pip install .)")
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed


def measure(named: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, list[float]]:
    """Run every command `runs` times, round-robin, after one untimed warm-up each."""
    for command in named.values():
        time_once(command, cwd)
    times: dict[str, list[float]] = {name: [] for name in named}
    for _ in range(runs):
        for name, command in named.items():
            times[name].append(time_once(command, cwd))
    return times
