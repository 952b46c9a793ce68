"""The romaniser keeps the consonants of an Arabic name apart in the Latin key space."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normx.match.similarity import token_similarity
from normx.text.normalize import analyse_name, core_tokens
from normx.text.phonetic import class_sequence, phonetic_key
from normx.text.romanize import readings, romanize, spelling_readings


@pytest.mark.parametrize(
    "arabic,latin",
    [("الزهراء", "zahra"), ("تسعة", "tis'a"), ("سهل", "sahl"), ("دجلة", "dijla"), ("كهف", "kahf")],
)
def test_two_letters_never_read_as_one_latin_digraph(arabic, latin):
    # ز + ه is not ژ "zh", ت + س not "ts", د + ج not "dj": the key keeps both consonants
    assert phonetic_key(romanize(arabic)).removeprefix("L") == phonetic_key(latin)


@pytest.mark.parametrize(
    "arabic,latin", [("ككلة", "kikla"), ("تهللت", "tahlilt"), ("برسس", "bersis")]
)
def test_a_letter_written_twice_is_two_consonants(arabic, latin):
    # a doubled consonant is written once (shadda): two letters have a vowel between them
    consonants = [c for c in class_sequence(romanize(arabic)) if c.isupper()]
    assert consonants == [c for c in class_sequence(latin) if c.isupper()]


def test_long_vowels_written_twice_stay_vowels():
    assert "'" not in romanize("بنووزير")


def test_ordinary_names_are_unchanged():
    assert romanize("خالد") == "khald"
    assert romanize("مشري") == "mshri"


_ARABIC_LETTERS = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية")), max_size=12
)


@given(_ARABIC_LETTERS)
def test_every_arabic_consonant_keeps_its_class(word):
    # the key symbols of a romanised word are those of its letters, one by one
    one_by_one = "".join(phonetic_key(romanize(ch)) for ch in word)
    collapsed = "".join(c for i, c in enumerate(one_by_one) if not i or one_by_one[i - 1] != c)
    if collapsed.endswith("H") and len(collapsed) > 1:
        collapsed = collapsed[:-1]
    assert phonetic_key(romanize(word)) == collapsed


@pytest.mark.parametrize("arabic,latin", [("عبدالله", "abdullah"), ("اللواء", "alliwa")])
def test_the_article_lam_before_a_lam_is_one_doubled_l(arabic, latin):
    # al-l is written "ll" in English, which the key reads as one l: no vowel between them
    consonants = [c for c in class_sequence(romanize(arabic)) if c.isupper()]
    assert consonants == [c for c in class_sequence(latin) if c.isupper()]


@pytest.mark.parametrize(
    ("arabic", "expected"),
    [
        ("رضا", ("rza",)),  # Reza
        ("عثمان", ("'sman",)),  # Osman
        ("ذاكر", ("zakr",)),  # Zakir
        ("ذو الفقار", ("zu alfqar",)),  # Zulfiqar
        ("ثضا", ("sda", "thza", "sza")),  # each letter alone, then both together
    ],
)
def test_second_regional_readings(arabic, expected):
    assert readings(arabic) == expected


@pytest.mark.parametrize("arabic", ["محمد", "تامر", "دلال", ""])
def test_no_second_reading_without_such_a_letter(arabic):
    # ت is never s and د never z: only the letters of ``arabic_readings`` read two ways
    assert readings(arabic) == ()


@pytest.mark.parametrize(
    ("arabic", "expected"),
    [
        ("حماده", "hmada"),  # ta marbuta written as ه: Hamada
        ("منصوره", "mnsura"),
        ("فتحي", "fthi"),  # ت + ح written as one Latin digraph: Fathi
        ("أزهر", "azhr"),  # Azhar
        ("اسحاق", "'shaq"),  # an opening bare alef of any vowel, and Ishaq's s + h
        ("أسامة", "'sama"),  # Usama, Osama
    ],
)
def test_spelling_readings_include(arabic, expected):
    assert expected in spelling_readings(arabic)


@pytest.mark.parametrize("arabic", ["صالح", "شاه", "مياه", "خالد", "إبراهيم", "آمنة"])
def test_no_spelling_reading_where_the_letters_say_how_to_read_them(arabic):
    # a written long vowel before the h, no h, or an alef whose mark gives its vowel (إ, آ)
    assert spelling_readings(arabic) == ()


@pytest.mark.parametrize("arabic", ["الله", "نصرالله", "شاه"])
def test_allahs_h_and_an_h_after_an_alef_are_never_a_ta_marbuta(arabic):
    assert not any(form.endswith("a") for form in spelling_readings(arabic))


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Fathi", "فتحي"),
        ("Hamada", "حماده"),
        ("Ishaq", "اسحاق"),
        ("Usama", "أسامة"),
        ("Mansura", "المنصوره"),
        ("Azhar", "الأزهر"),
    ],
)
def test_usual_english_spellings_pair_with_these_arabic_spellings(latin, arabic):
    # below 0.8 (0 for Azhar, whose zh read as ژ) before the spelling readings
    (q,) = core_tokens(analyse_name(latin))
    (n,) = core_tokens(analyse_name(arabic))
    assert token_similarity(q, n, cross_script=True)[0] >= 0.85


@pytest.mark.parametrize(("latin", "arabic"), [("Ahmad", "احمد"), ("Wajih", "وجيه")])
def test_names_already_read_well_keep_their_similarity(latin, arabic):
    (q,) = core_tokens(analyse_name(latin))
    (n,) = core_tokens(analyse_name(arabic))
    assert token_similarity(q, n, cross_script=True)[0] >= 0.86


def test_the_remembered_digraph_test_is_the_scan() -> None:
    """romanize._joins answers from the last three letters before and the first three after,
    remembered: the same answer as scanning the joined edge for every digraph, for every
    pair of the table's outputs (and longer runs, whose edges are cut the same way)."""
    from normx.text import romanize as r

    def scan(before: str, after: str) -> bool:
        if not before or not after:
            return False
        edge = before[-3:] + after[:3]
        cut = len(before[-3:])
        return any(
            edge.find(p, max(0, cut - len(p) + 1), cut + len(p) - 1) != -1 for p in r._digraphs()
        )

    outputs = sorted({*r._table().values(), r.SEPARATOR, r.UNWRITTEN_VOWEL, "", "x"})
    for a in outputs:
        for b in outputs:
            for before, after in ((a, b), ("ka" + a, b + "ra"), (a + a, b + b)):
                assert r._joins(before, after) == scan(before, after), (before, after)
