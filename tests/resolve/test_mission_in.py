"""A "U.N. mission in Libya" is the body's mission there when the gazetteer holds it; with no
such mission, the parent body and the country keep their own links."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

UN = Record("org:un", "ORG", "United Nations", "الأمم المتحدة", aliases_en=("U.N.",))
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
UNSMIL = Record(
    "org:unsmil",
    "ORG",
    "United Nations Support Mission in Libya",
    "بعثة الأمم المتحدة للدعم في ليبيا",
)
TEXT = "Hanna Tetteh, head of the U.N. mission in Libya, praised the vote."


def test_a_body_s_mission_in_a_country_is_the_mission():
    links = pairs_for([UN, LIBYA, UNSMIL], linked_only=True)(TEXT)
    assert ("U.N. mission in Libya", "org:unsmil") in links
    assert ("Libya", "loc:libya") not in links


def test_without_the_mission_the_parent_and_the_country_stand():
    links = pairs_for([UN, LIBYA], linked_only=True)(TEXT)
    assert ("U.N.", "org:un") in links and ("Libya", "loc:libya") in links
