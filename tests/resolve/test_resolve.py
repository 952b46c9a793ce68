"""Linking rules on small gazetteers: evidence for single words, unknown names, bad input."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.errors import NormxError
from normx.gazetteer.schema import Record


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [
            Record(id="per:khalifa-haftar", type="PER", name_en="Khalifa Haftar"),
            Record(id="per:saddam-haftar", type="PER", name_en="Saddam Haftar"),
            Record(id="per:khalid-sharif", type="PER", name_en="Khalid al-Sharif"),
            Record(id="loc:tripoli", type="LOC", name_en="Tripoli", name_ar="طرابلس"),
            Record(id="loc:misrata", type="LOC", name_en="Misrata", aliases_en=("Misurata",)),
            Record(id="loc:zliten", type="LOC", name_en="Zliten District"),
            Record(id="org:zliten-council", type="ORG", name_en="Zliten Military Council"),
            Record(
                id="org:gna",
                type="ORG",
                name_en="Government of National Accord",
                name_ar="حكومة الوفاق الوطني",
            ),
        ]
    )


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_shared_surname_waits_for_the_document(nz: Normalizer) -> None:
    # alone, the family name is the man the family bearers' list names (family_bearer.py)
    assert ("Haftar", "per:khalifa-haftar") in _links(nz, "In Tripoli, Haftar spoke.")
    links = _links(nz, "Saddam Haftar arrived. Later Haftar spoke.")
    assert links[-1] == ("Haftar", "per:saddam-haftar")


def test_most_recent_full_name_wins(nz: Normalizer) -> None:
    text = "Khalifa Haftar met Saddam Haftar. Haftar said no."
    assert _links(nz, text)[-1] == ("Haftar", "per:saddam-haftar")


def test_given_name_alone_never_links(nz: Normalizer) -> None:
    links = _links(nz, "Khalid Karrouad said Khalid was in Misurata.")
    assert ("Khalid Karrouad", None) in links
    assert all(i != "per:khalid-sharif" for _, i in links)
    assert ("Misurata", "loc:misrata") in links


def test_titles_and_demonyms_are_not_part_of_the_name(nz: Normalizer) -> None:
    links = _links(nz, "The Libyan retired Major General Khalifa Haftar left.")
    assert links == [("Khalifa Haftar", "per:khalifa-haftar")]


def test_body_named_in_part_and_in_arabic_form(nz: Normalizer) -> None:
    text = (
        "The Government of National Accord said the Accord forces and the Al-Wefaq "
        "government had agreed."
    )
    links = _links(nz, text)
    assert ("Accord forces", "org:gna") in links
    assert ("Al-Wefaq government", "org:gna") in links
    doc = nz.canonicalize(text)
    assert "Government of National Accord forces" in doc.rewritten


def test_rewrite_keeps_possessives(nz: Normalizer) -> None:
    doc = nz.canonicalize("Khalifa Haftar arrived. Haftar’s forces left Misurata.")
    assert doc.rewritten == "Khalifa Haftar arrived. Khalifa Haftar’s forces left Misrata."


def test_empty_and_junk_documents(nz: Normalizer) -> None:
    for text in ("", "   \n", "!!! ??? 123", "🙂🙂"):
        doc = nz.canonicalize(text)
        assert doc.mentions == () and doc.rewritten == text
    with pytest.raises(NormxError):
        nz.canonicalize(None)  # type: ignore[arg-type]


def test_five_megabyte_single_line(nz: Normalizer) -> None:
    text = "Officials in Tripoli met Khalifa Haftar and an unknown Amer Lavi, " * 76_000
    assert len(text) > 5_000_000
    doc = nz.canonicalize(text)
    assert doc.rewritten == text  # every name already canonical: nothing changes
    assert sum(m.id == "loc:tripoli" for m in doc.mentions) == 76_000
    assert sum(m.id is None for m in doc.mentions) == 76_000  # Amer Lavi, reported unlinked


def test_stream_keeps_input_order_with_workers(nz: Normalizer) -> None:
    texts = [f"Doc {i}: Khalifa Haftar in Tripoli." if i % 2 else "Misurata." for i in range(9)]
    one = [d.to_dict() for d in nz.canonicalize_many(texts)]
    two = [d.to_dict() for d in nz.canonicalize_many(texts, jobs=2)]
    assert one == two
    assert one[0]["text"] == "Misrata."


def test_to_dict_contract(nz: Normalizer) -> None:
    d = nz.canonicalize("Khalifa Haftar and Amer Lavi in Tripoli.").to_dict()
    assert set(d) >= {"doc", "mentions", "entities", "text"}
    keys = {"start", "end", "text", "id", "canonical", "type", "score", "method", "evidence"}
    assert all(set(m) == keys for m in d["mentions"])
    assert {"id", "canonical", "variants", "count"} <= set(d["entities"][0])
    assert any(m["id"] is None and m["text"] == "Amer Lavi" for m in d["mentions"])


def test_a_bare_place_word_is_not_the_body_named_after_it(nz: Normalizer) -> None:
    links = _links(nz, "The Zliten Military Council met. Fighting reached Zliten.")
    assert links[0] == ("Zliten Military Council", "org:zliten-council")
    # "Zliten" alone fits the district and the council equally: a bare place name is the
    # place whose other words are an administrative designator, never the body
    assert links[-1] == ("Zliten", "loc:zliten")
    assert ("Fighting", None) not in links  # a sentence-initial word is no unknown name
