"""A capital named in one list with countries is its country when the two share an Arabic
name (تونس: Tunisia, and Tunis, مدينة تونس): "the border between Libya and Tunis"."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.capital_country import holds_words

TUNISIA = Record("loc:tunisia", "LOC", "Tunisia", "تونس")
TUNIS = Record("loc:tunis", "LOC", "Tunis", "مدينة تونس")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
MALTA = Record("loc:malta", "LOC", "Malta", "مالطا")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
CAIRO = Record("loc:cairo", "LOC", "Cairo", "القاهرة")
RECORDS = [TUNISIA, TUNIS, LIBYA, MALTA, TRIPOLI, CAIRO]


def _tunis(text: str) -> str | None:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    (m,) = [m for m in doc.mentions if m.text == "Tunis"]
    return m.id


def test_after_a_country_in_a_list():
    text = "The crossing on the border between Libya and Tunis remained closed on Wednesday."
    assert _tunis(text) == "loc:tunisia"


def test_before_a_country_in_a_list():
    text = "The fuel is smuggled towards Tunis, Malta and the countries of the south."
    assert _tunis(text) == "loc:tunisia"


def test_beside_cities_it_is_the_city():
    assert _tunis("Tunis and Tripoli have stepped up security at the border.") == "loc:tunis"
    assert _tunis("He flew to Cairo, Tunis and Tripoli last week.") == "loc:tunis"


def test_alone_it_is_the_city():
    assert _tunis("The minister met his counterpart in Tunis on Monday.") == "loc:tunis"


def test_one_sense_in_a_text():
    text = (
        "The fuel is smuggled towards Tunis, Malta and the countries of the south. "
        "In Tunis, the spokesman of the National Guard said seizures rose."
    )
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "Tunis"] == ["loc:tunisia", "loc:tunisia"]


def test_a_clause_after_a_comma_is_no_list():
    text = (
        "France reopened its embassy after seven years of its transfer to Tunis, and Malta is next."
    )
    assert _tunis(text) == "loc:tunis"
    assert _tunis("The minister spoke in Tunis, Malta said nothing.") == "loc:tunis"


def test_the_shipped_countries_are_read_once_per_run(monkeypatch):
    """The step's own country test answers as ``is_country`` and lists the shipped files once
    per run (each ``is_country`` call lists them again: half of a cached pass)."""
    from normx.gazetteer import countries
    from normx.resolve import capital_country

    calls = []

    def counted() -> frozenset[str]:
        calls.append(1)
        return countries.country_keys()

    monkeypatch.setattr(capital_country, "country_keys", counted)
    text = "Tunis, Malta and Libya, then Cairo, Tripoli, Egypt and Tunis again."
    nz = Normalizer.from_records(RECORDS)
    doc = nz.canonicalize(text)
    assert len(calls) == 1
    assert [m.id for m in doc.mentions if m.text == "Tunis"] == ["loc:tunisia", "loc:tunisia"]
    assert nz.canonicalize(text).to_dict() == doc.to_dict()
    assert len(calls) == 1  # once per run
    names = ["Libya", "EGYPT", "مصر", "Republic of Turkey", "Beirut", "Tripoli", "", "Tunisia"]
    one = capital_country.ShippedCountries()
    assert [one(n) for n in names] == [countries.is_country(n) for n in names]
    assert len(calls) == 2  # one more reader, one more read for all its questions


def test_holds_words_in_order_and_together() -> None:
    # the one helper capital_country and acronym_opened share (a name's words inside another's)
    assert holds_words(("مدينة", "تونس"), ("تونس",))
    assert holds_words(("فريق", "خبراء", "الأمم", "المتحدة", "المعني"), ("الأمم", "المتحدة"))
    assert not holds_words(("الأمم", "الأفريقية", "المتحدة"), ("الأمم", "المتحدة"))
    assert not holds_words(("المتحدة", "الأمم"), ("الأمم", "المتحدة"))
    assert not holds_words(("تونس",), ())
    assert not holds_words((), ("تونس",))
