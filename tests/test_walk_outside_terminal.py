"""The installed program in a real terminal (tmux, 100×30): while the room walks, `yhdyspinta
answer` changes another item from a second process; the next item's screen says in one Finnish
line what came in, with the whole screen still in view, and the file holds both."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import YHDYSPINTA
from walk_helpers import answers_on_disk, item_ids

from yhdyspinta_cli.i18n import message

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("tmux") is None, reason="needs tmux"
)
TIMEOUT = 30.0  # seconds for one screen to appear; only a guard against a hang
FIRST, SECOND, THIRD = item_ids("S1")[:3]
ELSEWHERE = item_ids("S4")[0]


class Tmux:
    """One program in a detached tmux session on a server of its own (its socket in `cwd`)."""

    def __init__(self, cwd: Path, width: int, height: int, command: list[str]) -> None:
        self.socket, self.cwd = str(cwd / "tmux.socket"), cwd
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(cwd / "home"),
            "NO_COLOR": "1",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color",
        }
        line = " ".join(["env", *(f"{k}={v}" for k, v in env.items()), *command])
        script = f"cd {cwd} && {line}; echo $? > {cwd / 'exit-code'}; sleep 60"
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), script)

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-S", self.socket, "-f", os.devnull, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            check=True,
        )
        return done.stdout

    def screen(self) -> list[str]:
        """The visible screen, one string a row."""
        return self.tmux("capture-pane", "-p").split("\n")

    def wait_for(self, *texts: str) -> list[str]:
        """The screen, once every one of `texts` is on it (wrapping ignored)."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            rows = self.screen()
            flat = " ".join(" ".join(rows).split())
            if all(" ".join(text.split()) in flat for text in texts):
                return rows
            if time.monotonic() > deadline:
                raise AssertionError(f"{texts} not on the screen:\n" + "\n".join(rows))
            time.sleep(0.1)

    def press(self, *keys: str) -> None:
        """Each key as typed (`-l`), or a tmux key name such as Enter."""
        for key in keys:
            if key == "Enter":
                self.tmux("send-keys", "Enter")
            else:
                self.tmux("send-keys", "-l", key)

    def exit_code(self) -> int:
        deadline = time.monotonic() + TIMEOUT
        code = self.cwd / "exit-code"
        while not code.exists() or not code.read_text(encoding="utf-8").strip():
            assert time.monotonic() < deadline, "\n".join(self.screen())
            time.sleep(0.1)
        return int(code.read_text(encoding="utf-8"))

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], check=False, timeout=TIMEOUT)


@pytest.fixture
def walk_in_tmux(tmp_path: Path) -> Iterator[Tmux]:
    orgs = [
        "--org",
        "tre:kunta:Tampere",
        "--org",
        "pirha:hyvinvointialue:Pirha",
        "--org",
        "kela:kela",
    ]
    made = subprocess.run(
        [str(YHDYSPINTA), "new", "a.yaml", "--region", "Pirkanmaa", *orgs],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    terminal = Tmux(tmp_path, 100, 30, [str(YHDYSPINTA), "assess", "a.yaml"])
    yield terminal
    terminal.close()


def fi(key: str) -> str:
    return message(key, "fi")


def test_the_next_screen_says_in_one_finnish_line_what_came_in(
    walk_in_tmux: Tmux, tmp_path: Path
) -> None:
    room = walk_in_tmux
    room.wait_for(fi("ask_present"))
    room.press("Enter")
    room.wait_for(FIRST, fi("ask_current"))
    room.press("3")
    room.wait_for(fi("ask_target"))
    room.press("4")
    room.wait_for(fi("ask_note"))
    room.press("Enter")
    room.wait_for(fi("ask_evidence"))
    room.press("Enter")
    room.wait_for(SECOND, fi("ask_current"))

    other = subprocess.run(
        [str(YHDYSPINTA), "answer", "a.yaml", ELSEWHERE, "--note", "Kelan muistio"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert other.returncode == 0, other.stderr
    room.press("2")
    room.wait_for(fi("ask_target"))
    room.press("Enter")
    room.wait_for(fi("ask_note"))
    room.press("Enter")
    room.wait_for(fi("ask_evidence"))
    room.press("Enter")

    line = f"Tiedostoon tuli muualta: {ELSEWHERE} (muistiinpano)"
    assert fi("outside_merged").format(changes=f"{ELSEWHERE} (muistiinpano)") == line
    rows = room.wait_for(THIRD, line, fi("ask_current"))
    assert "a.yaml" in rows[0] and "3/" in rows[0], "the progress line is still the top row"
    assert rows[1].startswith(THIRD)
    room.press("q")
    assert room.exit_code() == 0
    answers = answers_on_disk(tmp_path / "a.yaml")
    assert (answers[FIRST].current, answers[SECOND].current) == (3, 2)
    assert answers[ELSEWHERE].note == "Kelan muistio"
