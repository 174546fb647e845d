"""YAML read when no problem needs a position: PyYAML's C safe loader where it is built.

For the tool's own bundled data (message catalogs, the vocabulary), a text the tool has just
written, and a glance at a file that another command checks properly. A user's file that must be
checked goes through `yaml_loader.load_document`, which says what is wrong and where.
"""

from __future__ import annotations

from typing import Any


def load_quick(text: str) -> Any:
    """`text` as plain data; PyYAML's errors pass through to the caller."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
