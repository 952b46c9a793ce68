"""A family name said alone, of a family whose man news means by it (data/family_bearers.yaml),
links to him among his relatives in the gazetteer; a relative the document names, a place
spelled as the word, or the bearer held twice leaves the word to the other rules."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.family_bearer import bearer_records

FATHER = Record("per:kh", "PER", "Khalifa Haftar", "خليفة حفتر")
SONS = [
    Record("per:sh", "PER", "Saddam Haftar", "صدام حفتر"),
    Record("per:kd", "PER", "Khalid Haftar", "خالد حفتر"),
    Record("per:bh", "PER", "Belgasem Haftar", "بلقاسم حفتر"),
]
TEXT = "The minister said that the forces of Hafter had withdrawn south of the capital."


def _said(records: list[Record], text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


def test_the_family_name_alone_is_the_listed_bearer_among_his_sons():
    assert _said([FATHER, *SONS], TEXT, "Hafter") == ["per:kh"]


def test_a_spelling_with_the_article_and_another_vowel():
    records = [
        Record("per:mg", "PER", "Muammar Gaddafi", "معمر القذافي"),
        Record("per:sg", "PER", "Al-Saadi Gaddafi", "الساعدي القذافي"),
        Record("per:hg", "PER", "Hannibal Gaddafi", "هانيبال القذافي"),
    ]
    text = "The lands were confiscated in the time of Al-Qathafi, a resident said."
    assert _said(records, text, "Al-Qathafi") == ["per:mg"]


def test_the_bearer_is_found_by_his_arabic_name():
    father = Record("per:kh", "PER", "Khalifa Hiftar", "خليفة حفتر")
    found = bearer_records(Normalizer.from_records([father, *SONS]))
    assert set(found) == {"per:kh"}
    assert "khalifa haftar" in found["per:kh"]  # the list's names, for the family word


def test_a_son_the_document_names_keeps_the_family_name():
    text = "Saddam Haftar arrived in Rome on Monday. The talks with Haftar lasted two hours."
    assert _said([FATHER, *SONS], text, "Haftar") == ["per:sh"]


def test_the_bearer_held_twice_decides_nothing():
    twice = Record("per:kh2", "PER", "Khalifa Haftar", "خليفة حفتر")
    assert bearer_records(Normalizer.from_records([FATHER, twice, *SONS])) == {}
    assert _said([FATHER, twice, *SONS], TEXT, "Hafter") == [None]


def test_a_place_spelled_as_the_word_is_a_rival():
    village = Record("loc:hafter", "LOC", "Hafter", "حفتر")
    assert _said([FATHER, *SONS, village], TEXT, "Hafter") != ["per:kh"]


def test_a_place_named_after_a_man_is_no_rival():
    # a place whose name holds the word and more ("Sidi ...", "Wadi ...") is written whole
    shrine = Record("loc:sidi", "LOC", "Sidi Hafter", "سيدي حفتر")
    wadi = Record("loc:wadi", "LOC", "Wadi Hafter", "وادي حفتر")
    assert _said([FATHER, *SONS, shrine, wadi], TEXT, "Hafter") == ["per:kh"]


def test_a_family_not_listed_stays_unlinked_among_its_namesakes():
    records = [
        Record("per:a", "PER", "Ali Ibrahim Kikhia", "علي إبراهيم الكيخيا"),
        Record("per:b", "PER", "Mansour Rashid Kikhia", "منصور رشيد الكيخيا"),
    ]
    text = "The delegation had met the Kikhia family lawyer before Kikhia spoke."
    assert "per:a" not in _said(records, text, "Kikhia")
    assert "per:b" not in _said(records, text, "Kikhia")


def test_the_users_record_over_the_shipped_one_of_the_same_man():
    shipped = {"per:kh2": 1, "per:kh": 2}
    twice = Record("per:kh2", "PER", "Khalifa Haftar", "خليفة حفتر")
    found = bearer_records(Normalizer.from_records([FATHER, twice, *SONS]), shipped.get)
    assert set(found) == {"per:kh"}
