"""What CI installs: where the running tool came from, by the installer's `direct_url.json`.

pip records a distribution installed from a URL or a folder in `direct_url.json` (PEP 610): a
VCS URL with its commit, an archive URL, or a local folder. An index install has no such file,
and the version on the index is the spec. A local folder or file is what CI cannot reach.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from yhdyspinta_cli import __version__

DISTRIBUTION = "yhdyspinta"


@dataclass(frozen=True)
class PackageSource:
    """A pip requirement for CI; `local` is the path CI cannot reach, when that is the source."""

    spec: str
    local: str | None = None


def installed_source() -> PackageSource:
    """Where the running tool was installed from, as a pinned pip requirement."""
    try:
        text = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        text = None
    return source_from_direct_url(json.loads(text) if text else None, __version__)


def source_from_direct_url(direct_url: dict[str, Any] | None, version: str) -> PackageSource:
    """The requirement for one `direct_url.json` (None: installed from an index)."""
    pinned = f"{DISTRIBUTION}=={version}"
    if not direct_url or not isinstance(direct_url.get("url"), str):
        return PackageSource(pinned)
    url: str = direct_url["url"]
    if url.startswith("file:"):
        return PackageSource(pinned, local=url.removeprefix("file://"))
    vcs = direct_url.get("vcs_info")
    if isinstance(vcs, dict):
        revision = vcs.get("commit_id") or vcs.get("requested_revision")
        suffix = f"@{revision}" if revision else ""
        return PackageSource(f"{DISTRIBUTION} @ {vcs.get('vcs', 'git')}+{url}{suffix}")
    return PackageSource(f"{DISTRIBUTION} @ {url}")
