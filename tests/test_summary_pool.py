"""Reading on several processes gives exactly the single-process result; counts, not files, are
kept; the progress bar shows only on a terminal."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import sys
from pathlib import Path

import pytest
from conftest import YHDYSPINTA
from summary_helpers import Cli, generate

from yhdyspinta_cli.checklist.catalog import load_catalog
from yhdyspinta_cli.loading.discovery import find_files
from yhdyspinta_cli.summary.compute import compute_summary
from yhdyspinta_cli.summary.json_out import summary_json
from yhdyspinta_cli.summary.make import SummaryRequest, pseudonyms_for, read_rules
from yhdyspinta_cli.summary.run import summarise
from yhdyspinta_cli.summary.tally import Aggregate

METHODS = [m for m in ("fork", "spawn") if m in multiprocessing.get_all_start_methods()]
PREFIXES = {
    "summary_pseudonym_region": "R",
    "summary_pseudonym_county": "C",
    "summary_pseudonym_organisation": "O",
    "summary_pseudonym_file": "F",
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """130 assessments with notes, a broken file and an unknown item, over 5 chunks."""
    folder = tmp_path_factory.mktemp("mixed")
    generate(folder, 130, seed=3, notes=True)
    (folder / "f0050.yaml").write_text("format: [\n", encoding="utf-8")
    text = (folder / "f0060.yaml").read_text(encoding="utf-8")
    (folder / "f0060.yaml").write_text(
        text.replace("answers:\n", "answers:\n  HYTE.9: {current: 2}\n"), encoding="utf-8"
    )
    return folder


def count(
    folder: Path, jobs: int, method: str | None = None, group_by: str = "region"
) -> Aggregate:
    catalog = load_catalog()
    request = SummaryRequest(group_by=group_by, anonymise=True, include_notes=True)
    rules = read_rules(catalog, request, pseudonyms_for(request, PREFIXES))
    files = find_files([folder])
    return summarise(files, rules, group_by, jobs, pool_min_files=0, start_method=method)


def figures(aggregate: Aggregate) -> dict[str, object]:
    return summary_json(compute_summary(aggregate, load_catalog(), None, None))


@pytest.mark.parametrize("method", METHODS)
def test_the_pool_gives_the_single_process_result(mixed: Path, method: str) -> None:
    single = count(mixed, jobs=1)
    pooled = count(mixed, jobs=2, method=method)
    assert single.workers == {os.getpid()}
    assert len(pooled.workers - {os.getpid()}) == 2  # two worker processes did the reading
    assert figures(pooled) == figures(single)
    assert pooled.notes == single.notes
    assert (
        [p.path for p in pooled.skipped]
        == [p.path for p in single.skipped]
        == [mixed / "f0050.yaml"]
    )
    assert pooled.unknown_items == single.unknown_items == {"HYTE.9": 1}
    assert figures(single)["files"] == {"used": 129, "skipped": 1, "left_out_by_since": 0}


def test_the_command_gives_the_same_json_on_one_and_on_two_processes(cli: Cli, mixed: Path) -> None:
    args = ("summary", mixed, "--format", "json", "--group-by", "county")
    one, two = cli(*args, "--jobs", "1"), cli(*args, "--jobs", "2")
    assert (one.code, two.code) == (1, 1)
    assert json.loads(one.out) == json.loads(two.out)


def test_memory_holds_counts_not_files(tmp_path: Path) -> None:
    """Three times the files (same regions, counties and rounds) keep about the same aggregate."""
    generate(tmp_path / "a", 150, seed=5)
    generate(tmp_path / "b", 450, seed=5)
    small = count(tmp_path / "a", jobs=1, group_by="round")
    large = count(tmp_path / "b", jobs=1, group_by="round")
    assert large.files == 3 * small.files
    small.workers = large.workers = set()
    assert len(pickle.dumps(large)) < 1.1 * len(pickle.dumps(small))


def test_no_progress_bar_when_stdout_is_not_a_terminal(cli: Cli, tmp_path: Path) -> None:
    generate(tmp_path / "many", 220)
    run = cli("summary", tmp_path / "many", "-o", tmp_path / "s.md", "--no-charts")
    assert run.code == 0, run.err
    assert "reading assessments" not in run.output
    assert "━" not in run.output and "\x1b[" not in run.output
    assert run.err == ""


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX terminal")
def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pexpect

    generate(tmp_path / "many", 220)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(
        str(YHDYSPINTA),
        ["summary", str(tmp_path / "many"), "-o", str(tmp_path / "s.md"), "--no-charts"],
        env=env,
        encoding="utf-8",
        timeout=120,
        dimensions=(30, 100),
    )
    child.expect("reading assessments")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (tmp_path / "s.md").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX terminal")
def test_no_progress_bar_when_stdout_is_piped_even_from_a_terminal(tmp_path: Path) -> None:
    """stderr is the terminal here, stdout a file: a pipeline's output must stay clean."""
    import pexpect

    generate(tmp_path / "many", 220)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    command = (
        f"'{YHDYSPINTA}' summary '{tmp_path / 'many'}' --format json > '{tmp_path / 's.json'}'"
    )
    child = pexpect.spawn("/bin/sh", ["-c", command], env=env, encoding="utf-8", timeout=120)
    seen = child.read()
    child.close()
    assert child.exitstatus == 0
    assert "reading assessments" not in seen
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["files"]["used"] == 220


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pgrep and a POSIX terminal")
def test_ctrl_c_stops_the_workers_quietly(tmp_path: Path) -> None:
    """Deterministic: the workers are paused (SIGSTOP) before Ctrl-C, so the run cannot finish
    first, and resumed after, so they see the interrupt as they would on a busy machine."""
    import signal
    import subprocess

    import pexpect

    generate(tmp_path / "many", 3000)
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    args = ["summary", str(tmp_path / "many"), "-o", str(tmp_path / "s.md"), "--jobs", "2"]
    child = pexpect.spawn(str(YHDYSPINTA), args, env=env, encoding="utf-8", timeout=120)
    child.expect("reading assessments")  # the pool is running
    found = subprocess.run(["pgrep", "-P", str(child.pid)], capture_output=True, text=True)
    workers = [int(pid) for pid in found.stdout.split()]
    assert workers
    for pid in workers:
        os.kill(pid, signal.SIGSTOP)
    assert child.isalive()  # with its workers paused, the run cannot be over
    child.sendintr()
    for pid in workers:
        os.kill(pid, signal.SIGCONT)
    rest = child.read()
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest
    assert not (tmp_path / "s.md").exists()
