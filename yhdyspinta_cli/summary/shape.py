"""The light check: the parts of an assessment that a summary reads, and nothing else.

Each check raises Rejected with a rule, a message that says what to do, and the key path of the
value, which the reader turns into a line and column. Messages never quote a text value from the
file: a summary may be anonymised, and a region's or organisation's name must not leak through
the list of skipped files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.privacy.detectors import has_personal_data, iter_findings
from yhdyspinta_cli.privacy.placement import RULE, field_name, personal_data_message
from yhdyspinta_cli.summary.names import Pseudonyms

FORMAT = "yhdyspinta/assessment"
VERSION = 1
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SCALARS = (int, str)  # not bool or float, which compare equal to 1 and 1.0

Key = tuple[Any, ...]


@dataclass(frozen=True)
class ReadRules:
    """What a worker needs to read files: the known items, levels and actor types."""

    items: frozenset[str]
    levels: tuple[int, ...]
    actor_types: tuple[str, ...]
    since: str | None = None
    include_notes: bool = False
    pseudonyms: Pseudonyms | None = None
    # Every valid `current` and rating, for one set lookup per value on the fast path.
    currents: frozenset[Any] = field(init=False)
    ratings: frozenset[Any] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ratings", frozenset([*self.levels, DONT_KNOW]))
        object.__setattr__(self, "currents", self.ratings | {NOT_APPLICABLE})


@dataclass
class FileFacts:
    """What one accepted file contributes; forgotten once it is counted."""

    region: str
    county: str | None
    date: str
    org_types: dict[str, str]
    org_names: tuple[str, ...] = ()
    answers: list[tuple[str, Any, dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    unknown_items: list[str] = field(default_factory=list)


class LeftOut(Exception):
    """The file is dated before --since: not a problem, just not in this summary."""


class Rejected(Exception):
    """The file is not a usable assessment; `key` says where, when there is a place."""

    def __init__(self, rule: str, message: str, key: Key = ()) -> None:
        super().__init__(message)
        self.rule, self.message, self.key = rule, message, key


def facts_from_data(data: Any, rules: ReadRules) -> FileFacts:
    """Check the parts a summary reads and collect them; raise Rejected otherwise."""
    _check_format(data)
    region = _text(data, "region", required=True)
    county = _text(data, "county", required=False) or None
    when = _date(data.get("date"))
    if rules.since is not None and when < rules.since:
        raise LeftOut
    organisations = _organisations(data.get("organisations"), rules)
    facts = FileFacts(
        region,
        county,
        when,
        {key: org_type for key, (org_type, _) in organisations.items()},
        tuple(name for _, name in organisations.values()),
    )
    answers = data.get("answers")
    _expect(isinstance(answers, (dict, type(None))), "answers", "a mapping by item id", answers)
    for item_id, answer in (answers or {}).items():
        _add_answer(facts, item_id, answer, rules)
    _refuse_printed_personal_data(facts)
    if facts.notes and rules.pseudonyms is not None:
        facts.notes = [(item, _anonymise(facts, rules.pseudonyms, n)) for item, n in facts.notes]
    return facts


def _refuse_printed_personal_data(facts: FileFacts) -> None:
    """Skip a file when what the summary prints of it holds personal data; nothing else counts.

    The summary prints region, county and organisation names, and the notes with
    --include-notes (`facts.notes` is empty without it). One scan of them joined, then the field.
    """
    printed = [
        (("region",), facts.region),
        (("county",), facts.county or ""),
        *((("organisations", index, "name"), name) for index, name in enumerate(facts.org_names)),
        *((("answers", item_id, "note"), note) for item_id, note in facts.notes),
    ]
    if not has_personal_data("\n".join(text for _, text in printed)):
        return
    for key, text in printed:
        finding = next(iter_findings(text), None)
        if finding is not None:
            where = field_name(key)
            raise Rejected(
                RULE, f"{personal_data_message(where, finding)}; a summary prints it", key
            )


def _check_format(data: Any) -> None:
    if not isinstance(data, dict):
        text = f"not an assessment: the file holds {kind(data)}; is this the right folder?"
        raise Rejected("not-an-assessment", text)
    marker = data.get("format")
    if marker != FORMAT:
        ours = isinstance(marker, str) and marker.startswith("yhdyspinta/")
        what = f"a {marker} file" if ours else f"no `format: {FORMAT}`"
        text = f"not an assessment ({what}); is this the right folder?"
        raise Rejected("not-an-assessment", text, ("format",))
    version = data.get("version")
    _expect(type(version) is int, "version", "a whole number", version)
    if version != VERSION:
        newer = isinstance(version, int) and version > VERSION
        advice = "update yhdyspinta" if newer else "check the file"
        text = f"assessment format version {version}, this yhdyspinta reads {VERSION}; {advice}"
        raise Rejected("unsupported-version", text, ("version",))


def _text(data: dict[str, Any], name: str, required: bool) -> str:
    value = data.get(name)
    if value is None and not required:
        return ""
    _expect(isinstance(value, str) and bool(value.strip()), name, "a non-empty text", value)
    return str(value)


def _date(value: Any) -> str:
    valid = isinstance(value, str) and ISO_DATE.match(value) is not None and _is_date(value)
    _expect(valid, "date", "a date written YYYY-MM-DD, e.g. 2026-03-14", value)
    return str(value)


def _is_date(text: str) -> bool:
    try:
        Date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _organisations(value: Any, rules: ReadRules) -> dict[str, tuple[str, str]]:
    """Organisation key → (type, name)."""
    _expect(isinstance(value, (list, type(None))), "organisations", "a list", value)
    found: dict[str, tuple[str, str]] = {}
    for index, org in enumerate(value or ()):
        key: Key = ("organisations", index)
        where = f"organisations, number {index + 1}"
        _expect(isinstance(org, dict), where, "a mapping with key, type and name", org, key)
        org_key, org_type, name = org.get("key"), org.get("type"), org.get("name")
        _expect(isinstance(org_key, str), f"{where}, key", "a text", org_key, (*key, "key"))
        _expect(isinstance(name, str), f"{where}, name", "a text", name, (*key, "name"))
        if org_type not in rules.actor_types:
            text = f"{where}: unknown type; use one of {', '.join(rules.actor_types)}"
            raise Rejected("unknown-type", text, (*key, "type"))
        if org_key in found:
            text = f"{where}: its key is used twice; keys must be unique"
            raise Rejected("duplicate-id", text, (*key, "key"))
        found[org_key] = (org_type, name)
    return found


def _add_answer(facts: FileFacts, item_id: Any, answer: Any, rules: ReadRules) -> None:
    """Take a well-formed answer with a few set lookups; anything else goes to the full check."""
    if type(answer) is dict and item_id in rules.items:
        current, ratings, note = answer.get("current"), answer.get("ratings"), answer.get("note")
        if (
            (current is None or (current in rules.currents and type(current) in SCALARS))
            and (note is None or type(note) is str)
            and (ratings is None or _well_formed(ratings, facts.org_types, rules.ratings))
        ):
            facts.answers.append((item_id, current, ratings or {}))
            if note and rules.include_notes:
                facts.notes.append((item_id, note))
            return
    _check_answer(facts, item_id, answer, rules)


def _well_formed(ratings: Any, orgs: dict[str, str], valid: frozenset[Any]) -> bool:
    if type(ratings) is not dict:
        return False
    for org, rating in ratings.items():
        if org not in orgs or rating not in valid or type(rating) not in SCALARS:
            return False
    return True


def _check_answer(facts: FileFacts, item_id: Any, answer: Any, rules: ReadRules) -> None:
    """The slow path: say exactly what is wrong with an answer (or take an unknown or empty one)."""
    key: Key = ("answers", item_id)
    _expect(isinstance(item_id, str), "answers", "item ids as texts", item_id, key)
    if item_id not in rules.items:
        facts.unknown_items.append(item_id)
        return
    _expect(isinstance(answer, (dict, type(None))), item_id, "a mapping", answer, key)
    current = (answer or {}).get("current")
    if current is not None and current not in (DONT_KNOW, NOT_APPLICABLE):
        _level(current, f"{item_id}, current", rules, (*key, "current"), NOT_APPLICABLE)
    ratings = _ratings(item_id, (answer or {}).get("ratings"), facts.org_types, rules)
    note = (answer or {}).get("note")
    _expect(isinstance(note, (str, type(None))), f"{item_id}, note", "a text", note, (*key, "note"))
    facts.answers.append((item_id, current, ratings))
    if note and rules.include_notes:
        facts.notes.append((item_id, note))


def _ratings(item_id: str, value: Any, orgs: dict[str, str], rules: ReadRules) -> dict[str, Any]:
    key: Key = ("answers", item_id, "ratings")
    where = f"{item_id}, ratings"
    _expect(isinstance(value, (dict, type(None))), where, "a mapping", value, key)
    for org, rating in (value or {}).items():
        if org not in orgs:
            text = f"{where}: a rating by an organisation key that is not under organisations"
            raise Rejected("unknown-organisation", text, (*key, org))
        if rating != DONT_KNOW:
            _level(rating, where, rules, (*key, org))
    return value or {}


def _level(value: Any, where: str, rules: ReadRules, key: Key, *special: str) -> None:
    if type(value) is not int or value not in rules.levels:
        allowed = ", ".join([f"{rules.levels[0]}–{rules.levels[-1]}", DONT_KNOW, *special])
        raise Rejected(
            "unknown-level", f"{where}: {kind(value)} is not an answer; use {allowed}", key
        )


def _expect(ok: bool, where: str, wanted: str, value: Any, key: Key | None = None) -> None:
    if not ok:
        text = f"{where}: expected {wanted}, got {kind(value)}"
        raise Rejected("wrong-type", text, key if key is not None else (where,))


def _anonymise(facts: FileFacts, pseudonyms: Pseudonyms, note: str) -> str:
    names = dict.fromkeys(facts.org_names, "organisation")
    names[facts.region] = "region"
    if facts.county:
        names[facts.county] = "county"
    return pseudonyms.replace_in(note, names)


def kind(value: Any) -> str:
    """What a value is, without echoing text that may hold a name."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "nothing"}[value]
    if isinstance(value, int):
        return str(value)
    names: dict[type, str] = {str: "a text", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)
