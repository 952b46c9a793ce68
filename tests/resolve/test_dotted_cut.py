"""A capitalised word run into a dotted abbreviation does not hide it: "Previous U.N. envoys"
(normx.resolve.dotted_cut)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.document import Mention
from normx.resolve.dotted_cut import dotted_cuts_undone

RECORDS = [
    Record("org:united-nations", "ORG", "United Nations", "الأمم المتحدة"),
    Record("loc:united-states", "LOC", "United States", "الولايات المتحدة"),
    Record("per:jan-kubis", "PER", "Jan Kubis", "يان كوبيش"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_sentence_opener_before_the_abbreviation() -> None:
    got = links("Previous U.N. envoys, including Jan Kubis, also quit the post.")
    assert ("U.N.", "org:united-nations") in got
    assert not any(text.endswith(" U") for text, _ in got)


def test_any_capitalised_opener() -> None:
    assert ("U.S.", "loc:united-states") in links("Frustrated U.S. envoys quit on Monday.")


def test_the_words_before_stay_a_mention_of_their_own() -> None:
    text = "Acme Foo U.N. envoys"
    cut = Mention(0, 10, "Acme Foo U", None, None, None, 0.0, "none")
    assert dotted_cuts_undone(text, (cut,)) == (
        Mention(0, 8, "Acme Foo", None, None, None, 0.0, "none"),
    )


def test_linked_mentions_and_other_ends_are_kept() -> None:
    text = "Acme Foo U.N. envoys"
    linked = Mention(0, 10, "Acme Foo U", "org:x", "X", "ORG", 1.0, "exact")
    assert dotted_cuts_undone(text, (linked,)) == (linked,)
    whole = Mention(0, 8, "Acme Foo", None, None, None, 0.0, "none")
    assert dotted_cuts_undone(text, (whole,)) == (whole,)
