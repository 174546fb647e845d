"""What check and summary share about worker processes: the pool, start method, cores, limits.

Workers get everything through pickled arguments, so every start method works: fork on Linux
while this process has no other thread (cheap), spawn elsewhere (Windows has only spawn).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

R = TypeVar("R")

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


def map_in_pool(
    function: Callable[[Any], R],
    chunks: Sequence[Any],
    workers: int,
    start_method: str,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """`function` over `chunks` on `workers` processes, results in order; the one pool we use.

    Workers ignore Ctrl-C: it is the parent's to handle, so no worker prints a traceback. On an
    interrupt the queued chunks are dropped instead of read first, and the interrupt goes on to
    the error boundary (exit 130).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(start_method),
        initializer=_start_worker,
        initargs=(initializer, initargs),
    )
    try:
        yield from pool.map(function, chunks)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
