"""Read-only YAML loading, the one place that uses PyYAML's loaders: every reader comes here.

PyYAML's C parser (where available) is ten times faster than a round-trip loader, and composing
nodes ourselves gives every value its line and column, catches duplicate keys that PyYAML would
silently drop, and refuses aliases (of scalars too) before anything walks an "alias bomb".
The fast way for the many files that turn out clean, without positions, is `plain_yaml.py`.

Python's cyclic garbage collector is paused while a document is composed: it would otherwise
walk every node made so far again and again, which makes a file with 50,000 keys take seconds
instead of a fraction of one. Nodes hold no cycles, so nothing is lost by waiting.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.files import MAX_BYTES, decode_text, fail, read_bytes, read_text
from yhdyspinta_cli.loading.yaml_problems import (
    first_line,
    reader_problem,
    short_tag,
    syntax_problem,
    tag_message,
)
from yhdyspinta_cli.problems import Problem, ProblemError

__all__ = ["MAX_BYTES", "Document", "decode_text", "load_document", "read_bytes", "read_text"]

MAX_DEPTH = 64
# Entries in one mapping or list. An assessment has a few hundred answers at most; a file with
# tens of thousands is not one, and the round-trip editor would take minutes over it.
MAX_ENTRIES = 2000

_CORE = "tag:yaml.org,2002:"
COLLECTION_TAGS = {f"{_CORE}map", f"{_CORE}seq"}
SCALAR_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}

Key = tuple[str | int, ...]

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIBYAML = _BaseLoader is not yaml.SafeLoader  # libyaml counts error offsets in UTF-8 bytes


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that keeps dates as the strings they were written as."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _BaseLoader.construct_yaml_str)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (see the module's docstring), then restore it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class Document:
    """A loaded YAML file: its data and the position of every value in it."""

    path: Path
    data: Any
    positions: dict[Key, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Key, tuple[int, int]] = field(default_factory=dict)

    def key_position(self, key: Key) -> tuple[int, int]:
        """The (line, column) of the mapping key that `key` ends with (else of its value)."""
        return self.key_positions.get(key) or self.position(key)

    def position(self, key: Key) -> tuple[int, int]:
        """The (line, column) of a value, or of its nearest parent that has one."""
        for end in range(len(key), -1, -1):
            found = self.positions.get(key[:end])
            if found is not None:
                return found
        return (1, 1)

    def problem(self, key: Key, rule: str, message: str) -> Problem:
        """A problem located at the value `key` points to."""
        line, column = self.position(key)
        return Problem(self.path, line, column, rule, message)


def load_document(path: Path, text: str | None = None) -> Document:
    """Load one YAML document from `path` (or from `text`, read from `path`)."""
    if text is None:
        text = read_text(path)
    if not text.strip():
        raise fail(path, None, "empty-file", msg("yaml_empty_file"))
    loader = _Loader(text)
    try:
        with collector_paused():
            node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise syntax_problem(path, exc) from None
    except yaml.reader.ReaderError as exc:
        raise reader_problem(
            path, text, exc, counts_bytes=_BaseLoader is not yaml.SafeLoader
        ) from None
    except yaml.YAMLError as exc:
        what = first_line(exc)
        raise fail(path, None, "yaml-syntax", msg("yaml_syntax_error", what=what)) from None
    finally:
        loader.dispose()
    if node is None:
        raise fail(path, None, "empty-file", msg("yaml_no_document"))
    builder = _Builder(path, loader)
    with collector_paused():
        data = builder.build(node, (), 0)
    if builder.reused is not None:
        builder.problems.append(_alias_problem(path, text, builder.reused))
    if builder.problems:
        raise ProblemError(sorted(builder.problems, key=lambda p: (p.line or 0, p.column or 0)))
    return Document(path, data, builder.positions, builder.key_positions)


class _Builder:
    """Turns composed nodes into plain data, recording positions and problems."""

    def __init__(self, path: Path, loader: Any) -> None:
        self.path = path
        self.loader = loader
        self.positions: dict[Key, tuple[int, int]] = {}
        self.key_positions: dict[Key, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        # The first collection reached twice (through an alias); reported once, at the alias.
        self.reused: yaml.Node | None = None

    def build(self, node: yaml.Node, key: Key, depth: int) -> Any:
        position = (node.start_mark.line + 1, node.start_mark.column + 1)
        self.positions[key] = position
        if self._reused(node):
            return None
        if depth > MAX_DEPTH:
            text = msg("yaml_too_deep", limit=MAX_DEPTH)
            self._add(position, "too-deep", text)
            return None
        if not isinstance(node, yaml.ScalarNode) and len(node.value) > MAX_ENTRIES:
            text = msg("yaml_too_many_entries", count=len(node.value), limit=MAX_ENTRIES)
            self._add(position, "too-many-entries", text)
            return None
        if not isinstance(node, yaml.ScalarNode) and node.tag not in COLLECTION_TAGS:
            self._add(position, "yaml-tag", tag_message(node.tag))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*key, i), depth + 1) for i, item in enumerate(node.value)]
        return self._scalar(node, position)

    def _reused(self, node: yaml.Node) -> bool:
        """Whether `node` was reached before: through an alias, of a scalar or a collection."""
        if id(node) in self.seen:
            self.reused = self.reused or node
            return True
        self.seen.add(id(node))
        return False

    def _mapping(self, node: yaml.MappingNode, key: Key, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            position = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key_node.tag == f"{_CORE}merge":
                text = msg("yaml_merge_key")
                self._add(position, "yaml-alias", text)
                continue
            if self._reused(key_node):
                continue
            name = self._scalar(key_node, position)
            if not isinstance(name, Hashable) or isinstance(name, (list, dict)):
                self._add(position, "bad-key", msg("yaml_bad_key"))
                continue
            if name in result:
                self._add(
                    position,
                    "duplicate-key",
                    msg("yaml_duplicate_key", name=name, line=first_line[name]),
                )
                continue
            first_line[name] = position[0]
            # A bool or null key (`no:`, `~:`) is kept as it is; it can only be an unknown key.
            child: Key = (*key, cast("str | int", name))
            self.key_positions[child] = position
            result[name] = self.build(value_node, child, depth + 1)
        return result

    def _scalar(self, node: yaml.Node, position: tuple[int, int]) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self._add(position, "bad-key", msg("yaml_bad_key"))
            return None
        if node.tag not in SCALAR_TAGS:
            self._add(position, "yaml-tag", tag_message(node.tag))
            return None
        try:
            return self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError, LookupError) as exc:
            # An explicit tag that does not fit the text, such as `!!int abc`.
            tag, reason = short_tag(node.tag), first_line(exc)
            text = msg("yaml_bad_tagged_value", value=node.value, tag=tag, reason=reason)
            self._add(position, "yaml-tag", text)
            return None

    def _add(self, position: tuple[int, int], rule: str, message: str) -> None:
        self.problems.append(Problem(self.path, position[0], position[1], rule, message))


def _alias_problem(path: Path, text: str, anchored: yaml.Node) -> Problem:
    """One problem for a file that uses aliases, at the first alias of `anchored`.

    Composed nodes keep only the anchor's position, so this error path scans the tokens again.
    """
    anchor_at = (anchored.start_mark.line, anchored.start_mark.column)
    line, column = anchor_at
    name: str | None = None
    scanner = _Loader(text)
    try:
        while (token := scanner.get_token()) is not None:
            at = (token.start_mark.line, token.start_mark.column)
            if isinstance(token, yaml.AnchorToken) and at == anchor_at:
                name = token.value
            elif isinstance(token, yaml.AliasToken) and name and token.value == name:
                line, column = at
                break
    finally:
        scanner.dispose()
    what = msg("yaml_alias_named", name=name) if name else msg("yaml_alias_unnamed")
    text = msg("yaml_alias", what=what)
    return Problem(path, line + 1, column + 1, "yaml-alias", text)
