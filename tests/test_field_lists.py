"""Field and status lists are stated once, in assessment/fields.py (issue 9.9); the schema, the
model and the vocabulary are proved to agree with them here, so a new field fails a test until
every list that must know it does."""

from __future__ import annotations

from dataclasses import fields

from yhdyspinta_cli import resources
from yhdyspinta_cli.assessment import fields as lists
from yhdyspinta_cli.assessment.actions import FIELD_ORDER
from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.checklist.catalog import load_catalog

SCHEMA = resources.schema("assessment")


def test_the_schema_allows_exactly_the_answer_keys() -> None:
    assert set(SCHEMA["$defs"]["answer"]["properties"]) == set(lists.ORPHANED_ANSWER_KEYS)


def test_the_answer_model_has_every_key_but_the_derived_ones() -> None:
    derived = set(lists.DERIVED_ANSWER_KEYS)
    assert {f.name for f in fields(Answer)} == set(lists.ANSWER_KEYS) - derived


def test_the_schema_lists_the_action_statuses_and_fields() -> None:
    action = SCHEMA["$defs"]["action"]
    assert tuple(action["properties"]["status"]["enum"]) == lists.ACTION_STATUSES
    assert set(action["properties"]) == set(FIELD_ORDER)
    assert set(lists.OPEN_STATUSES) < set(lists.ACTION_STATUSES)


def test_the_schema_organisation_types_are_the_vocabulary_actors() -> None:
    organisation = SCHEMA["properties"]["organisations"]["items"]
    vocabulary = [term.key for term in load_catalog().vocabulary.actors]
    assert organisation["properties"]["type"]["enum"] == vocabulary
