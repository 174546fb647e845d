"""Saving during the walk: in the background, newest state wins, failures and conflicts surface."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from walk_helpers import (
    DEFAULT,
    STAMP,
    Asked,
    ScriptedPrompter,
    answer_steps,
    answers_on_disk,
    catalog,
    item_ids,
    make_walk,
    new_file,
    raw_on_disk,
)

from yhdyspinta_cli.assessment import store
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.store import AssessmentFile, ConflictError, open_assessment
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.problems import UserError
from yhdyspinta_cli.walk.prompter import QUIT
from yhdyspinta_cli.walk.saver import BackgroundSaver

FIRST = item_ids("S1")[0]
SIDECAR = re.compile(r"a\.unsaved-\d{8}-\d{6}\.yaml")


def open_file(tmp_path: Path) -> AssessmentFile:
    new_file(tmp_path / "a.yaml")
    return open_assessment(tmp_path / "a.yaml", catalog())


def note(file: AssessmentFile, text: str) -> None:
    set_answer(file, FIRST, AnswerUpdate(note=text), catalog(), STAMP)


def test_many_rapid_saves_end_with_the_newest_state_on_disk(tmp_path: Path) -> None:
    file = open_file(tmp_path)
    saver = BackgroundSaver(file)
    for number in range(300):
        note(file, f"muistio {number}")
        saver.save()
    saver.flush()
    assert file.path.read_text(encoding="utf-8") == file.render()
    assert answers_on_disk(file.path)[FIRST].note == "muistio 299"


def test_a_save_after_a_flush_is_written_too(tmp_path: Path) -> None:
    file = open_file(tmp_path)
    saver = BackgroundSaver(file)
    for text in ("eka", "toka"):
        note(file, text)
        saver.save()
        saver.flush()
        assert answers_on_disk(file.path)[FIRST].note == text


def fail_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(store, "write_atomic", full_disk)


def remove_folder(file: AssessmentFile) -> None:
    shutil.rmtree(file.path.parent)


@pytest.mark.parametrize("failure", ["full disk", "folder removed"])
def test_a_write_failure_is_raised_on_the_next_save_or_flush(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    folder = tmp_path / "sub"
    folder.mkdir()
    file = open_file(folder)
    saver = BackgroundSaver(file)
    if failure == "full disk":
        fail_to_write(monkeypatch)
    else:
        remove_folder(file)
    note(file, "ei mahdu")
    with pytest.raises(OSError) as raised:
        saver.save()  # may already raise, if the writer was quick
        saver.flush()
    if failure == "full disk":
        assert raised.value.errno == 28
    # It stays raised: the walk cannot carry on as if the answers were saved.
    note(file, "vielä yksi")
    with pytest.raises(OSError):
        saver.save()
    with pytest.raises(OSError):
        saver.flush()


def change_on_disk_after_first_save(
    path: Path, settle: Callable[[], None]
) -> Callable[[ScriptedPrompter, Asked], None]:
    """Another writer (a git pull) changes the file when the walk asks for the target level."""

    def pull(prompter: ScriptedPrompter, asked: Asked) -> None:
        text = path.read_text(encoding="utf-8")
        if asked.question != message("ask_target", "fi") or "# pulled" in text:
            return
        settle()  # the first save is on disk (a background save gets its time)
        assert answers_on_disk(path)[FIRST].level == 3
        text = path.read_text(encoding="utf-8").replace("region: Pirkanmaa", "region: Tre")
        path.write_text(text + "# pulled\n", encoding="utf-8")

    return pull


def test_a_file_changed_during_a_walk_that_saves_at_once_is_not_overwritten(
    tmp_path: Path,
) -> None:
    """The store's own guard; the workshop's background saver merges instead
    (test_walk_outside_change.py)."""
    file = open_file(tmp_path)
    path = file.path
    script = [DEFAULT, *answer_steps(3, 4, "meidän muistio", "liite"), QUIT]
    prompter = ScriptedPrompter(script, on_ask=change_on_disk_after_first_save(path, lambda: None))
    walk = make_walk(file, prompter)

    with pytest.raises(ConflictError) as raised:
        walk.run()

    theirs = path.read_text(encoding="utf-8")
    assert theirs.endswith("# pulled\n") and "region: Tre" in theirs, "their change is kept"
    assert raw_on_disk(path)["answers"][FIRST] == {
        "current": 3,
        "participants": ["tre", "pirha", "kela"],
        "changed": STAMP,
    }, "only what was saved before their change"
    sidecars = [p for p in tmp_path.iterdir() if SIDECAR.fullmatch(p.name)]
    assert len(sidecars) == 1, sorted(p.name for p in tmp_path.iterdir())
    assert sidecars[0].read_text(encoding="utf-8") == file.render(), "our newest state"
    ours = raw_on_disk(sidecars[0])["answers"][FIRST]
    assert (ours["current"], ours["target"]) == (3, 4)
    error = raised.value
    assert isinstance(error, UserError)
    assert (error.path, error.sidecar) == (path, sidecars[0])
    assert str(path) in str(error) and str(sidecars[0]) in str(error)
    assert prompter.questions[-1] == message("ask_target", "fi"), "the walk stopped there"
