"""The fast plain loader for the many files that turn out clean: no positions, and it gives up
(returns None) on anything `yaml_loader.load_document` would have to explain.

`check` and `summary` read thousands of assessment files; most are clean, and for those PyYAML's
own constructor is several times faster than composing nodes with positions.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, cast

import yaml

from yhdyspinta_cli.loading.yaml_loader import MAX_ENTRIES, _Loader, collector_paused

MAX_REMEMBERED_TAGS = 8192
# Anchors, aliases and merge keys: `load_document` refuses them with a located problem, while
# PyYAML would expand them, so `load_plain` leaves such a text to it. `R&D` or `**bold**` inside
# a text only costs that file the slower way.
_COMPOSER_ONLY = re.compile(r"(?:^|[\s\[{,])[&*]\S|<<\s*:", re.MULTILINE)


class _NotPlain(Exception):
    """The plain loader cannot vouch for this text."""


class _PlainLoader(_Loader):
    """The loader for `load_plain`: gives up on a duplicate key or an over-long collection.

    It also remembers the tag of each plain scalar: without path resolvers the tag depends on
    the text alone, and an assessment repeats the same few hundred (3, tre, planned) thousands
    of times. That saves a tenth of the load.
    """

    _tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return str(super().resolve(kind, value, implicit))
        tag = self._tags.get(value)
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))
            if len(self._tags) < MAX_REMEMBERED_TAGS:
                self._tags[value] = tag
        return tag

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if len(node.value) > MAX_ENTRIES:  # before its values are made: they may be many
            raise _NotPlain
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(node.value):
            raise _NotPlain
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> list[Any]:
        if len(node.value) > MAX_ENTRIES:
            raise _NotPlain
        return cast("list[Any]", super().construct_sequence(node, deep=deep))


def load_plain(text: str) -> Any:
    """The document as plain data, without positions; None when `load_document` must explain it.

    None covers anchors, aliases, merge keys, duplicate keys, over-long collections and every
    loading error: the caller then loads with `load_document`, which says what and where.
    """
    if ("&" in text or "*" in text or "<<" in text) and _COMPOSER_ONLY.search(text):
        return None
    try:
        with collector_paused():
            return yaml.load(text, Loader=_PlainLoader)
    except Exception:  # any loading or conversion error: load_document says what and where
        return None
