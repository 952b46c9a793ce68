"""A lone word between close candidates that spells one's Arabic name letter for letter."""

from link_pairs import pairs as _links

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.arabic_spelled import (
    arabic_skeletons,
    arabic_spelled_rivals,
    latin_skeletons,
    skeleton,
)

RECORDS = [
    Record("loc:cyrenaica", "LOC", "Cyrenaica", "برقة"),
    Record("loc:brak", "LOC", "Brak", "براك"),
]


def test_skeletons() -> None:
    assert skeleton("Barqa") == "brq"
    assert skeleton("Zawiya") == "z"
    assert "brq" in arabic_skeletons("برقه")  # normalised ة
    assert "brk" in arabic_skeletons("براك")
    # an opening ع is written with a vowel in English: "Karama" does not spell عكرمة
    assert latin_skeletons("Karama").isdisjoint(arabic_skeletons("عكرمه"))
    assert not latin_skeletons("Ikrima").isdisjoint(arabic_skeletons("عكرمه"))


def test_the_word_spelling_the_arabic_name_wins_the_tie() -> None:
    found = _links(RECORDS, "The guards demand the autonomy of Barqa, he said on Monday.")
    assert ("Barqa", "loc:cyrenaica") in found


def test_when_both_spell_it_no_winner() -> None:
    records = [*RECORDS, Record("loc:barqa-village", "LOC", "Barqah", "برقه")]
    found = _links(records, "The guards demand the autonomy of Barqa, he said on Monday.")
    assert ("Barqa", "loc:cyrenaica") not in found


def test_a_rival_spelled_in_english_leaves_the_tie() -> None:
    records = [*RECORDS, Record("loc:barq", "LOC", "Al-Barq")]
    found = _links(records, "The guards demand the autonomy of Barqa, he said on Monday.")
    assert ("Barqa", "loc:cyrenaica") not in found


def test_a_generic_word_of_the_arabic_name_is_set_aside() -> None:
    records = [
        Record("loc:brega", "LOC", "Brega", "مرسى البريقة"),
        Record("loc:raqqa", "LOC", "Raqqa", "الرقة"),
    ]
    found = _links(records, "The rebels were recalled from the front at Al-Burayqa on Monday.")
    assert ("Al-Burayqa", "loc:brega") in found


def test_a_rival_with_the_word_in_a_longer_arabic_name_leaves_the_tie() -> None:
    records = [
        Record("loc:abu-salim", "LOC", "Abu Salim", "أبو سليم"),
        Record("loc:salam", "LOC", "Salam", "السلام"),
    ]
    found = _links(records, "The oldest member, Salim, chaired the first session.")
    assert ("Salim", "loc:salam") not in found


# an Arabic-only town opening with ي, and a Latin look-alike elsewhere opening with a vowel
YA_TOWN = Record("loc:yabroud", "LOC", None, "يبرود")
LOOKALIKE = Record("loc:ibroude", "LOC", "Ibroude", "إبرود")


def test_an_opening_y_is_a_consonant() -> None:
    assert skeleton("Yebroud") == "ybrd"
    assert not latin_skeletons("Yabrud").isdisjoint(arabic_skeletons("يبرود"))
    assert latin_skeletons("Yabrud").isdisjoint(arabic_skeletons("ابرود"))


def test_the_arabic_spelling_beats_a_closer_latin_lookalike() -> None:
    # Ibroude is the closer Latin likeness (0.90 against 0.88 across scripts), but the word
    # spells يبرود letter for letter and Ibroude lacks its opening ي
    for text in ("The town of Yebroud was shelled.", "Fighting reached Yabrud on Monday."):
        found = _links([YA_TOWN, LOOKALIKE], text)
        assert all(i != "loc:ibroude" for _, i in found)
        assert any(i == "loc:yabroud" for _, i in found)


def test_a_word_opening_with_a_vowel_keeps_its_lookalike() -> None:
    found = _links([YA_TOWN, LOOKALIKE], "The town of Ibroud was shelled.")
    assert all(i != "loc:yabroud" for _, i in found)


def test_a_best_spelling_a_word_alike_gets_no_arabic_rival() -> None:
    arabic = {"loc:v": (("سدره",),), "loc:b": (("السدر",),)}.__getitem__
    rival = Candidate("loc:v", "Sadr", "LOC", 0.82, "Sadr", "phonetic")
    two_words = Candidate("loc:b", "Es Sider", "LOC", 0.89, "Es Sider", "phonetic")
    assert arabic_spelled_rivals("sidra", two_words, [rival], 0.79, arabic) == ()
    unlike = Candidate("loc:b", "Zidar", "LOC", 0.89, "Zidar", "fuzzy")
    assert arabic_spelled_rivals("sidra", unlike, [rival], 0.79, arabic) == (rival,)
    assert arabic_spelled_rivals("sidra", unlike, [rival], 0.85, arabic) == ()  # too far
