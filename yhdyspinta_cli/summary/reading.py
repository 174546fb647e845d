"""The fast path: one assessment file read with PyYAML's C loader and checked lightly.

The C parser composes the whole document (so any YAML error is found), but Python objects are
constructed only for what a summary reads: the header, the organisations, and each answer's
`current`, `ratings` and `note`. Notes, evidence, targets, timestamps and actions make up most
of a file's scalars, and constructing them would cost more than the summary's own work.
Full validation (JSON Schema with positions, as `report` and `status` do) costs several times
the parse, so a summary checks only what it reads (see shape.py); only a rejected file is parsed
again, with positions, to say on which line the problem is. Nothing walks more than the known
items and the listed organisations, so YAML aliases cannot make it blow up. Duplicate keys are
not noticed here (PyYAML keeps the last); `yhdyspinta status FILE` reports them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import yaml

from yhdyspinta_cli.problems import Problem, ProblemError
from yhdyspinta_cli.summary.shape import FileFacts, LeftOut, ReadRules, Rejected, facts_from_data

MAX_BYTES = 5 * 1024 * 1024
HEADER_KEYS = frozenset({"format", "version", "region", "county", "date", "organisations"})
ANSWER_KEYS = frozenset({"current", "ratings", "note"})

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FastLoader(_Base):  # type: ignore[misc]
    """The C safe loader, keeping dates as the strings they were written as."""


FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _Base.construct_yaml_str)


def read_facts(path: Path, rules: ReadRules) -> FileFacts | Problem | None:
    """The file's facts, the problem that keeps it out, or None when it is before --since."""
    try:
        return facts_from_data(_load(path), rules)
    except LeftOut:
        return None
    except Rejected as rejected:
        return _located(path, rejected)
    except yaml.YAMLError as error:
        return _yaml_problem(path, error)
    except RecursionError:  # libyaml stops at 1,000 levels; Python's own limit is lower
        text = "nested too deeply to be an assessment; is this the right file?"
        return Problem(path, None, None, "too-deep", text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return Problem(path, None, None, "unreadable", f"cannot read the file: {reason}")


def _load(path: Path) -> Any:
    with path.open("rb") as stream:
        raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        text = f"the file is over {MAX_BYTES // 1_048_576} MB; is this the right file?"
        raise Rejected("file-too-large", text)
    if not raw.strip():
        raise Rejected("empty-file", "the file is empty; it should hold an assessment")
    loader = FastLoader(raw)
    try:
        node = loader.get_single_node()
        return None if node is None else _construct(loader, node)
    finally:
        loader.dispose()


def _construct(loader: Any, node: yaml.Node) -> Any:
    """The document as data, with only the keys a summary reads (all of it if not a mapping)."""
    if not isinstance(node, yaml.MappingNode):
        return loader.construct_document(node)
    data: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key == "answers" and isinstance(value_node, yaml.MappingNode):
            data[key] = {_item_id(loader, item): _answer(loader, a) for item, a in value_node.value}
        elif key in HEADER_KEYS or key == "answers":  # answers that are no mapping: rejected later
            data[key] = loader.construct_object(value_node, deep=True)
    return data


def _item_id(loader: Any, node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):  # `? [a, b]`: not even a usable dict key
        raise Rejected("wrong-type", "answers: expected item ids as texts, got a list or mapping")
    return loader.construct_object(node)


def _answer(loader: Any, node: yaml.Node) -> Any:
    if not isinstance(node, yaml.MappingNode):
        return loader.construct_object(node, deep=True)
    return {
        key.value: loader.construct_object(value, deep=True)
        for key, value in node.value
        if isinstance(key, yaml.ScalarNode) and key.value in ANSWER_KEYS
    }


def _yaml_problem(path: Path, error: yaml.YAMLError) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    what = getattr(error, "problem", None) or str(error).strip().splitlines()[0]
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
    text = f"YAML syntax error: {what}; check the indentation and quoting here"
    return Problem(path, line, column, "yaml-syntax", text)


def _located(path: Path, rejected: Rejected) -> Problem:
    """The problem at the line of the value it concerns, found by parsing again with positions."""
    line = column = None
    if rejected.key:
        from yhdyspinta_cli.loading.yaml_loader import load_document

        with contextlib.suppress(ProblemError):
            line, column = load_document(path).position(rejected.key)
    return Problem(path, line, column, rejected.rule, rejected.message)
