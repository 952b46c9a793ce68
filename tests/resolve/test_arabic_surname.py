"""A bare surname read across scripts as a village whose Arabic name is the surname of a man
the document named in full is the man (normx.resolve.arabic_surname)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.arabic_surname import surname_in_arabic
from normx.resolve.coref import Antecedent

MAN = Record("per:hishri", "PER", "", "خالد محمد علي الهيشري")
VILLAGE = Record("loc:hichri", "LOC", "Hichri", "الهيشري")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
TEXT = (
    "Khaled Mohamed Ali El Hishri, 47, was arrested in Berlin in July. "
    "The court says El Hishri was one of the most senior officials of the prison."
)


def _ante(rid: str) -> Antecedent:
    return Antecedent(0, Candidate(rid, "", "PER", 0.9, "", "cross-script", {}), "", ())


def _arabic(rid: str) -> tuple[tuple[str, ...], ...]:
    return {
        "per:hishri": (("خالد", "محمد", "علي", "هيشري"),),
        "per:trabelsi": (("عماد", "طرابلسي"),),
    }[rid]


def test_the_surname_alone_is_the_man_named_in_full():
    doc = Normalizer.from_records([MAN, VILLAGE, TRIPOLI]).canonicalize(TEXT)
    ids = [m.id for m in doc.mentions if m.text == "El Hishri"]
    assert ids == ["per:hishri"]


def test_the_village_the_document_names_keeps_its_link():
    village = Candidate("loc:hichri", "Hichri", "LOC", 1.0, "الهيشري", "cross-script", {})
    assert surname_in_arabic(_ante("per:hishri"), village, set(), _arabic)
    assert not surname_in_arabic(_ante("per:hishri"), village, {"loc:hichri"}, _arabic)


def test_a_likeness_of_the_surname_is_no_surname():
    # "Tarablus" (طرابلس) after "Imad Trabelsi" (الطرابلسي): the city is no word of his name
    city = Candidate("loc:tripoli", "Tripoli", "LOC", 0.9, "طرابلس", "cross-script", {})
    assert not surname_in_arabic(_ante("per:trabelsi"), city, set(), _arabic)


def test_a_latin_look_alike_is_judged_elsewhere():
    village = Candidate("loc:hichri", "Hichri", "LOC", 0.95, "Hichri", "phonetic", {})
    assert not surname_in_arabic(_ante("per:hishri"), village, set(), _arabic)
