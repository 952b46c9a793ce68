"""A lone "Al-X" read loosely into a name that never writes the word with the article.

The article belongs to how Arabic writes a family name, a nisba or a place (الصبري, not the
given name صبري): a bare "Al-X" that only resembles an entity the document names nowhere
else, none of whose names writes a like word with the article, is another name.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.unsaid_article import article_unsaid, person_article_unsaid
from normx.text.normalize import analyse_name, core_tokens

RECORDS = [
    Record("per:hassan-nouri", "PER", "Hassan Nouri", "حسن نوري"),
    Record("per:fathi-bishti", "PER", "Fathi Bishti", "فتحي البشتي"),
    Record("loc:mizda", "LOC", "Mizda", "مزدة"),
    Record("loc:ajaylat", "LOC", "Ajaylat", "العجيلات"),
]


def _links(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def _words(name: str) -> tuple:
    return core_tokens(analyse_name(name))


def _name_words(*names: str) -> list:
    return [(t, any("\u0600" <= c <= "\u06ff" for c in n)) for n in names for t in _words(n)]


def test_an_article_no_name_writes_is_another_name() -> None:
    assert article_unsaid(_words("Al-Nouri"), _name_words("Hassan Nouri", "حسن نوري"))
    assert article_unsaid(_words("Al-Mezda"), _name_words("Mizda", "مزدة"))


def test_a_name_that_writes_the_word_with_the_article_keeps_it() -> None:
    assert not article_unsaid(_words("Al-Bishti"), _name_words("Fathi Bishti", "فتحي البشتي"))
    assert not article_unsaid(_words("Al-Bishti"), _name_words("Fathi al-Bishti"))


def test_no_article_said_or_nothing_to_compare_is_not_judged() -> None:
    assert not article_unsaid(_words("Nouri"), _name_words("Hassan Nouri", "حسن نوري"))
    assert not article_unsaid(_words("Al-Nouri"), _name_words("Hassan Nouri"))  # no Arabic


def test_a_district_written_with_the_article_is_not_the_person_never_named() -> None:
    text = "The army entered Al-Nouri on Tuesday after weeks of fighting in the district."
    assert _links(text).get("Al-Nouri") is None


def test_a_surname_written_with_its_article_still_links() -> None:
    text = "The talks stalled on Tuesday. Al-Bishti said the delegation would return."
    assert _links(text).get("Al-Bishti") == "per:fathi-bishti"


def test_the_person_named_in_full_keeps_the_bare_surname() -> None:
    text = "Hassan Nouri arrived on Monday. The next day Al-Nouri met the mayor."
    found = _links(text)
    assert found.get("Hassan Nouri") == found.get("Al-Nouri") == "per:hassan-nouri"


def test_a_place_without_the_article_is_not_reached_by_a_word_with_it() -> None:
    assert _links("Forces moved south from Al-Mezda on Monday.").get("Al-Mezda") is None
    assert _links("Forces moved south from Ajeilat on Monday.").get("Ajeilat") == "loc:ajaylat"


PEOPLE = [
    Record("per:kamal-jarrah", "PER", "Kamal Jarrah", "كمال جراح"),
    Record("per:nabil-zaidi", "PER", "Nabil al-Zaidi", "نبيل الزيدي"),
]


def _people(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(PEOPLE).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_a_family_name_read_loosely_with_an_article_the_person_never_has() -> None:
    assert person_article_unsaid(
        _words("Kamel Al-Jarrahi"), _name_words("Kamal Jarrah", "كمال جراح")
    )
    text = "Kamel Al-Jarrahi, a local elder, said the families would return."
    assert _people(text).get("Kamel Al-Jarrahi") is None


def test_a_person_whose_name_has_the_article_or_spells_the_word_keeps_the_link() -> None:
    assert not person_article_unsaid(
        _words("Nabeel Al-Zaydi"), _name_words("Nabil al-Zaidi", "نبيل الزيدي")
    )
    assert not person_article_unsaid(_words("Kamel Al-Jarrah"), _name_words("Kamal Jarrah"))
    text = "Nabeel Al-Zaydi, a local elder, said the families would return."
    assert _people(text).get("Nabeel Al-Zaydi") == "per:nabil-zaidi"
