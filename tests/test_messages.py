"""The message catalogs: the same keys and placeholders in every language, and no key unknown."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import REPO, Run

from yhdyspinta_cli import i18n
from yhdyspinta_cli.loading.yaml_loader import load_document

BUNDLED = REPO / "messages"
CATALOGS = sorted(BUNDLED.glob("*.yaml"))
# `message("key"`, `self._say("key"` and friends: the literal keys the code asks for.
KEY_IN_CODE = re.compile(
    r"""(?:\bmessage|\bmsg|self\._say|\bsay|\bcounted)\(\s*["']([a-z_\-]+)["']"""
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_are_bundled_catalogs_and_they_are_the_languages() -> None:
    assert len(CATALOGS) >= 3
    assert i18n.languages() == ("fi", *sorted(p.stem for p in CATALOGS if p.stem != "fi"))


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.stem)
def test_every_catalog_has_the_default_catalogs_keys_and_placeholders(path: Path) -> None:
    """A key or `{placeholder}` missing in one language fails here, never in front of a user."""
    reference = i18n.catalog(i18n.DEFAULT_LANGUAGE)
    catalog = i18n.catalog(path.stem)
    assert set(catalog.messages) == set(reference.messages)
    for key, text in reference.messages.items():
        assert placeholders(catalog.messages[key]) == placeholders(text), f"{path.name}: {key}"
        assert catalog.messages[key].strip(), f"{path.name}: {key} is empty"


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.stem)
def test_a_catalog_is_strict_yaml_with_its_language_facts(path: Path) -> None:
    """The project's own loader: no duplicate key hides a word, no alias, no tag."""
    document = load_document(path)
    assert set(document.data) == {"language", "messages"}
    assert set(document.data["language"]) == set(i18n.FACTS)
    assert all(isinstance(text, str) for text in document.data["messages"].values())


def test_the_decimal_comma_is_the_catalogs_fact() -> None:
    assert [i18n.local_number("3.25", lang) for lang in ("fi", "sv", "en")] == [
        "3,25",
        "3,25",
        "3.25",
    ]
    assert i18n.local_percent("86", "fi") == "86 %"
    assert i18n.local_percent("86", "en") == "86%"


def test_every_key_the_code_asks_for_is_in_the_catalogs() -> None:
    asked = {
        key
        for source in (REPO / "yhdyspinta_cli").rglob("*.py")
        for key in KEY_IN_CODE.findall(source.read_text(encoding="utf-8"))
    }
    assert "ask_language" in asked  # the pattern finds the keys
    assert asked - set(i18n.words(i18n.DEFAULT_LANGUAGE)) == set()


def test_every_word_a_template_uses_is_in_the_catalogs() -> None:
    used: set[str] = set()
    for template in (REPO / "templates").glob("*.j2"):
        used |= set(re.findall(r"\bL\.([a-z_]+)", template.read_text(encoding="utf-8")))
    assert "gaps_title" in used
    assert used <= set(i18n.words("en"))


def test_usage_errors_are_in_english_without_a_locale(cli: Callable[..., Run]) -> None:
    run = cli("status", "--nope")
    assert run.code == 2
    assert run.err.startswith("Usage: yhdyspinta status")
    assert run.err.endswith("Error: No such option: --nope\n")


def test_usage_errors_follow_the_locale_and_lang(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    finnish = cli("status", "--nope")
    assert finnish.code == 2
    assert finnish.err.startswith("Käyttö: yhdyspinta status")
    assert "Katso ohjeet: 'yhdyspinta status --help'." in finnish.err
    assert finnish.err.endswith("Virhe: Tuntematon valitsin: --nope\n")
    swedish = cli("new", "--lang", "sv")
    assert swedish.code == 2
    assert swedish.err.endswith("Fel: Argumentet 'FILE' saknas.\n")


def test_a_problem_line_is_in_the_locales_language(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = yaml.safe_load((REPO / "checklists" / "vocabulary.yaml").read_text(encoding="utf-8"))
    del data["actors"][0]["label"]["sv"]
    path = tmp_path / "vocabulary.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    english = cli("validate", path)
    assert "the Swedish (sv) text is missing; add 'sv:' (missing-translation)" in english.out
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    finnish = cli("validate", path)
    assert finnish.code == english.code == 1
    assert "tekstistä puuttuu kieli ruotsi (sv); lisää 'sv:' (missing-translation)" in finnish.out


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("fi", "kuilu 1 taso", "kuilu 2 tasoa"),
        ("sv", "ett gap på 1 nivå", "ett gap på 2 nivåer"),
        ("en", "a gap of 1 level", "a gap of 2 levels"),
    ],
)
def test_a_count_of_one_takes_the_singular(lang: str, one: str, two: str) -> None:
    assert i18n.counted("plan_reason_gap", lang, 1, gap=1) == one
    assert i18n.counted("plan_reason_gap", lang, 2, gap=2) == two
    assert i18n.counted("plan_reason_gap", lang, 0, gap=0).endswith(two.split()[-1])


def test_every_key_the_code_counts_has_a_singular() -> None:
    literal = re.compile(r"""\bcounted\(\s*["']([a-z_\-]+)["']""")
    keys = {
        key
        for source in (REPO / "yhdyspinta_cli").rglob("*.py")
        for key in literal.findall(source.read_text(encoding="utf-8"))
    }
    keys.add("plan_reason_gap")  # counted as f"plan_reason_{reason}": the one reason that counts
    assert "movement_left_out" in keys
    for path in CATALOGS:
        words = i18n.catalog(path.stem).messages
        assert [k for k in sorted(keys) if f"{k}_one" not in words] == [], path.name
