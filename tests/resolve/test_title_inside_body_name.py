"""A title word between a name word and a capitalised body head noun is a word of a body's
name ("Tarhuna General Hospital"), not a person's title that would cut the name in two and
leave the place linked alone. A span that opens with the title ("General Command of ...")
keeps it as context."""

from __future__ import annotations

import pytest
from link_pairs import link_map as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tarhuna", "LOC", "Tarhuna", "ترهونة"),
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:africom", "ORG", "United States Africa Command", "القيادة الأمريكية في أفريقيا"),
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_a_hospital_named_for_a_town_is_not_the_town(nz: Normalizer) -> None:
    links = _links(nz, "His teams received from the Tarhuna General Hospital 106 bodies.")
    assert "loc:tarhuna" not in links.values()
    assert links.get("Tarhuna General Hospital", "absent") is None


def test_a_span_opening_with_the_title_names_no_body(nz: Normalizer) -> None:
    links = _links(nz, "The General Command said that Khalifa Haftar approved the plan.")
    assert "org:africom" not in links.values()
    assert links.get("Khalifa Haftar") == "per:haftar"


def test_a_title_before_a_person_is_still_a_title(nz: Normalizer) -> None:
    links = _links(nz, "Tarhuna General Khalifa Haftar visited the front.")
    assert links.get("Khalifa Haftar") == "per:haftar"
