"""JSON Schema validation of loaded documents, as located problems.

jsonschema-rs (compiled, about 150 times faster) says whether a document is valid; only a
document that is not goes through jsonschema, which says what is wrong and where. Both are
imported only here and only when a command validates (jsonschema costs about 100 ms of start-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from yhdyspinta_cli import resources
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document
from yhdyspinta_cli.problems import Problem

if TYPE_CHECKING:
    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")  # `type_*` keys


@cache
def fast_validator(name: str) -> Any:
    """One shipped schema compiled by jsonschema-rs (draft 2020-12, formats checked)."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(resources.schema(name), validate_formats=True)


def is_valid(data: Any, schema_name: str) -> bool:
    """Whether `data` passes the shipped schema: the fast yes-or-no."""
    return bool(fast_validator(schema_name).is_valid(data))


@cache
def validator(name: str) -> Validator:
    """A reusable validator for one shipped schema (re-checking the schema each call is slow)."""
    from jsonschema import Draft202012Validator

    cls: Any = Draft202012Validator
    checker = Draft202012Validator.FORMAT_CHECKER
    result: Validator = cls(resources.schema(name), format_checker=checker)
    return result


def iter_schema_problems(document: Document, schema_name: str) -> Iterator[Problem]:
    """Every schema error in `document`, each at the line of the value it concerns."""
    if is_valid(document.data, schema_name):
        return
    errors = validator(schema_name).iter_errors(document.data)
    for error in sorted(errors, key=lambda e: document.position(tuple(e.absolute_path))):
        yield from _problems_for(document, error)


def _problems_for(document: Document, error: ValidationError) -> Iterator[Problem]:
    key = tuple(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = _missing_property(error)
        yield document.problem(key, "schema", msg("schema_missing", name=missing))
    elif kind == "additionalProperties" and isinstance(error.instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed, patterns = schema.get("properties", {}), schema.get("patternProperties", {})
        for extra in (k for k in error.instance if k not in allowed and not _matches(k, patterns)):
            text = msg("schema_unknown_key", name=extra, known=_known_keys(allowed, patterns))
            yield document.problem((*key, extra), "unknown-key", text)
    elif kind == "type":
        expected = _expected_type(error.validator_value)
        found = _type_name(_json_type(error.instance))
        yield document.problem(
            key, "wrong-type", msg("schema_wrong_type", expected=expected, found=found)
        )
    else:
        yield document.problem(key, "schema", _short_message(error))


def _missing_property(error: ValidationError) -> str:
    message = error.message
    return message.split("'")[1] if message.count("'") >= 2 else message


def _known_keys(allowed: dict[str, Any], patterns: dict[str, Any]) -> str:
    """The keys a mapping allows, and the language codes when it takes any language."""
    keys = ", ".join(sorted(allowed))
    if patterns:
        return msg("schema_keys_and_languages", keys=keys) if keys else msg("schema_language_keys")
    return keys or msg("schema_no_keys")


def _expected_type(value: Any) -> str:
    names = [str(name) for name in (value if isinstance(value, list) else [value])]
    said = _type_name(names[0])
    for name in names[1:]:
        said = msg("schema_either", first=said, second=_type_name(name))
    return said


def _type_name(name: str) -> str:
    """`a whole number` for `integer`; an unknown JSON type as it is."""
    return msg(f"type_{name}") if name in TYPES else name


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _short_message(error: ValidationError) -> str:
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    return f"{message} ({description})" if description else message


def _matches(key: object, patterns: dict[str, Any]) -> bool:
    """Whether `key` is allowed by one of a schema's `patternProperties` (the language codes)."""
    return isinstance(key, str) and any(re.search(pattern, key) for pattern in patterns)
