"""The presenter view: the room's state as the walk goes, served on loopback, seen in Chromium."""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import inspect_page
from conftest import YHDYSPINTA
from walk_helpers import DEFAULT, ScriptedPrompter, catalog, make_walk, new_file

from yhdyspinta_cli.cli.presenter_server import PresenterServer
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.presenting import PresentingPrompter, room_state
from yhdyspinta_cli.walk.prompter import QUIT
from yhdyspinta_cli.walk.screen import item_screen

ITEMS = list(catalog().iter_items())


def presented_walk(tmp_path: Path, script: list[Any]) -> list[dict[str, Any]]:
    path = tmp_path / "a.yaml"
    file = new_file(path)
    states: list[dict[str, Any]] = []
    prompter = PresentingPrompter(ScriptedPrompter(script), file, lambda s: states.append(dict(s)))
    make_walk(file, prompter, perspectives=True).run()  # type: ignore[arg-type]
    return states


def test_the_room_sees_each_rating_the_spread_and_then_the_agreed_answer(tmp_path: Path) -> None:
    states = presented_walk(tmp_path, [DEFAULT, "1", "4", "3", "3", "4", "", "", QUIT])
    first = states[0]
    assert first["item"] == ITEMS[0].id and first["question"] == ITEMS[0].question.get("fi")
    assert [lv["descriptor"] for lv in first["levels"]] == [
        ITEMS[0].levels[v].get("fi") for v in catalog().scale.values
    ]
    rated = next(s for s in states if any(lv["rated_by"] for lv in s["levels"]))
    assert rated["levels"][0]["rated_by"] == ["Tampere"], "the first rating shows at once"
    spread = [s for s in states if s["spread"] == 3][-1]
    assert spread["discuss"] and "Tampere 1" in spread["note"], "the spread line reaches the room"
    agreed = next(s for s in states if s["target"] == 4)
    assert (agreed["current"], agreed["answer"]) == (
        3,
        "Nykyinen taso: 3 Osittain toteutunut → Tavoitetaso: 4",
    )
    assert states[-1]["item"] == ITEMS[1].id


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers["Content-Type"]
    except urllib.error.HTTPError as error:
        return error.code, b"", ""


def test_the_server_serves_the_page_and_its_state_only_on_loopback(tmp_path: Path) -> None:
    server = PresenterServer()
    server.start()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        status, page, kind = fetch(server.url)
        assert (status, kind) == (200, "text/html; charset=utf-8")
        assert b"<script src" not in page and b"<link" not in page and b"@import" not in page
        assert b"http://" not in page and b"https://" not in page, "self-contained, offline"
        server.publish({"item": "S1.1a", "question": "Missä määrin…"})
        status, body, _ = fetch(server.url + "state")
        assert json.loads(body) == {"item": "S1.1a", "question": "Missä määrin…"}
        for path in ("../../etc/passwd", "a.yaml", "state/../", "favicon.ico", "%2e%2e/"):
            assert fetch(server.url + path)[0] == 404, path
    finally:
        server.stop()
    with pytest.raises(OSError):
        fetch(server.url)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_longest_item_fits_1280x720_in_chromium(tmp_path: Path, lang: str) -> None:
    file = new_file(tmp_path / "a.yaml", lang=lang)
    longest = max(
        range(len(ITEMS)),
        key=lambda n: sum(len(ITEMS[n].levels[v].get(lang)) for v in catalog().scale.values),
    )
    server = PresenterServer()
    server.start()
    try:
        server.publish(room_state(item_screen(file, catalog(), ITEMS, longest, lang), file))
        report = inspect_page(server.url, tmp_path / "present.png", "1280x720")  # type: ignore[arg-type]
    finally:
        server.stop()
    assert report.violations == []
    assert report.screen["scrollHeight"] <= 720, "the whole item without scrolling"
    shown = " ".join(report.text.split())
    item = ITEMS[longest]
    assert " ".join(item.question.get(lang).split()) in shown
    for value in catalog().scale.values:
        assert " ".join(item.levels[value].get(lang).split()) in shown
    assert (tmp_path / "present.png").stat().st_size > 10_000


def test_assess_present_follows_the_walk_in_a_real_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    new_file(tmp_path / "a.yaml")
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TERM": "xterm",
           "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "PROMPT_TOOLKIT_NO_CPR": "1"}  # fmt: skip
    child = pexpect.spawn(
        str(YHDYSPINTA), ["assess", "a.yaml", "--present", "--no-browser"], cwd=str(tmp_path),
        env=env, encoding="utf-8", timeout=30, dimensions=(30, 100),
    )  # fmt: skip
    child.expect(r"(http://127\.0\.0\.1:\d+/)")
    url = child.match.group(1)
    child.expect(re.escape(message("ask_present", "fi")))
    child.send("\r")
    child.expect(re.escape(message("ask_current", "fi")))
    state = json.loads(fetch(url + "state")[1])
    assert (state["item"], state["current"]) == (ITEMS[0].id, None)
    child.send("3")
    child.expect(re.escape(message("ask_target", "fi")))
    child.send("4")
    child.expect(re.escape(message("ask_note", "fi")))
    state = json.loads(fetch(url + "state")[1])
    assert (state["current"], state["target"]) == (3, 4), "after the answer: agreed and target"
    child.send("\r")
    child.expect(re.escape(message("ask_evidence", "fi")))
    child.send("\r")
    child.expect(re.escape(message("ask_current", "fi")))
    assert json.loads(fetch(url + "state")[1])["item"] == ITEMS[1].id
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with pytest.raises(OSError):
        fetch(url)  # the page stops with the walk
