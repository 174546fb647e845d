"""Ctrl-C in the middle of an item: every answer given before it is in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from walk_helpers import (
    DEFAULT,
    STAMP,
    ScriptedPrompter,
    answer_steps,
    answers_on_disk,
    catalog,
    item_ids,
    make_walk,
    new_file,
)

from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.walk.saver import BackgroundSaver

FIRST, SECOND = item_ids("S1")[:2]
EVERYONE = ("tre", "pirha", "kela")
SECOND_STEPS = answer_steps(2, 3, "toka", "muistio")
# What the second item holds on disk after the first k of its steps.
SECOND_AFTER = [
    None,
    Answer(current=2),
    Answer(current=2, target=3),
    Answer(current=2, target=3, note="toka"),
    Answer(current=2, target=3, note="toka", evidence=("muistio",)),
]


@pytest.mark.parametrize("saving", ["at once", "in the background"])
@pytest.mark.parametrize("given", range(len(SECOND_AFTER)))
def test_ctrl_c_mid_item_keeps_every_answer_given(tmp_path: Path, given: int, saving: str) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    file = open_assessment(path, catalog())
    saver = BackgroundSaver(file) if saving == "in the background" else None
    script = [DEFAULT, *answer_steps(4, 5, "eka", "liite"), *SECOND_STEPS[:given]]
    prompter = ScriptedPrompter([*script, KeyboardInterrupt])
    walk = make_walk(file, prompter, save=saver.save if saver else None)
    with pytest.raises(KeyboardInterrupt):
        walk.run()
    if saver is not None:
        saver.flush()  # what the workshop does on Ctrl-C

    answers = answers_on_disk(path)
    assert answers[FIRST] == Answer(4, 5, None, {}, "eka", ("liite",), EVERYONE, STAMP)
    expected = SECOND_AFTER[given]
    if expected is None:
        assert SECOND not in answers
    else:
        got = answers[SECOND]
        assert (got.current, got.target, got.note, got.evidence) == (
            expected.current,
            expected.target,
            expected.note,
            expected.evidence,
        )
