"""The all-caps place of a wire dateline ("NEW YORK (AP) —", "DHEHIBA (Tunisie), March 12
(AFP) -") is a name although it opens a line: its words do not read as opening a sentence; and
the first word after a dateline opens a sentence: "(AFP) - In Zouara" is the preposition and the
town, not the place word Ain of "Ain Zara"."""

from pathlib import Path

from link_pairs import pairs_for

from normx import Normalizer
from normx.detect.datelines import dateline_heads, dateline_sentences, name_datelines
from normx.detect.lexicon import lexicon
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

GAZETTEER = """\
- id: loc:nyc
  type: LOC
  name: {en: New York City}
- id: loc:dehiba
  type: LOC
  name: {en: Dehiba}
- id: loc:tunisia
  type: LOC
  name: {en: Tunisia}
"""


def _heads(text: str) -> list[str]:
    return [text[a:b] for a, b in dateline_heads(text)]


def test_the_place_before_a_bracket_or_comma_and_a_dash() -> None:
    assert _heads("Title\n\nNEW YORK (AP) — A marble head was returned.") == ["NEW YORK"]
    assert _heads("DHEHIBA (Tunisie), March 12 (AFP) - In the parking lot") == ["DHEHIBA"]
    assert _heads("x\nBENGHAZI, Libya, Sept. 13 - Rescue teams pulled") == ["BENGHAZI"]
    assert _heads("x\nLA CELLE-SAINT-CLOUD (France), July 25 (AFP) - The two") == [
        "LA CELLE-SAINT-CLOUD"
    ]


def test_no_dateline_without_the_dash_or_with_prose_before_it() -> None:
    assert _heads("HAFTAR LAUNCHES OFFENSIVE ON TRIPOLI\nText follows.") == []
    assert _heads("UN, the envoy said. Then - later - more.") == []
    assert _heads("Tripoli, Jan 14 - Marshal Khalifa Haftar") == []  # not in capitals
    assert _heads("He said NEW YORK (AP) — was far") == []  # not at a line start


def test_no_dateline_before_a_bare_dash_or_of_common_words() -> None:
    assert _heads("x\nBREAKING - Clashes broke out in Tripoli") == []
    text = "x\nUPDATE, Jan 4 - The update came late.\nMore."
    assert _heads(text) == ["UPDATE"]  # the shape of one, but the document writes "update"
    tokens = name_datelines(text, tokenize(text))
    assert next(t for t in tokens if t.text == "UPDATE").sent_start


def test_the_head_words_no_longer_open_a_sentence() -> None:
    text = "Headline here\n\nNEW YORK (AP) — A new museum opened."
    tokens = name_datelines(text, tokenize(text))
    new = next(t for t in tokens if t.text == "NEW")
    assert not new.sent_start
    a = next(t for t in tokens if t.text == "A")
    assert a.sent_start is tokenize(text)[tokens.index(a)].sent_start


def test_canonicalize_links_the_dateline_places(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    doc = nz.canonicalize("Returned\n\nNEW YORK (AP) — A new head of a statue was returned.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("NEW YORK", "loc:nyc")]
    doc = nz.canonicalize("Traders\n\nDHEHIBA (Tunisia), March 12 (AFP) - In the lot.")
    assert ("DHEHIBA", "loc:dehiba") in [(m.text, m.id) for m in doc.mentions]


AFTER_DATELINE = [
    Record("loc:zuwara", "LOC", "Zouara", "زوارة"),
    Record("loc:ain-zara", "LOC", "Ain Zara", "عين زارة"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]

_links = pairs_for(AFTER_DATELINE, linked_only=True)


def test_the_word_after_a_dateline_is_marked_as_opening_a_sentence():
    text = "ZOUARA, Libya (AFP) - In Zouara, voters chose a council."
    tokens = dateline_sentences(text, tokenize(text, lexicon().keep_words), lexicon().stopwords)
    opener = next(t for t in tokens if t.text == "In")
    assert opener.sent_start and not opener.joined


def test_in_after_a_dateline_is_no_part_of_the_town_s_name():
    text = "ZOUARA, Libya (AFP) - In Zouara, the port town near the border, voters chose."
    assert ("Zouara", "loc:zuwara") in _links(text)
    assert all(i != "loc:ain-zara" for _, i in _links(text))


def test_a_text_without_a_dateline_keeps_its_tokens():
    text = "In Zouara, voters chose a council."
    tokens = tokenize(text, lexicon().keep_words)
    assert dateline_sentences(text, tokens, lexicon().stopwords) is tokens


def test_a_name_after_a_dateline_is_not_marked():
    text = "Tripoli - Masoud left the city on Monday."
    tokens = dateline_sentences(text, tokenize(text, lexicon().keep_words), lexicon().stopwords)
    assert not next(t for t in tokens if t.text == "Masoud").sent_start
