"""Many files on every core: the same reports in any process layout, and the fast path's promise."""

from __future__ import annotations

import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import CASES, COMPLETE, case_files, json_report
from conftest import run_installed

from yhdyspinta_cli.check import runner
from yhdyspinta_cli.check.policy import Policy
from yhdyspinta_cli.check.pool import MIN_FILES_PER_WORKER, check_paths, split, worker_count
from yhdyspinta_cli.check.runner import CheckContext, check_file
from yhdyspinta_cli.checklist.catalog import load_catalog
from yhdyspinta_cli.parallel import default_start_method
from yhdyspinta_cli.problems import ProblemError


def many(folder: Path, clean: int) -> list[Path]:
    """`clean` copies of the complete case, with every case file mixed in among them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(clean):
        paths.append(folder / f"clean-{index:03}.yaml")
        shutil.copy(COMPLETE, paths[-1])
    for index, case in enumerate(case_files()):
        target = folder / f"case-{case.name}"
        shutil.copy(case, target)
        paths.insert(index * 5, target)
    return paths


def test_split_keeps_order_and_sizes() -> None:
    paths = [Path(str(i)) for i in range(10)]
    chunks = split(paths, 4)
    assert [len(c) for c in chunks] == [3, 3, 3, 1]
    assert [p for chunk in chunks for p in chunk] == paths


def test_worker_count_needs_enough_files_to_pay_for_a_worker() -> None:
    assert worker_count(10, 2, "fork") == 1
    assert worker_count(MIN_FILES_PER_WORKER["fork"] * 2, 2, "fork") == 2
    assert worker_count(MIN_FILES_PER_WORKER["spawn"], 2, "spawn") == 1
    assert worker_count(1000, 1, "fork") == 1


def test_fork_only_while_this_process_has_one_thread() -> None:
    """fork with a second thread running can deadlock; then spawn is used."""
    assert default_start_method() == ("fork" if sys.platform == "linux" else "spawn")
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert default_start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


@pytest.fixture(scope="module")
def context() -> CheckContext:
    return CheckContext(load_catalog(), Policy(), "2026-06-01")


@pytest.mark.slow
def test_spawned_workers_give_the_same_reports(context: CheckContext, tmp_path: Path) -> None:
    """spawn is how Windows and macOS start workers: nothing may rely on fork's inherited state."""
    paths = many(tmp_path, MIN_FILES_PER_WORKER["spawn"] * 2)

    spawned = check_paths(paths, context, jobs=2, start_method="spawn")
    alone = check_paths(paths, context, jobs=1)

    assert spawned == alone
    assert [report.path for report in spawned] == paths
    assert sum(bool(report.problems) for report in spawned) > 10


def test_jobs_do_not_change_the_output(cli: Cli, tmp_path: Path) -> None:
    paths = many(tmp_path / "assessments", 40)

    one = cli("check", "--format", "json", "--jobs", "1", tmp_path / "assessments")
    two = cli("check", "--format", "json", "--jobs", "2", tmp_path / "assessments")

    assert one.code == two.code == 1
    assert json.loads(one.out) == json.loads(two.out)
    assert len(json_report(two)["files"]) == len(paths)


def test_clean_file_is_never_read_with_positions(
    context: CheckContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Line numbers must not cost the fast path: only a file with problems is read again."""
    reads: list[Path] = []

    def load_document(path: Path, text: str | None = None) -> object:
        reads.append(path)
        raise ProblemError([])

    monkeypatch.setattr(runner, "load_document", load_document)

    clean = check_file(COMPLETE, context)
    assert (clean.problems, reads) == ((), [])
    assert clean.coverage is not None and all(c.complete for c in clean.coverage)
    check_file(CASES / "hetu.yaml", context)
    assert reads == [CASES / "hetu.yaml"]


@pytest.mark.slow
def test_the_installed_program_checks_on_two_cores(tmp_path: Path) -> None:
    """The real console script, with workers of its own: same result as one process."""
    many(tmp_path / "assessments", 40)
    (tmp_path / "yhdyspinta.yaml").write_text("language: en\n", encoding="utf-8")

    one = run_installed("check", "--format", "json", "--jobs", "1", cwd=tmp_path)
    two = run_installed("check", "--format", "json", "--jobs", "2", cwd=tmp_path)

    assert one.returncode == two.returncode == 1, two.stderr
    assert json.loads(one.stdout) == json.loads(two.stdout)
    text = run_installed("check", cwd=tmp_path)
    assert "Traceback" not in text.stdout + text.stderr
    # The closing line speaks the project's language (yhdyspinta.yaml says en).
    assert text.stdout.splitlines()[-1].startswith(f"Checked: files {40 + len(case_files())},")
