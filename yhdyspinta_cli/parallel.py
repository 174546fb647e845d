"""What check and summary share about worker processes: start method, cores, limits.

Workers get everything through pickled arguments, so every start method works: fork on Linux
while this process has no other thread (cheap), spawn elsewhere (Windows has only spawn).
"""

from __future__ import annotations

import os
import sys
import threading

WINDOWS_MAX_WORKERS = 61  # ProcessPoolExecutor's limit there


def default_start_method() -> str:
    """`fork` on Linux while no other thread runs; `spawn` everywhere else."""
    return "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"


def cpu_count() -> int:
    """The cores this process may use."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def max_workers(jobs: int) -> int:
    """`jobs`, within the platform's limit."""
    return min(jobs, WINDOWS_MAX_WORKERS) if sys.platform == "win32" else jobs
