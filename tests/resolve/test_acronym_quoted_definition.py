"""An acronym in brackets after a quoted name is defined there, even when the linker linked
only the name's last words and the acronym is the name's in another language (FACT, of the
French "Front pour l'Alternance et la Concorde au Tchad") (normx.resolve.acronyms)."""

from normx.resolve.acronyms import link_acronyms
from normx.resolve.document import Mention

TEXT = 'Raids hit the "Front for Alternation and Concord in Chad" (FACT) near the border.'


def _linked_tail(text: str, tail: str, eid: str = "org:fact") -> Mention:
    start = text.index(tail)
    return Mention(start, start + len(tail), tail, eid, "FACT front", "ORG", 0.8, "phonetic")


def _acronym_links(text: str, mentions: tuple[Mention, ...]) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in link_acronyms(text, mentions) if m.method == "acronym"]


def test_quoted_name_defines_its_foreign_acronym():
    tail = _linked_tail(TEXT, "Concord in Chad")
    assert _acronym_links(TEXT, (tail,)) == [("FACT", "org:fact")]


def test_two_letters_off_is_no_definition():
    text = TEXT.replace("(FACT)", "(FXCT)").replace("Alternation", "Zeal")
    tail = _linked_tail(text, "Concord in Chad")
    assert _acronym_links(text, (tail,)) == []


def test_near_initials_need_the_quotes():
    # unquoted, the acronym is compared with the mention's own words only (C, C): no link
    text = TEXT.replace('"', "")
    tail = _linked_tail(text, "Concord in Chad")
    assert _acronym_links(text, (tail,)) == []


def test_exact_initials_are_read_through_a_closing_quote():
    text = 'He met the "Libyan National Army" (LNA) commander.'
    lna = _linked_tail(text, "Libyan National Army", "org:lna")
    assert _acronym_links(text, (lna,)) == [("LNA", "org:lna")]


def test_short_acronyms_must_spell_the_initials_exactly():
    # three letters, one off (LNX for LNA): no definition
    text = 'He met the "Libyan National Army" (LNX) commander.'
    lna = _linked_tail(text, "Libyan National Army", "org:lna")
    assert _acronym_links(text, (lna,)) == []
