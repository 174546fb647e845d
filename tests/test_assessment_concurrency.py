"""Two commands on one file: every change that exits 0 is in the file; kept copies never collide."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment, plain

from yhdyspinta_cli.assessment import lock, store
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.store import ConflictError, open_assessment
from yhdyspinta_cli.checklist.catalog import load_catalog

# One process: `answer FILE ITEM --note "<tag> ITEM"` for each item in turn, in-process (one
# interpreter start), printing each item's exit code.
ANSWER_LOOP = """
import sys
from yhdyspinta_cli.cli import app
from yhdyspinta_cli.cli.boundary import run_for_code
path, tag, items = sys.argv[1], sys.argv[2], sys.argv[3:]
for item in items:
    code = run_for_code(app, ["answer", path, item, "--note", f"{tag} {item}"])
    print("result", item, code, flush=True)
"""

# Holds the file's lock until its stdin closes; says "held" once it has it.
HOLD_LOCK = """
import sys
from filelock import SoftFileLock
with SoftFileLock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


def item_ids() -> list[str]:
    return [item.id for item in load_catalog().iter_items()]


def test_two_processes_answering_one_file_lose_nothing(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    items = item_ids()[:24]
    loops = [
        subprocess.Popen(
            [sys.executable, "-c", ANSWER_LOOP, str(path), tag, *items[index::2]],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for index, tag in enumerate(("ours", "theirs"))
    ]
    results = [loop.communicate(timeout=300) for loop in loops]

    acknowledged = {}
    for tag, (out, err) in zip(("ours", "theirs"), results, strict=True):
        for line in out.splitlines():
            if not line.startswith("result "):
                continue
            _, item, code = line.split()
            if code == "0":
                acknowledged[item] = f"{tag} {item}"
        assert "Traceback" not in err, err
    answers = plain(path)["answers"]
    assert {item: answers.get(item, {}).get("note") for item in acknowledged} == acknowledged
    assert len(acknowledged) == len(items), "with a lock, nobody has to give up"


def test_a_file_locked_too_long_is_left_alone_with_exit_1(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    before = path.read_bytes()
    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.3)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock.lock_path(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        started = time.monotonic()
        run = cli("answer", path, "S1.2", "--level", "3")
        waited = time.monotonic() - started
    finally:
        holder.communicate(timeout=60)

    assert run.code == 1, run.output
    assert str(path) in run.err and "another yhdyspinta command" in run.err
    assert "Traceback" not in run.output
    assert path.read_bytes() == before
    assert waited >= 0.3, "it waited before giving up"
    assert answer(cli, path, "S1.2", "--level", "3").code == 0, "free again once released"


def test_a_lock_left_by_a_killed_command_does_not_block(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock.lock_path(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    holder.kill()  # kill -9: no chance to release
    holder.communicate(timeout=60)
    assert lock.lock_path(path).exists()

    answer(cli, path, "S1.2", "--level", "3")

    assert plain(path)["answers"]["S1.2"]["current"] == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["a.yaml"], "no lock left"


class FrozenClock(datetime):
    """Every refused save happens in the same second."""

    @classmethod
    def now(cls, tz: object = None) -> FrozenClock:  # type: ignore[override]
        return cls(2026, 3, 14, 10, 0, 0)


def test_two_refused_saves_in_one_second_keep_both_copies(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "datetime", FrozenClock)
    catalog = load_catalog()
    path = new_assessment(cli, tmp_path / "a.yaml")
    opened = [open_assessment(path, catalog) for _ in range(2)]
    answer(cli, path, "S1.1a", "--level", "5")  # someone else, meanwhile

    sidecars = []
    for level, file in zip((1, 2), opened, strict=True):
        set_answer(file, "S1.2", AnswerUpdate(current=level), catalog, "2026-03-14T10:00:00+02:00")
        with pytest.raises(ConflictError) as raised:
            file.save()
        sidecars.append(raised.value.sidecar)

    assert [p.name for p in sidecars] == [
        "a.unsaved-20260314-100000.yaml",
        "a.unsaved-20260314-100000-2.yaml",
    ]
    assert [plain(p)["answers"]["S1.2"]["current"] for p in sidecars] == [1, 2]
