"""A French council written in lower case is one body: "membre du conseil militaire de
Zouara" is the town's military council (linked if held, else one unlinked mention), not the
town alone (articles-v55 5506, whose gold marks the phrase a nil body; ``conseil`` among the
``lower_bodies`` heads, "militaire" and "municipal" French words of the gloss lexicon; a town
spelled exactly after "conseil ... de" is a word of it: ``seated_french`` of heads.yaml,
normx.resolve.unknown_body_seat). And a
French word capitalised at a sentence's start with an accented ending is not a name it only
resembles: "Côté tunisien" is not Ghat by its alias "Gate", though the text named Ghat
before (normx.resolve.english_word,
``french_endings``). Both fail on lead34 95f264b7."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:zuwara", "LOC", "Zuwara", "زوارة"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record(
        "org:misrata-military-council", "ORG", "Misrata Military Council", "المجلس العسكري مصراتة"
    ),
    Record("loc:ghat", "LOC", "Ghat", "غات", aliases_en=("Gate",)),
]


def _got(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_an_unheld_lower_case_council_is_one_unlinked_body() -> None:
    got = _got("Ali Ben Sasi, membre du conseil militaire de Zouara, a dit.")
    assert ("conseil militaire de Zouara", None) in got
    assert not any(i == "loc:zuwara" for _, i in got)


def test_a_town_spelled_exactly_stays_inside_the_council() -> None:
    got = _got("Il est membre du conseil militaire de Zuwara depuis 2011.")
    assert got == [("conseil militaire de Zuwara", None)]
    got = _got("Le conseil municipal de Zuwara a voté.")
    assert got == [("conseil municipal de Zuwara", None)]


def test_a_held_lower_case_council_links() -> None:
    got = _got("Il est membre du conseil militaire de Misrata.")
    assert got == [("conseil militaire de Misrata", "org:misrata-military-council")]


def test_a_french_word_opening_a_sentence_is_no_name() -> None:
    # Ghat named before: a look-alike of a place the document names is let stand otherwise
    got = _got("Il ira demain à Ghat.\n\nCôté tunisien, la fermeture pèse lourdement.")
    assert got == [("Ghat", "loc:ghat")]
