"""The errors that were English-only speak the user's language too (issue 9): a template's own
errors, `init`'s and the merge driver's, typed text refused, a broken catalog, the policy's
hints, `summary`'s notes, `-o` refusals and the commands' usage errors.

Each runs the real command in a Finnish and in a Swedish locale, and no English word of the
message may reach the Finnish or Swedish screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from assessment_helpers import Cli, new_assessment

from yhdyspinta_cli import i18n

Setup = Callable[[Cli, Path], list[str]]
LOCALES = {"fi": "fi_FI.UTF-8", "sv": "sv_SE.UTF-8", "en": "C"}
# Words of the English messages that Finnish and Swedish never write.
ENGLISH_WORDS = {
    "the", "is", "not", "nothing", "was", "were", "give", "cannot", "an", "of", "or", "and",
    "to", "file", "folder", "written", "saved", "did", "you", "mean", "rules", "this",
    "looks", "like", "template", "error", "no", "such", "new", "warning", "skipped", "lacks",
    "remove", "check", "needs", "keyboard", "names", "set", "use", "add", "them", "must",
}  # fmt: skip


def assessment(cli: Cli, tmp_path: Path) -> Path:
    return new_assessment(cli, tmp_path / "a.yaml", orgs=("tre:kunta:Tampere",))


def template_folder(cli: Cli, tmp_path: Path, text: str) -> list[str]:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "gaps.md.j2").write_text(text, encoding="utf-8")
    return ["report", "gaps", str(assessment(cli, tmp_path)), "--template", str(folder)]


def init_in_a_file(cli: Cli, tmp_path: Path) -> list[str]:
    (tmp_path / "x").write_text("", encoding="utf-8")
    return ["init", str(tmp_path / "x")]


def init_over_files(cli: Cli, tmp_path: Path) -> list[str]:
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "README.md").write_text("ours\n", encoding="utf-8")
    return ["init", str(tmp_path / "r")]


def init_outside_git(cli: Cli, tmp_path: Path) -> list[str]:
    (tmp_path / "r").mkdir()
    return ["init", str(tmp_path / "r"), "--git-config"]


def policy(disable: str) -> Setup:
    def setup(cli: Cli, tmp_path: Path) -> list[str]:
        (tmp_path / "assessments").mkdir()
        assessment(cli, tmp_path / "assessments")
        config = f"policy:\n  disable: [{disable}]\n"
        (tmp_path / "yhdyspinta.yaml").write_text(config, encoding="utf-8")
        return ["check"]

    return setup


def unpinned_checklist(cli: Cli, tmp_path: Path) -> list[str]:
    path = assessment(cli, tmp_path)
    text = path.read_text(encoding="utf-8").replace("  T1: 1.1.0\n", "")
    path.write_text(text, encoding="utf-8")
    return ["status", str(path)]


def broken_catalog(cli: Cli, tmp_path: Path) -> list[str]:
    folder = tmp_path / "catalogs"
    folder.mkdir()
    data = yaml.safe_load((i18n.catalog_folders()[-1] / "en.yaml").read_text(encoding="utf-8"))
    del data["messages"]["gaps_title"]
    (folder / "de.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return [f"env:{i18n.EXTRA_CATALOGS}={folder}", "checklists", "--lang", "de"]


# What Jinja2 says itself may stay English, framed by the catalog's sentence.
JINJA_OWN_WORDS = re.compile(r"'\w+' is undefined|Expected an expression.*$", re.MULTILINE)

# (name, how to get there, the phrases in fi, sv, en)
CASES: list[tuple[str, Setup, tuple[str, str, str]]] = [
    (
        "template-folder",
        lambda cli, tmp: ["report", "gaps", str(assessment(cli, tmp)), "--template", "nope"],
        ("ei ole pohjien kansio", "ingen mapp med mallar", "not a folder of templates"),
    ),
    (
        "template-field",
        lambda cli, tmp: template_folder(cli, tmp, "{{ no_such_field }}\n"),
        ("tarkista pohja", "kontrollera mallen", "check the template"),
    ),
    (
        "template-syntax",
        lambda cli, tmp: template_folder(cli, tmp, "{% if %}\n"),
        ("virhe pohjassa", "fel i mallen", "template error"),
    ),
    (
        "init-file",
        init_in_a_file,
        ("on tiedosto; anna kansio", "är en fil; ange en mapp", "is a file; give a folder"),
    ),
    (
        "init-existing",
        init_over_files,
        ("mitään ei kirjoitettu", "inget skrevs", "nothing was written"),
    ),
    (
        "init-git",
        init_outside_git,
        ("ei ole git-repositorio", "är inget git-repositorium", "is not a git repository"),
    ),
    (
        "merge-missing",
        lambda cli, tmp: ["merge", "b.yaml", "o.yaml", "t.yaml"],
        ("tiedostoa ei ole", "filen finns inte", "no such file"),
    ),
    (
        "typed-character",
        lambda cli, tmp: ["answer", str(assessment(cli, tmp)), "S1.2", "--note", "a\x1bb"],
        ("(ohjausmerkki)", "(ett styrtecken)", "(a control character)"),
    ),
    (
        "typed-personal-data",
        lambda cli, tmp: ["answer", str(assessment(cli, tmp)), "S1.2", "--note", "131052-308T"],
        ("tässä näyttää olevan henkilötunnus", "det här ser ut som en finsk", "this looks like"),
    ),
    (
        "policy-did-you-mean",
        policy("action-overdu"),
        ("tarkoititko 'action-overdue'?", "menade du 'action-overdue'?", "did you mean"),
    ),
    (
        "policy-rules",
        policy("no-such-thing"),
        ("pois kytkettävät säännöt", "reglerna som kan stängas av", "can be turned off"),
    ),
    (
        "outdated-new",
        unpinned_checklist,
        ("(T1 uusi)", "(T1 ny)", "(T1 new)"),
    ),
    (
        "catalog-incomplete",
        broken_catalog,
        ("viestiluettelosta puuttuu gaps_title", "saknar gaps_title", "lacks gaps_title"),
    ),
    (
        "nothing-to-set",
        lambda cli, tmp: ["answer", str(assessment(cli, tmp)), "S1.2"],
        ("ei mitään asetettavaa", "inget att ställa in", "nothing to set"),
    ),
    (
        "check-path-missing",
        lambda cli, tmp: ["check", "nope.yaml"],
        ("'nope.yaml' ei ole olemassa", "'nope.yaml' finns inte", "does not exist"),
    ),
    (
        "new-date",
        lambda cli, tmp: ["new", "n.yaml", "--region", "R", "--org", "tre:kunta", "--date", "x"],
        ("muodossa VVVV-KK-PP", "som ÅÅÅÅ-MM-DD", "write the date as"),
    ),
    (
        "needs-keyboard",
        lambda cli, tmp: ["assess", str(assessment(cli, tmp))],
        ("tarvitsee näppäimistön", "behöver ett tangentbord", "needs a keyboard"),
    ),
    (
        "summary-salt",
        lambda cli, tmp: ["summary", str(assessment(cli, tmp)), "--anonymise"],
        ("sisäänrakennettua suolaa", "det inbyggda saltet", "the built-in salt"),
    ),
    (
        "output-folder",
        lambda cli, tmp: ["report", "gaps", str(assessment(cli, tmp)), "-o", "out/"],
        ("on kansion nimi", "anger en mapp", "names a folder"),
    ),
]


def english_words_in(text: str, tmp_path: Path) -> set[str]:
    """The English words in `text`, leaving out paths, options, commands in backticks, ids, and
    a problem line's severity and rule (the fixed format every linter shares)."""
    text = JINJA_OWN_WORDS.sub(" ", text.replace(str(tmp_path), ""))
    text = re.sub(r"\[(error|warning)\]|\([\w-]+\)$", " ", text, flags=re.MULTILINE)
    text = re.sub(r"`[^`]*`|--[\w-]+|'[^']*'|\S+\.ya?ml|\S*/\S*|\w+(?:-\w+)+", " ", text)
    return {word for word in re.findall(r"\w+", text) if word.lower() in ENGLISH_WORDS}


def run_in(cli: Cli, monkeypatch: pytest.MonkeyPatch, lang: str, args: list[str]) -> str:
    monkeypatch.setenv("LANG", LOCALES[lang])
    for arg in [a for a in args if a.startswith("env:")]:
        name, value = arg.removeprefix("env:").split("=", 1)
        monkeypatch.setenv(name, value)
    run = cli(*[a for a in args if not a.startswith("env:")])
    assert "Traceback" not in run.output
    return run.err


@pytest.mark.parametrize(("name", "setup", "phrases"), CASES, ids=[case[0] for case in CASES])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_error_is_in_the_users_language_with_no_english_word(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    setup: Setup,
    phrases: tuple[str, str, str],
    lang: str,
) -> None:
    args = setup(cli, tmp_path)
    local, english = phrases[0 if lang == "fi" else 1], phrases[2]

    said = run_in(cli, monkeypatch, lang, args)

    assert local in said, said
    assert english not in said, said
    message_lines = [line for line in said.splitlines() if local in line]
    assert english_words_in(" ".join(message_lines), tmp_path) == set(), said


@pytest.mark.parametrize(("name", "setup", "phrases"), CASES, ids=[case[0] for case in CASES])
def test_without_a_locale_the_error_is_english(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    setup: Setup,
    phrases: tuple[str, str, str],
) -> None:
    said = run_in(cli, monkeypatch, "en", setup(cli, tmp_path))
    assert phrases[2] in said, said


def test_the_merge_drivers_fallback_note_speaks_the_language_of_who_set_it_up(
    tmp_path: Path,
) -> None:
    import subprocess

    from yhdyspinta_cli.history.driver import driver_command

    finnish, swedish = driver_command("/usr/bin/python3", "fi"), driver_command("/p", "sv")
    assert "yhdyspinta merge ei käynnistynyt, joten git yhdisti riveittäin" in finnish
    assert "slog samman rad för rad" in swedish
    assert "could not run" not in finnish + swedish
    checked = subprocess.run(["sh", "-n", "-c", finnish], capture_output=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_yaml_without_its_own_words_is_invalid_yaml_in_the_users_language(tmp_path: Path) -> None:
    import yaml as pyyaml

    from yhdyspinta_cli.loading.yaml_problems import syntax_problem

    error = syntax_problem(tmp_path / "a.yaml", pyyaml.MarkedYAMLError())
    assert "virheellinen YAML" in error.problems[0].format("fi")
    assert "ogiltig YAML" in error.problems[0].format("sv")
    assert "invalid YAML" in error.problems[0].format("en")


def test_a_broken_english_catalog_is_said_in_built_in_english(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The catalog that would explain the error is the broken one: the built-in words say it."""
    folder = tmp_path / "catalogs"
    folder.mkdir()
    (folder / "en.yaml").write_text("language: {}\nmessages: [not, a, mapping]\n", "utf-8")
    monkeypatch.setenv(i18n.EXTRA_CATALOGS, str(folder))

    run = cli("checklists", "--lang", "en")

    assert run.code == 1
    shape = "a message catalog holds a `language` and a `messages` mapping"
    assert run.err == f"error: {folder / 'en.yaml'}: {shape}\n"


def test_every_kind_of_personal_data_has_its_name_in_every_catalog() -> None:
    from yhdyspinta_cli.privacy.detectors import KINDS

    for lang in i18n.languages():
        assert all(f"personal_kind_{kind}" in i18n.words(lang) for kind in KINDS), lang
