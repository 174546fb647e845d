"""The installed program in a real terminal (pexpect): answer, Ctrl-C, resume hint, valid file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from walk_helpers import answers_on_disk, item_ids, raw_on_disk

from yhdyspinta_cli.checklist.model import DONT_KNOW
from yhdyspinta_cli.i18n import message

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect.spawn needs a POSIX pty")

SCRIPTS = Path(sys.executable).parent
YHDYSPINTA = SCRIPTS / "yhdyspinta"
CHECK_JSONSCHEMA = SCRIPTS / "check-jsonschema"
TIMEOUT = 30  # seconds for one screen to appear; only a guard against a hang
ENTER = "\r"


def fi(key: str) -> str:
    return re.escape(message(key, "fi"))


def spawn(cwd: Path, *args: str) -> Any:
    pexpect = pytest.importorskip("pexpect")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(cwd / "home"),
        "TERM": "xterm",
        "COLUMNS": "110",
        "LINES": "50",
        "NO_COLOR": "1",
        "LC_ALL": "C.UTF-8",
        # pexpect does not answer prompt_toolkit's cursor position requests; without this every
        # prompt waits a second for the answer on its way out.
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    return pexpect.spawn(
        str(YHDYSPINTA),
        list(args),
        cwd=str(cwd),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 110),
    )


def answer(child: Any, question: str, keys: str) -> None:
    """Wait for `question` (a regex), then press `keys`."""
    child.expect(question)
    child.send(keys)


def finish(child: Any) -> tuple[int, str]:
    """Read to the end; the exit status and what was printed last."""
    child.expect(pytest.importorskip("pexpect").EOF)
    tail = str(child.before)
    child.close()
    return child.exitstatus, tail


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def assert_schema_valid(path: Path, cwd: Path) -> None:
    schema = run(YHDYSPINTA, "schema", "assessment", cwd=cwd)
    assert schema.returncode == 0, schema.stderr
    json.loads(schema.stdout)
    schema_file = cwd / "schema.json"
    schema_file.write_text(schema.stdout, encoding="utf-8")
    checked = run(CHECK_JSONSCHEMA, "--schemafile", schema_file, path, cwd=cwd)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_answer_items_press_ctrl_c_and_the_file_holds_the_answers(tmp_path: Path) -> None:
    made = run(
        YHDYSPINTA,
        "new",
        "a.yaml",
        "--region",
        "Pirkanmaa",
        "--org",
        "tre:kunta:Tampere",
        "--org",
        "pirha:hyvinvointialue:Pirha",
        "--org",
        "kela:kela",
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    first, second, third = item_ids("S1")[:3]

    child = spawn(tmp_path, "assess", "a.yaml")
    answer(child, fi("ask_present"), ENTER)
    child.expect(re.escape(first))
    answer(child, fi("ask_current"), "4")  # one key, no Enter
    answer(child, fi("ask_target"), "5")
    answer(child, fi("ask_note"), f"Sovittu yhdessä, äöå{ENTER}")
    answer(child, fi("ask_evidence"), f"pöytäkirja; https://example.invalid/a{ENTER}")
    child.expect(re.escape(second))
    answer(child, fi("ask_current"), "d")
    answer(child, fi("ask_target"), "2")
    answer(child, fi("ask_note"), ENTER)
    answer(child, fi("ask_evidence"), ENTER)
    child.expect(re.escape(third))
    answer(child, fi("ask_current"), "3")
    answer(child, fi("ask_target"), "\x03")  # Ctrl-C in the middle of the third item
    code, tail = finish(child)

    assert code == 130
    assert message("resume", "fi") in tail
    assert "yhdyspinta assess a.yaml" in tail
    answers = answers_on_disk(tmp_path / "a.yaml")
    assert (answers[first].level, answers[first].target) == (4, 5)
    assert answers[first].note == "Sovittu yhdessä, äöå"
    assert answers[first].evidence == ("pöytäkirja", "https://example.invalid/a")
    assert (answers[second].current, answers[second].target) == (DONT_KNOW, 2)
    assert (answers[third].current, answers[third].target) == (3, None)
    assert set(answers) == {first, second, third}
    assert_schema_valid(tmp_path / "a.yaml", tmp_path)
    status = run(YHDYSPINTA, "status", "a.yaml", "--json", cwd=tmp_path)
    listed = {c["id"]: c["missing_target"] for c in json.loads(status.stdout)["checklists"]}
    assert listed["S1"] == [third], "the interrupted item is incomplete, not answered"


def test_assess_without_a_file_asks_the_setup_questions_and_creates_it(tmp_path: Path) -> None:
    def sv(key: str) -> str:
        return re.escape(message(key, "sv"))

    child = spawn(tmp_path, "assess", "uusi.yaml")
    answer(child, fi("ask_language"), "3")  # fi, en, sv: the rest is in Swedish
    answer(child, sv("ask_region"), f"Österbotten{ENTER}")
    answer(child, sv("ask_county"), f"Österbottens välfärdsområde{ENTER}")
    answer(child, sv("ask_date"), f"{chr(0x7F) * 12}1.3.2027{ENTER}")  # the default erased
    answer(child, sv("ask_facilitator"), f"Regionkoordinator{ENTER}")
    answer(child, sv("ask_org_type"), "1")  # the first actor type: kunta
    answer(child, sv("ask_org_name"), f"Vasa stad{ENTER}")
    answer(child, sv("ask_org_key"), ENTER)  # the suggested key
    answer(child, sv("ask_org_type"), "4")  # the same numbers as before: the fourth type, kela
    answer(child, sv("ask_org_name"), f"FPA{ENTER}")
    answer(child, sv("ask_org_key"), ENTER)
    answer(child, sv("ask_org_type"), ENTER)  # Enter on the highlighted "Klart": ready
    answer(child, sv("ask_present"), ENTER)
    answer(child, sv("ask_current"), "2")
    answer(child, sv("ask_target"), ENTER)
    answer(child, sv("ask_note"), ENTER)
    answer(child, sv("ask_evidence"), ENTER)
    answer(child, sv("ask_current"), "q")
    code, tail = finish(child)

    assert code == 0
    assert "yhdyspinta assess uusi.yaml" in tail
    data = raw_on_disk(tmp_path / "uusi.yaml")
    assert (data["language"], data["region"]) == ("sv", "Österbotten")
    assert (data["county"], data["date"]) == ("Österbottens välfärdsområde", "2027-03-01")
    assert data["facilitator"] == "Regionkoordinator"
    assert data["organisations"] == [
        {"key": "vasa-stad", "type": "kunta", "name": "Vasa stad"},
        {"key": "fpa", "type": "kela", "name": "FPA"},
    ]
    assert data["answers"][item_ids("S1")[0]]["current"] == 2
    assert_schema_valid(tmp_path / "uusi.yaml", tmp_path)
