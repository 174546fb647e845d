"""`-o` never destroys an input and never replaces anything that is not a regular file.

Each case sets up a folder, runs one command with `-o`, and checks the exit code, the message,
that every input is unchanged (by content hash) and which files exist afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from assessment_helpers import Cli
from conftest import DATA
from report_helpers import write_baseline, write_sample

EXIT_USAGE = 2
NOT_OURS = {"home", "tmp"}  # the test's own HOME and TMPDIR, which libraries may fill


@dataclass(frozen=True)
class Case:
    """One `-o` run: what to prepare, the arguments, the exit code and a part of the message."""

    args: tuple[str, ...]
    code: int
    message: str
    prepare: Callable[[Path], None] = lambda folder: None
    created: tuple[str, ...] = ()  # files the run may add; any other new entry fails the case


def hard_link(name: str) -> Callable[[Path], None]:
    return lambda folder: os.link(folder / "a.yaml", folder / name)


def symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).symlink_to(target)


def fifo(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mkfifo(folder / name)


def make_dir(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir()


def assessments_in(name: str) -> Callable[[Path], None]:
    def prepare(folder: Path) -> None:
        (folder / name).mkdir()
        write_sample(folder / name / "b.yaml", actions=False)

    return prepare


def regional_checklists(folder: Path) -> None:
    (folder / "regional").mkdir()
    shutil.copy(DATA / "custom_checklists" / "hyte.yaml", folder / "regional" / "hyte.yaml")


CASES = {
    "plan onto its input": Case(
        ("report", "plan", "a.yaml", "-o", "a.yaml"), EXIT_USAGE, "is the input file a.yaml"
    ),
    "gaps html onto ./input": Case(
        ("report", "gaps", "a.yaml", "--format", "html", "-o", "./a.yaml"),
        EXIT_USAGE,
        "is the input file",
    ),
    "gaps json onto its input": Case(
        ("report", "gaps", "a.yaml", "--format", "json", "-o", "a.yaml"),
        EXIT_USAGE,
        "is the input file",
    ),
    "gaps onto the --compare file": Case(
        ("report", "gaps", "a.yaml", "--compare", "base.yaml", "-o", "base.yaml"),
        EXIT_USAGE,
        "is the input file base.yaml",
    ),
    "gaps onto a hard link of its input": Case(
        ("report", "gaps", "a.yaml", "-o", "copy.md"),
        EXIT_USAGE,
        "is the input file a.yaml",
        hard_link("copy.md"),
    ),
    "summary onto its input": Case(
        ("summary", "a.yaml", "-o", "a.yaml"), EXIT_USAGE, "is the input file a.yaml"
    ),
    "summary onto a file it found in a folder": Case(
        ("summary", "found", "-o", "found/b.yaml"),
        EXIT_USAGE,
        "b.yaml is the input file",
        assessments_in("found"),
    ),
    "summary html onto its input through a symlinked folder": Case(
        ("summary", "a.yaml", "--format", "html", "-o", "via/a.yaml"),
        EXIT_USAGE,
        "is the input file a.yaml",
        symlink("via", "."),
    ),
    "gaps onto a regional checklist it reads": Case(
        ("report", "gaps", "a.yaml", "--checklists", "regional", "-o", "regional/hyte.yaml"),
        EXIT_USAGE,
        "is the input file regional/hyte.yaml",
        regional_checklists,
    ),
    "summary onto the project's yhdyspinta.yaml": Case(
        ("summary", "a.yaml", "-o", "yhdyspinta.yaml"),
        EXIT_USAGE,
        "is the input file",
        lambda folder: (folder / "yhdyspinta.yaml").write_text("language: en\n", encoding="utf-8"),
    ),
    "empty name": Case(("report", "gaps", "a.yaml", "-o", ""), EXIT_USAGE, "give a file name"),
    "the current folder": Case(("report", "gaps", "a.yaml", "-o", "."), EXIT_USAGE, "is a folder"),
    "an existing folder": Case(
        ("summary", "a.yaml", "-o", "out"), EXIT_USAGE, "out is a folder", make_dir("out")
    ),
    "a missing folder with a slash": Case(
        ("report", "plan", "a.yaml", "-o", "sub/"), EXIT_USAGE, "sub/ names a folder"
    ),
    "a folder that is a file": Case(
        ("report", "gaps", "a.yaml", "-o", "a.yaml/gaps.md"), EXIT_USAGE, "a.yaml is not a folder"
    ),
    "a symlink to the input": Case(
        ("report", "gaps", "a.yaml", "-o", "link.md"),
        EXIT_USAGE,
        "link.md is a symbolic link",
        symlink("link.md", "a.yaml"),
    ),
    "a dangling symlink": Case(
        ("summary", "a.yaml", "-o", "link.md"),
        EXIT_USAGE,
        "link.md is a symbolic link",
        symlink("link.md", "elsewhere.md"),
    ),
    "a FIFO": Case(
        ("report", "gaps", "a.yaml", "-o", "pipe.md"),
        EXIT_USAGE,
        "pipe.md is not a regular file",
        fifo("pipe.md"),
    ),
    "a device": Case(
        ("report", "plan", "a.yaml", "-o", os.devnull), EXIT_USAGE, "is not a regular file"
    ),
    "a chart beside the output that is a symlink to the input": Case(
        ("report", "gaps", "a.yaml", "-o", "gaps.md"),
        EXIT_USAGE,
        "gaps-overview.svg is a symbolic link",
        symlink("gaps-overview.svg", "a.yaml"),
    ),
    "a chart beside the output that is a FIFO": Case(
        ("summary", "a.yaml", "-o", "out/summary.md"),
        EXIT_USAGE,
        "summary-overview.svg is not a regular file",
        lambda folder: (make_dir("out")(folder), fifo("out/summary-overview.svg")(folder)),
    ),
    "a new file in a new folder": Case(
        ("report", "gaps", "a.yaml", "-o", "sub/gaps.md"),
        0,
        "wrote sub/gaps.md",
        created=("sub",),
    ),
    "an earlier report is replaced": Case(
        ("report", "plan", "a.yaml", "-o", "plan.md"),
        0,
        "wrote plan.md",
        lambda folder: (folder / "plan.md").write_text("old\n", encoding="utf-8"),
    ),
}


def digests(folder: Path) -> dict[str, str]:
    """Every regular file under `folder` (not through links) by its SHA-256."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if path.is_file() and not path.is_symlink():
                found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def names_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} | NOT_OURS


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and symlinks as on POSIX")
@pytest.mark.parametrize("name", list(CASES))
def test_output_option(name: str, cli: Cli, tmp_path: Path) -> None:
    case = CASES[name]
    write_sample(tmp_path / "a.yaml")
    write_baseline(tmp_path / "base.yaml")
    case.prepare(tmp_path)
    before = digests(tmp_path)
    entries = names_in(tmp_path)

    run = cli(*case.args)

    assert run.code == case.code, run.output
    assert case.message in run.output
    after = digests(tmp_path)
    changed = [f for f, digest in before.items() if after.get(f) != digest]
    if case.code == 0:
        assert run.err == ""
        assert changed in ([], [case.args[-1]])  # only the report itself may be replaced
        assert names_in(tmp_path) - entries <= {*case.created, case.args[-1]}
    else:
        assert "Traceback" not in run.output
        assert changed == []
        assert names_in(tmp_path) == entries  # nothing named `sub`, no `-overview.svg`


def test_a_refused_output_is_reported_before_any_work(cli: Cli, tmp_path: Path) -> None:
    """`-o` onto the input fails even when the input could not be read at all."""
    (tmp_path / "a.yaml").write_text("not: [an assessment\n", encoding="utf-8")
    run = cli("report", "gaps", "a.yaml", "-o", "a.yaml")
    assert run.code == EXIT_USAGE
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "not: [an assessment\n"
