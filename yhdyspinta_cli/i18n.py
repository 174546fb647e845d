"""The message catalogs: one YAML file per language, and which language a command speaks.

The languages are the catalogs present: the bundled `messages/*.yaml`, then any folders named in
the environment variable `YHDYSPINTA_MESSAGES` (separated like PATH). A catalog in such a folder
adds a language, or lays its words over the bundled catalog of the same code. Only the catalog of
the language in use is read, with PyYAML's C loader where it is available.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGE = "fi"
ENGLISH = "en"  # problem lines without a locale, like a C locale
# The `--lang` the running command was given: its notes and problem lines follow it too.
_COMMAND_LANGUAGE: ContextVar[str | None] = ContextVar("command_language", default=None)
EXTRA_CATALOGS = "YHDYSPINTA_MESSAGES"
SUFFIX = ".yaml"
FACTS = ("name", "decimal_separator", "percent")


@dataclass(frozen=True)
class Catalog:
    """The words of one language, with its own name and how it writes numbers."""

    code: str
    name: str
    decimal_separator: str
    percent: str
    messages: Mapping[str, str]

    def text(self, key: str, **params: object) -> str:
        """One message, with its `{placeholders}` filled from `params`."""
        template = self.messages[key]
        return template.format(**params) if params else template


def catalog_folders() -> tuple[Path, ...]:
    """Where catalogs are found: the extra folders first, the bundled folder last."""
    extra = os.environ.get(EXTRA_CATALOGS, "")
    return (*(Path(p) for p in extra.split(os.pathsep) if p), _bundled_folder())


def languages() -> tuple[str, ...]:
    """The codes of the languages that have a catalog: the default first, then by code."""
    return _languages_in(catalog_folders())


def catalog(lang: str) -> Catalog:
    """The catalog of `lang` (read once per process)."""
    return _catalog_in(lang, catalog_folders())


def message(key: str, lang: str, **params: object) -> str:
    """One word or phrase of the interface in `lang`, `{placeholders}` filled from `params`."""
    return catalog(lang).text(key, **params)


def counted(key: str, lang: str, count: int, **params: object) -> str:
    """`key` for a count: its singular `key_one` when the count is 1 and the catalog has one.

    Finnish, Swedish and English all say one thing in the singular and every other count in the
    plural ("1 taso", "2 tasoa"); a catalog adds `KEY_one` beside `KEY` for a message that counts.
    """
    singular = f"{key}_one"
    chosen = singular if count == 1 and singular in catalog(lang).messages else key
    return message(chosen, lang, **params)


def words(lang: str) -> Mapping[str, str]:
    """Every message of `lang`, by key (for templates)."""
    return catalog(lang).messages


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), if it has a catalog."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        code = value.split(".")[0].split("_")[0].lower()
        if code in languages():
            return code
    return None


def resolve_language(
    option: str | None, configured: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """`--lang` first, then the project config, then the locale, then Finnish."""
    return option or configured or language_from_env(environ) or DEFAULT_LANGUAGE


class Message(str):
    """A message from the catalog: reads as its English text, renders in any language.

    The core says `msg(KEY, name=value)` where it used to write an English sentence, so every
    place that stores or compares the text keeps working, and the edge shows it with
    `localize(text, lang)` in the user's language.
    """

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, params: dict[str, object]) -> Message:
        made = super().__new__(cls, message(key, ENGLISH, **params))
        made.key, made.params = key, params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # worker processes send problems back pickled
        return (Message, (self.key, self.params))

    def render(self, lang: str) -> str:
        """The message in `lang`, with any messages among its values in `lang` too."""
        values = {k: localize(v, lang) if isinstance(v, str) else v for k, v in self.params.items()}
        return message(self.key, lang, **values)


def msg(key: str, **params: object) -> Message:
    """A catalog message with its `{placeholders}` filled, to show in the user's language."""
    return Message(key, params)


def localize(text: str, lang: str) -> str:
    """`text` in `lang` when it is a catalog message; other text as it is."""
    return text.render(lang) if isinstance(text, Message) else text


def joined(parts: Sequence[str]) -> str:
    """`a, b, c`: texts some of which are catalog messages, each shown in the user's language."""
    if not parts:
        return ""
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = msg("list_joined", first=part, rest=text)
    return text


def say(key: str, **params: object) -> str:
    """A command's confirmation or note, in the language of problem lines (locale, else English)."""
    return msg(key, **params).render(problem_language(None))


def language_label(code: str) -> str:
    """A language as messages name it: `Swedish` in English where the catalogs have a word."""
    key = f"language_{code}"
    return msg(key) if key in words(DEFAULT_LANGUAGE) else catalog(code).name


def problem_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language of problem lines: `--lang`, else the locale, else English (like a C locale).

    Problem lines are read in CI logs and by editors, where no locale is set; English there keeps
    them the same as every other linter's.
    """
    return option or _COMMAND_LANGUAGE.get() or language_from_env(environ) or ENGLISH


@contextmanager
def command_language(lang: str | None) -> Iterator[None]:
    """While a command runs, its `--lang` is the language of its notes and problem lines."""
    token = _COMMAND_LANGUAGE.set(lang)
    try:
        yield
    finally:
        _COMMAND_LANGUAGE.reset(token)


@cache
def _bundled_folder() -> Path:
    from yhdyspinta_cli import resources

    return Path(str(resources.data_dir("messages")))


@cache
def _languages_in(folders: tuple[Path, ...]) -> tuple[str, ...]:
    codes = {
        entry.name.removesuffix(SUFFIX)
        for folder in folders
        if folder.is_dir()
        for entry in folder.iterdir()
        if entry.name.endswith(SUFFIX) and entry.is_file()
    }
    return tuple(sorted(codes, key=lambda code: (code != DEFAULT_LANGUAGE, code)))


@cache
def _catalog_in(lang: str, folders: tuple[Path, ...]) -> Catalog:
    paths = [folder / f"{lang}{SUFFIX}" for folder in reversed(folders)]  # bundled first
    found = [path for path in paths if path.is_file()]
    if not found:
        known = ", ".join(_languages_in(folders))
        raise _catalog_error("catalog_unknown_language", lang=lang, known=known)
    facts: dict[str, str] = {}
    messages: dict[str, str] = {}
    for path in found:
        layer = _read(path)
        facts.update(layer.get("language") or {})
        messages.update(layer.get("messages") or {})
    if found[-1] != paths[0]:  # the bundled catalogs are complete: a test compares their keys
        _require_complete(lang, found[-1], facts, messages, folders)
    return Catalog(lang, facts["name"], facts["decimal_separator"], facts["percent"], messages)


def _read(path: Path) -> dict[str, Any]:
    from yhdyspinta_cli.loading.quick_yaml import load_quick

    data = load_quick(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(data.get(part, {}), dict) for part in ("language", "messages")
    ):
        raise _catalog_error("catalog_shape", path=str(path))
    return data


def _require_complete(
    lang: str,
    path: Path,
    facts: dict[str, str],
    messages: dict[str, str],
    folders: tuple[Path, ...],
) -> None:
    """A catalog from an extra folder must leave no key of the default catalog unsaid."""
    missing = [f"language.{fact}" for fact in FACTS if not isinstance(facts.get(fact), str)]
    if lang != DEFAULT_LANGUAGE:
        reference = _catalog_in(DEFAULT_LANGUAGE, folders).messages
        missing += [key for key in reference if not isinstance(messages.get(key), str)]
    if missing:
        raise _catalog_error("catalog_incomplete", path=str(path), keys=", ".join(missing))


# What to say when the English catalog itself cannot be read: only then these built-in words,
# since reading it again to explain would fail the same way (or never end). Every other time the
# error is a catalog message like any other, shown in the user's language by the boundary.
_BUILT_IN_ENGLISH = {
    "catalog_unknown_language": "no message catalog for language '{lang}'; known: {known}",
    "catalog_shape": "{path}: a message catalog holds a `language` and a `messages` mapping",
    "catalog_incomplete": "{path}: the message catalog lacks {keys}; add them",
    "boundary_error": "error: {message}",  # how the boundary shows any of these
}
_explaining: list[bool] = []  # set while an error of a catalog is put into words


def built_in_english(key: str, **params: object) -> str:
    """One of the few built-in English texts, for when the English catalog cannot be read."""
    return _BUILT_IN_ENGLISH[key].format(**params)


def _catalog_error(key: str, **params: str) -> Exception:
    """The error of a catalog that cannot be used, from the English catalog if it can be read."""
    from yhdyspinta_cli.problems import UserError

    if not _explaining:
        _explaining.append(True)
        try:
            return UserError(msg(key, **params))
        except Exception:  # the English catalog is broken too: the built-in words say it
            pass
        finally:
            _explaining.clear()
    return UserError(built_in_english(key, **params))


def local_number(text: str, lang: str) -> str:
    """A number written with a dot (`3.25`), as `lang` writes it (`3,25` in Finnish)."""
    return text.replace(".", catalog(lang).decimal_separator)


def local_percent(number: str, lang: str) -> str:
    """A whole percent as `lang` writes it: `86 %` in Finnish, `86%` in English."""
    return catalog(lang).percent.format(number=number)
