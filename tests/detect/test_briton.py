""" "Briton" is a demonym: context before a name, not a word of it (detect/data/demonyms.yaml)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

LAWYER = Record("per:emmerson", "PER", "Ben Emmerson")


def test_a_briton_before_a_name_is_context():
    doc = Normalizer.from_records([LAWYER]).canonicalize(
        "His lawyer, the Briton Ben Emmerson, spoke."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [("Ben Emmerson", "per:emmerson")]
