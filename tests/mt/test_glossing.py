"""English names of bodies become slots of Arabic renderings, word by word."""

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt.gloss import GlossMatcher


def kinds(matcher: GlossMatcher, phrase: str) -> list[tuple[str, str]]:
    return [(s.english, s.kind) for s in matcher.gloss(phrase)]


def test_function_words_and_latin_article_are_dropped(matcher: GlossMatcher) -> None:
    assert kinds(matcher, "the Government of the Al-Wefaq") == [
        ("government", "lexicon"),
        ("wefaq", "transliterated"),
    ]


def test_free_standing_article_is_dropped(matcher: GlossMatcher) -> None:
    assert kinds(matcher, "Al Wefaq government") == [
        ("wefaq", "transliterated"),
        ("government", "lexicon"),
    ]
    assert matcher.match("El Wefaq Government")[0].id == "org:gna"


def test_plural_of_a_generic_word_is_generic(matcher: GlossMatcher) -> None:
    assert matcher.match("the Councils") == []
    assert matcher.gloss("Committees")[0].generic


def test_longest_lexicon_phrase_wins(matcher: GlossMatcher) -> None:
    slots = matcher.gloss("United Nations mission")
    assert [s.english for s in slots] == ["united nations", "mission"]
    assert slots[0].renderings == (("الامم", "المتحده"),)


def test_plural_and_possessive_fall_back_to_the_lemma(matcher: GlossMatcher) -> None:
    assert kinds(matcher, "Committees") == [("committees", "lexicon")]
    assert kinds(matcher, "Al-Wefaq's forces") == [
        ("wefaqs", "transliterated"),
        ("forces", "lexicon"),
    ]


def test_places_come_from_the_gazetteer(matcher: GlossMatcher) -> None:
    slots = matcher.gloss("Sirte and Jufrah Operations Room")
    assert [(s.english, s.kind) for s in slots[:2]] == [("sirte", "place"), ("jufrah", "place")]
    assert slots[1].renderings == (("الجفره",),)  # "Jufrah" found as "Jufra" by sound
    assert slots[0].edge and not slots[1].edge


def test_flags_come_from_the_lexicon_lists(matcher: GlossMatcher) -> None:
    (forces,) = matcher.gloss("forces")
    assert forces.head and forces.generic
    (libyan,) = matcher.gloss("Libyan")
    assert libyan.place and not libyan.head


def test_unknown_words_and_numbers(matcher: GlossMatcher) -> None:
    assert kinds(matcher, "5+5 Wagner") == [("5", "number"), ("5", "number"), ("wagner", "unknown")]


def test_unknown_word_found_by_sound_in_the_names(matcher: GlossMatcher) -> None:
    (slot,) = matcher.gloss("Himaya")  # حماية left untranslated
    assert slot.kind == "sound"
    assert ("حمايه",) in slot.renderings
    assert 0.6 <= slot.trust_of(slot.renderings.index(("حمايه",))) <= 1.0


def test_place_by_sound_keeps_only_the_best_spelled_place() -> None:
    records = (
        Record("loc:jufra", "LOC", "Jufra", "الجفرة"),
        Record("loc:jafara", "LOC", "Jafara", "الجفارة", aliases_en=("Jifarah",)),
    )
    (slot,) = GlossMatcher(NameIndex.build(records)).gloss("Jufrah")
    assert slot.kind == "place"
    assert slot.renderings == (("الجفره",),)
