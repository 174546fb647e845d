"""Checking many files on every core: a process pool over chunks of files.

The workers get everything they need once, through the pool's initializer (pickled: no state
is inherited), so the pool works with every start method: fork on Linux (while this process has
no other thread), spawn on Windows and macOS. Few files are checked in this process, where
starting workers would cost more than it saves.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from yhdyspinta_cli.check.result import FileReport
from yhdyspinta_cli.check.runner import CheckContext, check_file
from yhdyspinta_cli.parallel import cpu_count, default_start_method, map_in_pool, max_workers

CHUNKS_PER_WORKER = 4  # small enough that one slow chunk does not leave a core idle
# A worker must have enough files to pay for its start: ~5 ms forked, ~200 ms spawned.
MIN_FILES_PER_WORKER = {"fork": 16, "forkserver": 64, "spawn": 64}

_context: CheckContext | None = None


def check_paths(
    paths: Sequence[Path],
    context: CheckContext,
    jobs: int | None = None,
    start_method: str | None = None,
) -> list[FileReport]:
    """A report per file, in the order given, using up to `jobs` processes (default: all cores)."""
    method = start_method or default_start_method()
    workers = worker_count(len(paths), jobs or cpu_count(), method)
    if workers <= 1:
        return [check_file(path, context) for path in paths]
    chunks = split(paths, workers * CHUNKS_PER_WORKER)
    done = map_in_pool(_check_chunk, chunks, workers, method, _init_worker, (context,))
    return [report for chunk in done for report in chunk]


def worker_count(files: int, jobs: int, method: str) -> int:
    """How many worker processes are worth starting."""
    return max(1, min(max_workers(jobs), files // MIN_FILES_PER_WORKER.get(method, 64)))


def split(paths: Sequence[Path], parts: int) -> list[list[Path]]:
    """`paths` in up to `parts` consecutive chunks of nearly equal size."""
    size = -(-len(paths) // parts)
    return [list(paths[start : start + size]) for start in range(0, len(paths), size)]


def _init_worker(context: CheckContext) -> None:
    global _context
    _context = context


def _check_chunk(paths: list[Path]) -> list[FileReport]:
    if _context is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without its check context")
    return [check_file(path, _context) for path in paths]
