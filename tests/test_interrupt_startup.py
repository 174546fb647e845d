"""Ctrl-C at any moment of a real run exits 130, quietly, with no traceback (issue 15.12)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SCRIPTS, YHDYSPINTA

# Once our entry module is imported (the interpreter's own start-up before that is no code of
# ours; on a busy machine it alone can take a hundred milliseconds), the SIGINT lands in the
# imports of typer and the commands, in loading the checklists, or in the running command.
DELAYS = (0.03, 0.08, 0.14, 0.2, 0.27, 0.34)
SLOW_GIT = "#!/bin/sh\nexec sleep 30\n"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def handler_ready(*how: str) -> float:
    """How long a process here takes to start and import our entry module the way the command
    will (the slowest of three): before that, the SIGINT would land in the interpreter's own
    start-up, which no program can catch."""
    python = SCRIPTS / "python"
    times = []
    for _ in range(3):
        began = time.monotonic()
        subprocess.run([str(python), *(how or ("-c", "import yhdyspinta_cli.entry"))], check=True)
        times.append(time.monotonic() - began)
    return max(times)


def slow_diff(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    """`diff HEAD:a.yaml a.yaml` with a `git` that never answers: a command that stays busy."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    git = bin_dir / "git"
    git.write_text(SLOW_GIT)
    git.chmod(0o755)
    (tmp_path / "a.yaml").write_text("format: yhdyspinta-assessment\n")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    return [str(YHDYSPINTA), "diff", "HEAD:a.yaml", "a.yaml"], env


def interrupted_after(command: list[str], env: dict[str, str], delay: float) -> tuple[int, str]:
    """Start `command`, send SIGINT after `delay` seconds; its exit code and stderr."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        time.sleep(delay)
        assert process.poll() is None, "the command ended before it was interrupted"
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return process.returncode, err.decode("utf-8", "replace")


def test_ctrl_c_at_any_moment_exits_130_without_a_traceback(tmp_path: Path) -> None:
    command, env = slow_diff(tmp_path)
    start = handler_ready()
    for delay in DELAYS:
        code, err = interrupted_after(command, env, start + delay)
        assert code == 130, (delay, code, err)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, (delay, err)
        assert err.strip() == "", (delay, err)


def test_python_dash_m_is_covered_too(tmp_path: Path) -> None:
    command, env = slow_diff(tmp_path)
    command = [str(SCRIPTS / "python"), "-m", "yhdyspinta_cli", *command[1:]]
    # The same -m machinery, then our entry; half as long again, as runpy's start-up swings more
    # than a plain import on a busy machine and a SIGINT before our entry is no code of ours.
    start = 1.5 * handler_ready("-m", "yhdyspinta_cli.entry")
    for delay in (0.04, 0.1, 0.3):
        code, err = interrupted_after(command, env, start + delay)
        assert (code, err.strip()) == (130, ""), (delay, err)
