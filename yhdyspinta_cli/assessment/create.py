"""Creating a new assessment file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from yhdyspinta_cli import resources
from yhdyspinta_cli.assessment.model import FORMAT, FORMAT_VERSION, Organisation
from yhdyspinta_cli.assessment.store import AssessmentFile, make_yaml, text_digest
from yhdyspinta_cli.assessment.typed_text import (
    accept_optional_text,
    accept_typed_text,
    text_scalar,
)
from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Vocabulary
from yhdyspinta_cli.config import CONFIG_NAME
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UsageError, UserError

ORG_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
SCHEMA_HOME = Path(".yhdyspinta") / "assessment.schema.json"


@dataclass(frozen=True)
class NewAssessment:
    """What a new assessment starts with."""

    region: str
    date: str
    language: str
    organisations: tuple[Organisation, ...]
    county: str | None = None
    facilitator: str | None = None


def parse_org(spec: str, vocabulary: Vocabulary) -> Organisation:
    """An organisation from `KEY:TYPE[:NAME]`, e.g. `tre:kunta:Tampereen kaupunki`."""
    parts = [part.strip() for part in spec.split(":", 2)]
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise UsageError(msg("org_spec_shape", spec=spec))
    key, actor = parts[0], parts[1]
    if not ORG_KEY.match(key):
        raise UsageError(msg("org_spec_key", spec=spec, key_=key))
    if vocabulary.term("actors", actor) is None:
        known = ", ".join(term.key for term in vocabulary.actors)
        raise UsageError(msg("org_spec_type", spec=spec, actor=actor, known=known))
    name = parts[2] if len(parts) == 3 and parts[2] else key
    return Organisation(key, actor, name)


def create_assessment(path: Path, new: NewAssessment, catalog: Catalog) -> AssessmentFile:
    """Write a new, empty assessment; an existing file is never overwritten."""
    if path.exists():
        raise UserError(msg("new_exists", path=str(path)))
    new = typed_text_accepted(new)
    _check_unique(new.organisations)
    if not path.parent.is_dir():
        raise UserError(msg("new_no_folder", folder=str(path.parent)))
    schema_file = write_schema_copy(project_root(path.parent))
    data = _initial_data(new, catalog, schema_reference(schema_file, path))
    yaml = make_yaml()
    file = AssessmentFile(path, data, yaml, digest="")
    text = file.render()
    write_atomic(path, text)
    file.digest = text_digest(text)
    return file


def typed_text_accepted(new: NewAssessment) -> NewAssessment:
    """The typed texts made safe to keep; TypedTextError names a field that is not."""
    return replace(
        new,
        region=accept_typed_text("--region", new.region),
        county=accept_optional_text("--county", new.county),
        facilitator=accept_optional_text("--facilitator", new.facilitator),
        organisations=tuple(
            replace(org, name=accept_typed_text("--org", org.name)) for org in new.organisations
        ),
    )


def project_root(folder: Path) -> Path:
    """The assessment repository: the nearest folder up with yhdyspinta.yaml or .git."""
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file() or (candidate / ".git").exists():
            return candidate
    return folder


def write_schema_copy(root: Path) -> Path:
    """Keep a copy of the assessment schema in the repository, for editors to validate with."""
    target = root / SCHEMA_HOME
    text = resources.schema_text("assessment")
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text)
    return target


def schema_reference(schema_file: Path, assessment: Path) -> str:
    """The schema's path relative to the assessment, with forward slashes on every platform."""
    relative = os.path.relpath(schema_file, assessment.parent.resolve())
    return relative.replace(os.sep, "/")


def _initial_data(new: NewAssessment, catalog: Catalog, schema_ref: str) -> CommentedMap:
    data = CommentedMap()
    data["format"] = FORMAT
    data["version"] = FORMAT_VERSION
    data["region"] = text_scalar(new.region)
    if new.county:
        data["county"] = text_scalar(new.county)
    data["date"] = SingleQuotedScalarString(new.date)
    data["language"] = new.language
    if new.facilitator:
        data["facilitator"] = text_scalar(new.facilitator)
    data["organisations"] = CommentedSeq(_org_map(org) for org in new.organisations)
    data["checklists"] = CommentedMap((c.id, c.version) for c in catalog.checklists)
    data["answers"] = CommentedMap()
    data["actions"] = CommentedSeq()
    data.yaml_set_start_comment(f"yaml-language-server: $schema={schema_ref}")
    return data


def _org_map(org: Organisation) -> CommentedMap:
    return CommentedMap([("key", org.key), ("type", org.type), ("name", text_scalar(org.name))])


def _check_unique(organisations: tuple[Organisation, ...]) -> None:
    keys = [org.key for org in organisations]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise UsageError(msg("org_keys_twice", keys=", ".join(duplicates)))
