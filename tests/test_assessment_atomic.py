"""Atomic saves: a process killed at any moment leaves the old file or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from assessment_helpers import Cli, check_jsonschema, new_assessment, plain, round_trip, schema_file

from yhdyspinta_cli.atomic import check_writable, write_atomic

KILLS = 24
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# The child opens the file the way the walk does and saves after every change, for ever.
SAVER = textwrap.dedent(
    """
    import itertools, sys
    from pathlib import Path
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.store import open_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    path = Path(sys.argv[1])
    catalog = load_catalog()
    file = open_assessment(path, catalog)
    items = [item.id for item in catalog.iter_items()]
    for n in itertools.count():
        note = f"Tallennus {n}: " + "yhdyspintatyö etenee " * (20 + n % 7)
        level, stamp = n % 5 + 1, f"2026-03-14T10:{n % 60:02}:00+02:00"
        update = AnswerUpdate(current=level, target=5, note=note, evidence=(f"liite-{n}.pdf",))
        set_answer(file, items[n % len(items)], update, catalog, stamp)
        file.save()
        if n == 0:
            print("saving", flush=True)
    """
)


def fully_answered(cli: Cli, path: Path) -> Path:
    """Every item answered: level, target, ratings from three organisations, note, evidence."""
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.store import open_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    new_assessment(cli, path)
    catalog = load_catalog()
    file = open_assessment(path, catalog)
    for index, item in enumerate(catalog.iter_items()):
        update = AnswerUpdate(
            current=index % 5 + 1,
            target=5,
            note=f"Havainnot kohdasta {item.id}:\n" + "Työpajassa todettiin, että " * 12,
            evidence=(f"https://example.invalid/{item.id}.pdf", "Yhteistyösopimus 2025"),
            ratings={"tre": index % 5 + 1, "pirha": (index + 2) % 5 + 1, "kela": "dont-know"},
        )
        set_answer(file, item.id, update, catalog, "2026-03-14T09:00:00+02:00")
    file.save()
    return path


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and rename semantics are POSIX here")
def test_killing_the_saver_never_leaves_a_broken_file(cli: Cli, tmp_path: Path) -> None:
    from yhdyspinta_cli.assessment.store import read_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    catalog = load_catalog()
    (tmp_path / "work").mkdir()
    path = fully_answered(cli, tmp_path / "work" / "a.yaml")
    items = len(list(catalog.iter_items()))
    survivors = tmp_path / "survivors"
    survivors.mkdir()
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    chance = random.Random(20260314)
    leftovers = 0

    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            started = child.stdout.readline()
            assert started == "saving\n", child.communicate(timeout=60)[1]
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=chance.uniform(0.0, 0.4))
            assert child.poll() is None, child.communicate(timeout=60)[1]
        finally:
            child.kill()
            child.communicate(timeout=60)

        assessment, _ = read_assessment(path, catalog)  # parses, schema and cross-checks pass
        assert len(assessment.answers) == items
        assert len(round_trip(path)["answers"]) == items
        shutil.copyfile(path, survivors / f"kill-{kill:02}.yaml")
        temps = list(path.parent.glob(".a.yaml.*.tmp"))
        leftovers += len(temps)
        for temp in temps:  # a kill between mkstemp and os.replace leaves one; only ever beside
            temp.unlink()
        # A kill while the lock is held leaves the lock, which the next command breaks (its
        # holder is dead): see test_assessment_concurrency.
        path.with_name(".a.yaml.lock").unlink(missing_ok=True)
        assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["a.yaml"]

    result = check_jsonschema(schema_file(cli, tmp_path / "schema"), *sorted(survivors.iterdir()))
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"{KILLS} kills, {leftovers} left a temporary file beside the assessment")


# The child dies by SIGKILL at one chosen point inside write_atomic, so every step of a save is hit
# for certain (a random kill mostly lands in rendering, which takes 20 times longer than writing).
KILL_AT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import yhdyspinta_cli.atomic as atomic
    from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
    from yhdyspinta_cli.assessment.store import open_assessment
    from yhdyspinta_cli.checklist.catalog import load_catalog

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    class HalfWriter:
        def __init__(self, stream):
            self.stream = stream
        def __enter__(self):
            return self
        def __exit__(self, *args):
            return False
        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            die()

    path, stage = Path(sys.argv[1]), sys.argv[2]
    catalog = load_catalog()
    file = open_assessment(path, catalog)
    update = AnswerUpdate(current=1, note="uusi")
    set_answer(file, "S1.2", update, catalog, "2026-03-15T10:00:00+02:00")
    real_fdopen = os.fdopen
    if stage == "mid-write":
        os.fdopen = lambda *args, **kwargs: HalfWriter(real_fdopen(*args, **kwargs))
    elif stage == "before-fsync":
        os.fsync = die
    elif stage == "before-replace":
        os.replace = die
    elif stage == "before-folder-fsync":
        atomic._fsync_folder = die
    file.save()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and rename semantics are POSIX here")
@pytest.mark.parametrize(
    ("stage", "replaced"),
    [
        ("mid-write", False),
        ("before-fsync", False),
        ("before-replace", False),
        ("before-folder-fsync", True),
    ],
)
def test_a_kill_at_each_step_of_a_save_leaves_the_old_or_the_new_file(
    cli: Cli, tmp_path: Path, stage: str, replaced: bool
) -> None:
    (tmp_path / "work").mkdir()
    path = fully_answered(cli, tmp_path / "work" / "a.yaml")
    old = path.read_bytes()
    script = tmp_path / "kill_at.py"
    script.write_text(KILL_AT, encoding="utf-8")

    child = subprocess.run(
        [sys.executable, str(script), str(path), stage], capture_output=True, text=True, timeout=120
    )

    assert child.returncode == -9, child.stderr  # died by SIGKILL, where the stage says
    temps = list(path.parent.glob(".a.yaml.*.tmp"))
    entry = plain(path)["answers"]["S1.2"]
    if replaced:
        assert (entry["current"], entry["note"]) == (1, "uusi")
        assert temps == []
    else:
        assert path.read_bytes() == old
        assert len(temps) == 1  # the half-done save stays beside, never under the real name


def test_write_atomic_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o600)

    write_atomic(path, "uusi ä\n")

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == "uusi ä\n".encode()


def test_write_atomic_gives_a_new_file_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.yaml", "x\n")
    finally:
        os.umask(umask)

    assert stat.S_IMODE((tmp_path / "a.yaml").stat().st_mode) == 0o644


def test_write_atomic_leaves_nothing_behind_when_it_fails(tmp_path: Path) -> None:
    target = tmp_path / "w" / "a.yaml"
    target.mkdir(parents=True)  # os.replace cannot put a file over a directory

    with pytest.raises(OSError):
        write_atomic(target, "x\n")

    assert sorted(p.name for p in target.parent.iterdir()) == ["a.yaml"]
    assert target.is_dir()


def test_write_atomic_writes_utf8_with_lf(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.yaml", "rivi 1\nrivi 2 åäö\n")

    assert (tmp_path / "a.yaml").read_bytes() == "rivi 1\nrivi 2 åäö\n".encode()


def test_check_writable_raises_for_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as raised:
        check_writable(tmp_path / "nope" / "a.yaml")

    assert raised.value.filename == str(tmp_path / "nope")
    assert "cannot write in this folder" in str(raised.value.strerror)


def test_check_writable_accepts_a_writable_place_and_leaves_no_probe(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    check_writable(folder / "a.yaml")
    (folder / "b.yaml").write_text("x\n", encoding="utf-8")
    check_writable(folder / "b.yaml")

    assert sorted(p.name for p in folder.iterdir()) == ["b.yaml"]


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root may write anything")
def test_check_writable_raises_for_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("x\n", encoding="utf-8")
    path.chmod(0o444)

    with pytest.raises(PermissionError):
        check_writable(path)


@pytest.mark.skipif(IS_ROOT or sys.platform == "win32", reason="root may write anything")
def test_check_writable_raises_for_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            check_writable(folder / "a.yaml")
    finally:
        folder.chmod(0o755)


def test_a_saved_file_round_trips_through_the_api(cli: Cli, tmp_path: Path) -> None:
    path = fully_answered(cli, tmp_path / "a.yaml")

    answers = plain(path)["answers"]

    first = answers["S1.1a"]
    assert first["ratings"] == {"tre": 1, "pirha": 3, "kela": "dont-know"}
    assert first["note"].startswith("Havainnot kohdasta S1.1a:\n")
    assert first["spread"] == 2
    assert first["discuss"] is True
