"""Everything the walk asks and shows is in the assessment's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from walk_helpers import DEFAULT, ORGS, ScriptedPrompter, catalog, make_walk, new_file

from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.checklist.model import NOT_APPLICABLE
from yhdyspinta_cli.i18n import languages, message, words
from yhdyspinta_cli.walk.choices import NAVIGATION_LABELS, SKIP_ORG
from yhdyspinta_cli.walk.prompter import JUMP, QUIT

TRE, PIRHA, KELA = (org.name for org in ORGS)


def walk(path: Path, lang: str, script: list[object], perspectives: bool) -> ScriptedPrompter:
    new_file(path, lang=lang)
    prompter = ScriptedPrompter(script)
    make_walk(open_assessment(path, catalog()), prompter, perspectives=perspectives).run()
    return prompter


@pytest.mark.parametrize("lang", languages())
def test_questions_are_in_the_files_language(tmp_path: Path, lang: str) -> None:
    def say(key: str, org: str | None = None) -> str:
        text = message(key, lang)
        return text.format(org=org) if org else text

    plain = walk(tmp_path / "a.yaml", lang, [DEFAULT, "3", DEFAULT, "", "", QUIT], False)
    assert plain.questions == [
        say("ask_present"),
        say("ask_current"),
        say("ask_target"),
        say("ask_note"),
        say("ask_evidence"),
        say("ask_current"),
    ]
    script = [DEFAULT, "1", "3", SKIP_ORG, NOT_APPLICABLE, "x", "", "", JUMP, "S2", QUIT]
    rated = walk(tmp_path / "b.yaml", lang, script, True)
    assert rated.questions == [
        say("ask_present"),
        say("ask_rating", TRE),
        say("ask_rating", PIRHA),
        say("ask_rating", KELA),
        say("ask_consensus"),
        say("ask_reason"),
        say("ask_note"),
        say("ask_evidence"),
        say("ask_rating", TRE),
        say("ask_jump"),
        say("ask_rating", TRE),
    ]
    spread = say("walk_spread").format(ratings=f"{TRE} 1, {PIRHA} 3", spread=2)
    assert rated.messages == [(spread, False), (say("discuss"), True)]


@pytest.mark.parametrize("lang", languages())
def test_choices_and_screens_are_in_the_files_language(tmp_path: Path, lang: str) -> None:
    script = [DEFAULT, JUMP, "S2", QUIT]
    prompter = walk(tmp_path / "a.yaml", lang, script, perspectives=True)
    rating, jump = prompter.asked[1], prompter.asked[2]
    titles = {choice.value: choice.title for choice in rating.choices}
    scale = catalog().scale
    for level in scale.levels:
        assert titles[str(level.value)] == level.label.get(lang)
    for value, key in NAVIGATION_LABELS.items():
        assert titles[value] == message(key, lang)
    assert titles[SKIP_ORG] == message("skip_org", lang)
    assert jump.question == message("ask_jump", lang)
    checklists = [c.id for c in catalog().checklists]
    assert checklists == list(jump.suggestions[: len(checklists)])
    assert {screen.lang for screen in prompter.screens} == {lang}


def test_a_swedish_walk_asks_nothing_in_finnish(tmp_path: Path) -> None:
    script = [DEFAULT, "1", "5", "2", NOT_APPLICABLE, "x", "", "", QUIT]
    prompter = walk(tmp_path / "a.yaml", "sv", script, perspectives=True)
    fi, sv = words("fi"), words("sv")
    finnish = {fi[key] for key in fi if fi[key] != sv[key]}
    finnish |= {message("ask_rating", "fi").format(org=org.name) for org in ORGS}
    shown = [*prompter.questions, *(text for text, _ in prompter.messages)]
    shown += [choice.title for asked in prompter.asked for choice in asked.choices]
    assert not finnish & set(shown)
