"""Arabic words meet across article, glued prefixes and feminine endings."""

import pytest

from normx.mt.arwords import arabic_words, gloss_readings, is_number, name_readings


@pytest.mark.parametrize(
    "gloss,name",
    [
        ("الدولة", "للدولة"),  # ل + article
        ("دولة", "الدولة"),
        ("الجفرة", "والجفرة"),  # و + article
        ("الدعم", "للدعم"),
        ("الوطني", "الوطنية"),  # masculine gloss, feminine name
        ("الأعلى", "الاعلى"),  # hamza forms merged by normalize_arabic
        ("حماية", "حمايه"),
        ("عمليات", "بعمليات"),  # glued preposition
        ("المجاهدين", "مجاهدي"),  # plural before a genitive
    ],
)
def test_words_meet(gloss: str, name: str) -> None:
    (g,) = arabic_words(gloss)
    (n,) = arabic_words(name)
    assert gloss_readings(g) & name_readings(n)


@pytest.mark.parametrize("gloss,name", [("الوحدة", "الوفاق"), ("مجلس", "المجلس الأعلى")])
def test_different_words_do_not_meet(gloss: str, name: str) -> None:
    (g,) = arabic_words(gloss)
    assert all(not gloss_readings(g) & name_readings(n) for n in arabic_words(name)[1:])


def test_arabic_words_splits_numbers_and_junk() -> None:
    assert arabic_words("اللجنة العسكرية 5+5") == ["اللجنه", "العسكريه", "5", "5"]
    assert all(is_number(w) for w in arabic_words("5+5"))
    assert arabic_words(None) == [] and arabic_words("") == [] and arabic_words("🙂") == []  # type: ignore[arg-type]
