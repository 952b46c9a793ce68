"""A month abbreviation that is also a name ("Jan" of Ján Kubiš) is a date before a day number
("Jan. 24", wire style), and a name elsewhere."""

from normx.api import Normalizer
from normx.detect.dates import uncapitalise_dates
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

MONTHS = frozenset({"jan", "mar"})
KUBIS = Record("per:jan-kubis", "PER", "Ján Kubiš", "يان كوبيش")


def _caps(text: str) -> dict[str, bool]:
    return {t.text: t.cap for t in uncapitalise_dates(text, tokenize(text), MONTHS)}


def test_a_month_before_a_day_number_loses_its_capital():
    assert _caps("The vote moves to Jan. 24, two days later.")["Jan"] is False
    assert _caps("Talks resume Mar 3 in Tunis.")["Mar"] is False


def test_the_same_word_as_a_name_keeps_it():
    caps = _caps("Jan Kubis met Mar Elias in Tripoli.")
    assert caps["Jan"] is True and caps["Mar"] is True
    assert _caps("Jan. Kubis")["Jan"] is True  # no day number after it


def test_a_date_is_no_mention_of_the_envoy_named_in_the_document():
    text = "The UN envoy Jan Kubis welcomed the plan. The vote moves to Jan. 24, Kubis said."
    doc = Normalizer.from_records([KUBIS]).canonicalize(text)
    linked = {m.text: m.id for m in doc.mentions}
    assert linked.get("Jan Kubis") == "per:jan-kubis"
    assert linked.get("Kubis") == "per:jan-kubis"
    assert all(m.start != text.index("Jan. 24") for m in doc.mentions)


def test_the_shipped_lexicon_lists_the_ambiguous_abbreviations():
    from normx.detect.lexicon import lexicon

    assert {"jan", "mar"} <= lexicon().day_months
