"""A kind of body said alone takes no antecedent named only after it
(normx.resolve.kind_ahead): "the Fonds ..." before "Fonds de développement ..."."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

FUND = Record(
    "org:sahla-fund",
    "ORG",
    "Development Fund of Sahla",
    "صندوق التنمية في سهلة",
)


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([FUND]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_kind_before_the_body_is_named_is_not_that_body() -> None:
    got = _links(
        'Its holdings "are not frozen, unlike those of the Fonds souverain", she said.\n\n'
        "Later the Fonds de développement de Sahla signed a contract."
    )
    assert ("Fonds", "org:sahla-fund") not in got


def test_the_full_name_after_it_still_links() -> None:
    got = _links("The minister met the Development Fund of Sahla in the capital.")
    assert ("Development Fund of Sahla", "org:sahla-fund") in got
