"""Rewritten text and the HTML page."""

from __future__ import annotations

import re

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.render.html import render_page


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(
        [
            Record(id="per:khalid-al-mishri", type="PER", name_en="Khalid al-Mishri"),
            Record(id="loc:tripoli", type="LOC", name_en="Tripoli"),
            Record(
                id="org:gna",
                type="ORG",
                name_en="Government of National Accord",
                name_ar="حكومة الوفاق الوطني",
            ),
        ]
    )


def test_text_rewrite_changes_only_mentions(nz: Normalizer) -> None:
    text = "Khaled Al-Mashri met Amer Lavi in Tripoli; al-Mishri’s aide left."
    doc = nz.canonicalize(text)
    assert doc.rewritten == (
        "Khalid al-Mishri met Amer Lavi in Tripoli; Khalid al-Mishri’s aide left."
    )


def test_html_escapes_untrusted_input(nz: Normalizer) -> None:
    text = 'Khaled Al-Mashri <script>alert("x")</script> & <img src=x onerror=1> in Tripoli'
    page = render_page([nz.canonicalize(text).with_doc('<b>"doc"</b>')])
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&amp;" in page
    # the page is self-contained: no external resources, no script of its own
    assert not re.search(r"<[a-z][^<>]*\s(src|href|on[a-z]+)=", page)
    assert '<mark class="PER"' in page and "per:khalid-al-mishri" in page


def test_html_lists_entities_variants_and_drift(nz: Normalizer) -> None:
    doc = nz.canonicalize("Khaled Al-Mashri spoke. Later al-Mishri left Tripoli.")
    page = render_page([doc])
    assert "Khaled Al-Mashri, al-Mishri" in page
    assert "Spelled several ways" in page and "mashri" in page
    assert "Not in the gazetteers" not in page
