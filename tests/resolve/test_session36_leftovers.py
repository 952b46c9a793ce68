"""Session 36 (h-leftovers): an acronym with its body's own name in apposition, an acronym
written as a word, and the state of a country, each on a small hold-out gazetteer (no record
holds the texts' spellings: "Manul", "ONU", "Unesco" and "Libye" are not its names).

* "The UN support mission (Manul)": the acronym and lower-case words, linked whole to the body
  named beside them, are cut back to the acronym, the parent's mention
  (``tests/data/articles/README.md``, "Abbreviations said before a noun", rule 3);
* "the Unesco World Heritage List": "Unesco" is the acronym UNESCO written as a word when the
  document also writes it alone ("the Unesco said"), so it is carved out of the longer name;
* "the State of Italy": the noun of the state said of a country is no body (the High Council
  of State by sound);
* "la Cour", "le Conseil": French heads said alone after an article refer back to the body
  just named, as "the Court" does.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("org:unesco", "ORG", "UNESCO", "اليونسكو"),
    Record("org:anas", "ORG", "ANAS", "أناس"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:icc", "ORG", "International Criminal Court", "المحكمة الجنائية الدولية"),
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("loc:italy", "LOC", "Italy", "إيطاليا"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]

_links = pairs_for(RECORDS)


def test_an_acronym_beside_the_body_in_brackets_is_the_parent() -> None:
    found = _links("The UN support mission (Manul), headed by the envoy, said so.")
    assert ("UN", "org:un") in found
    assert ("Manul", "org:unsmil") in found
    assert [i for _, i in found].count("org:unsmil") == 1  # "Manul" alone


def test_an_acronym_alone_beside_the_body_is_not_the_body() -> None:
    # no United Nations record: "UN" was glossed to the mission (الأمم المتحدة, words of its
    # Arabic name) though "(Manul)" names it (articles-v21)
    records = [r for r in RECORDS if r.id != "org:un"]
    found = pairs_for(records)("The UN support mission (Manul), headed by the envoy, said so.")
    assert ("Manul", "org:unsmil") in found
    assert [i for _, i in found].count("org:unsmil") == 1


def test_a_french_acronym_beside_the_body_keeps_the_country() -> None:
    found = _links("The ONU mission in Libye (Manul), led by the envoy, said so. Libye waits.")
    assert ("ONU", "org:un") in found
    assert ("Manul", "org:unsmil") in found
    assert found.count(("Libye", "loc:libya")) == 2
    assert all(t != "ONU mission in Libye" for t, _ in found)


def test_an_acronym_beside_the_body_after_a_comma_is_the_parent() -> None:
    # guard (passes on lead36 with this gazetteer: the phrase links no body by sound here)
    found = _links("The U.N. mission, UNSMIL, has criticised arbitrary detention.")
    assert ("U.N.", "org:un") in found
    assert ("UNSMIL", "org:unsmil") in found


def test_an_acronym_written_as_a_word_opens_a_longer_name() -> None:
    found = _links("Five sites are on the Unesco World Heritage List, the Unesco said on Monday.")
    assert found.count(("Unesco", "org:unesco")) == 2
    assert ("Unesco World Heritage List", None) not in found


def test_a_given_name_is_no_acronym_written_as_a_word() -> None:
    # guard (passes on lead36): "Anas" is never written alone after an article
    found = _links("Anas Gomati, an analyst, said the Italian road firm ANAS paid.")
    assert ("Anas", "org:anas") not in found


def test_the_state_of_a_country_is_no_body() -> None:
    found = _links("The suspect was handed over to the State of Italy on Monday.")
    assert ("Italy", "loc:italy") in found
    assert all(rid != "org:hcs" for _, rid in found)


def test_a_french_head_alone_is_the_body_just_named() -> None:
    found = _links(
        "La Cour pénale internationale enquête en Libye depuis 2011. La Cour a émis un mandat."
        " Le Conseil de sécurité a voté jeudi. Le Conseil a demandé un cessez-le-feu."
    )
    assert ("Cour", "org:icc") in found
    assert ("Conseil", "org:unsc") in found
