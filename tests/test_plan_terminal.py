"""The installed `plan` in a real terminal (pexpect): add an action by keys, then Ctrl-C."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from test_walk_terminal import (
    ENTER,
    YHDYSPINTA,
    answer,
    assert_schema_valid,
    fi,
    finish,
    run,
    spawn,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect.spawn needs a POSIX pty")


def test_an_action_added_with_key_presses_is_saved_before_ctrl_c(tmp_path: Path) -> None:
    made = run(
        YHDYSPINTA, "new", "a.yaml", "--region", "Pirkanmaa", "--org", "tre:kunta:Tampere",
        "--org", "pirha:hyvinvointialue:Pirha", cwd=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    gap = run(YHDYSPINTA, "answer", "a.yaml", "S2.3", "--level", "1", "--target", "4", cwd=tmp_path)
    assert gap.returncode == 0, gap.stderr

    child = spawn(tmp_path, "plan", "a.yaml")
    answer(child, fi("plan_ask"), "a" + ENTER)
    answer(child, fi("plan_ask_title"), "Johtoryhmän työjärjestys | ääkköset" + ENTER)
    answer(child, fi("plan_owner"), "\x1b[B" + ENTER)  # arrow down: the second organisation
    answer(child, fi("plan_responsible"), "kehittämispäällikkö" + ENTER)
    answer(child, fi("plan_due"), "2027-03-31" + ENTER)
    answer(child, fi("plan_measure"), ENTER)
    child.expect(fi("plan_ask"))
    child.sendcontrol("c")
    status, tail = finish(child)

    assert status == 130
    assert "yhdyspinta plan a.yaml" in tail
    actions = yaml.safe_load((tmp_path / "a.yaml").read_text(encoding="utf-8"))["actions"]
    assert len(actions) == 1
    assert actions[0]["id"] == "A1"
    assert actions[0]["items"] == ["S2.3"]
    assert actions[0]["title"] == "Johtoryhmän työjärjestys | ääkköset"
    assert actions[0]["owner"] == "pirha"
    assert actions[0]["due"] == "2027-03-31"
    assert_schema_valid(tmp_path / "a.yaml", tmp_path)
