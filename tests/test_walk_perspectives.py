"""Perspectives: each organisation present rates, the spread is shown, then the group agrees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from walk_helpers import (
    DEFAULT,
    ORGS,
    STAMP,
    ScriptedPrompter,
    answers_on_disk,
    catalog,
    item_ids,
    make_walk,
    new_file,
    raw_on_disk,
)

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.checklist.model import DONT_KNOW
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.choices import SKIP_ORG
from yhdyspinta_cli.walk.prompter import BACK, INFO, JUMP, QUIT, SKIP

FIRST = item_ids("S1")[0]
NAMES = {org.key: org.name for org in ORGS}


def fi(key: str) -> str:
    return message(key, "fi")


def rating_question(key: str) -> str:
    return fi("ask_rating").format(org=NAMES[key])


def walk(tmp_path: Path, present: Any, script: list[Any]) -> ScriptedPrompter:
    path = tmp_path / "a.yaml"
    if not path.exists():
        new_file(path)
    prompter = ScriptedPrompter([present, *script])
    make_walk(open_assessment(path, catalog()), prompter, perspectives=True).run()
    return prompter


def test_each_present_organisation_rates_then_the_group_agrees(tmp_path: Path) -> None:
    script = ["1", "4", "3", "4", "Kunta näkee toisin", "", QUIT]
    prompter = walk(tmp_path, ["tre", "pirha"], script)
    assert prompter.questions[1:5] == [
        rating_question("tre"),
        rating_question("pirha"),
        fi("ask_consensus"),
        fi("ask_target"),
    ]
    assert rating_question("kela") not in prompter.questions, "Kela is not present"
    data = raw_on_disk(tmp_path / "a.yaml")["answers"][FIRST]
    assert data["ratings"] == {"tre": 1, "pirha": 4}
    assert (data["current"], data["target"]) == (3, 4)
    assert data["participants"] == ["tre", "pirha"]


@pytest.mark.parametrize(
    ("ratings", "spread", "discuss"),
    [
        (["1", "3", "2"], 2, True),
        (["1", "5", SKIP_ORG], 4, True),
        (["2", "3", "3"], 1, False),
        (["4", "4", DONT_KNOW], 0, False),
    ],
)
def test_the_spread_is_shown_and_a_wide_one_flagged_for_discussion(
    tmp_path: Path, ratings: list[str], spread: int, discuss: bool
) -> None:
    prompter = walk(tmp_path, DEFAULT, [*ratings, "3", "4", "", "", QUIT])
    rated = {org.key: value for org, value in zip(ORGS, ratings, strict=True) if value != SKIP_ORG}
    listed = ", ".join(f"{NAMES[key]} {value}" for key, value in rated.items())
    shown = fi("walk_spread").format(ratings=listed, spread=spread)
    assert (shown, False) in prompter.messages
    assert ((fi("discuss"), True) in prompter.messages) is discuss
    # The spread is shown before the group is asked for its consensus.
    consensus = prompter.questions.index(fi("ask_consensus"))
    assert prompter.asked_for(fi("ask_consensus"))[0] is prompter.asked[consensus]
    data = raw_on_disk(tmp_path / "a.yaml")["answers"][FIRST]
    assert data["spread"] == spread
    assert data.get("discuss", False) is discuss
    assert data["ratings"] == {k: (v if v == DONT_KNOW else int(v)) for k, v in rated.items()}
    assert answers_on_disk(tmp_path / "a.yaml")[FIRST].current == 3


def test_the_discussion_flag_is_kept_when_the_file_is_walked_again(tmp_path: Path) -> None:
    walk(tmp_path, DEFAULT, ["1", "4", "2", "3", "4", "", "", QUIT])
    # A later session jumps back to the item and keeps the ratings it is offered.
    again = [JUMP, "S1", DEFAULT, DEFAULT, DEFAULT, "4", DEFAULT, DEFAULT, DEFAULT, QUIT]
    prompter = walk(tmp_path, DEFAULT, again)
    assert prompter.shown == [item_ids("S1")[1], FIRST, item_ids("S1")[1]]
    ratings = [a for a in prompter.asked if a.question in map(rating_question, NAMES)]
    assert [a.default for a in ratings] == [None, "1", "4", "2", None]
    data = raw_on_disk(tmp_path / "a.yaml")["answers"][FIRST]
    assert (data["discuss"], data["spread"], data["current"]) == (True, 3, 4)


def test_rating_with_no_numbers_shows_no_spread(tmp_path: Path) -> None:
    prompter = walk(tmp_path, DEFAULT, [DONT_KNOW, SKIP_ORG, "2", "2", "3", "", "", QUIT])
    assert prompter.messages == []
    data = raw_on_disk(tmp_path / "a.yaml")["answers"][FIRST]
    assert data["ratings"] == {"tre": DONT_KNOW, "kela": 2}
    assert "spread" not in data


def test_rating_offers_levels_dont_know_no_rating_and_navigation_with_their_keys(
    tmp_path: Path,
) -> None:
    prompter = walk(tmp_path, DEFAULT, [QUIT])
    rating = prompter.asked[1]
    levels = [str(v) for v in catalog().scale.values]
    assert rating.values == [*levels, DONT_KNOW, SKIP_ORG, BACK, SKIP, JUMP, INFO, QUIT]
    keys = {choice.value: choice.shortcut for choice in rating.choices}
    assert [keys[v] for v in levels] == levels
    assert (keys[DONT_KNOW], keys[BACK], keys[SKIP], keys[JUMP], keys[INFO], keys[QUIT]) == (
        "d",
        "b",
        "s",
        "g",
        "i",
        "q",
    ), "the same keys as in the level question"
    assert keys[SKIP_ORG] not in levels, "no rating is never a number after the levels"


@pytest.mark.parametrize(("key", "goes_to"), [(SKIP, 2), (BACK, 0)])
def test_navigation_during_ratings_keeps_the_ratings_given(
    tmp_path: Path, key: str, goes_to: int
) -> None:
    # The first item is answered, the second gets one rating and then a navigation key.
    script = ["2", "2", "2", "2", "3", "", "", "5", key, QUIT]
    prompter = walk(tmp_path, DEFAULT, script)
    second = item_ids("S1")[1]
    assert prompter.shown == [FIRST, second, item_ids("S1")[goes_to]]
    answer = answers_on_disk(tmp_path / "a.yaml")[second]
    assert (answer.current, dict(answer.ratings)) == (None, {"tre": 5})


def test_the_spread_shown_is_the_one_kept_in_the_file(tmp_path: Path) -> None:
    # Kela rated in an earlier session; today only Tampere and Pirha are present.
    path = tmp_path / "a.yaml"
    new_file(path)
    file = open_assessment(path, catalog())
    set_answer(file, FIRST, AnswerUpdate(ratings={"kela": 1}), catalog(), STAMP)
    file.save()
    prompter = walk(tmp_path, ["tre", "pirha"], ["3", "3", "3", "3", "", "", QUIT])
    data = raw_on_disk(path)["answers"][FIRST]
    assert (data["spread"], data["discuss"]) == (2, True)
    listed = f"{NAMES['kela']} 1, {NAMES['tre']} 3, {NAMES['pirha']} 3"
    assert prompter.messages == [
        (fi("walk_spread").format(ratings=listed, spread=2), False),
        (fi("discuss"), True),
    ], "the group sees the flag the file gets"
