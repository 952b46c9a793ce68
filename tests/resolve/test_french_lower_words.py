"""French lower-case words around a body (session 35, h-v56b; articles-v56's AFP text).

A lower-case French adjective of nationality after a body head is no mention of the country,
even where another language's name of the country spells it (German "Syrien", "Algerien");
"la police judiciaire" is read as a lower-case French body; a place inside the nil "cour
d'appel de <town>" is a word of that body's name, as in "the Court of Appeal of <town>".
Hold-out gazetteer: no record holds the texts' French words.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:syria", "LOC", "Syria", "سوريا"),
    Record("loc:algeria", "LOC", "Algeria", "الجزائر"),
    Record("loc:oran", "LOC", "Oran", "وهران"),
    Record("org:judpol", "ORG", None, "جهاز الشرطة القضائية"),
]

_links = pairs_for(RECORDS)


def test_lower_case_french_demonym_after_a_body_is_no_country() -> None:
    found = _links("Le gouvernement syrien et le ministère algérien ont protesté jeudi.")
    assert ("syrien", "loc:syria") not in found
    assert ("algérien", "loc:algeria") not in found


def test_a_demonym_after_a_read_body_is_no_country_by_gloss_either() -> None:
    found = _links("Il dirige une branche de la police judiciaire algérienne depuis 2015.")
    assert ("algérienne", "loc:algeria") not in found
    assert ("police judiciaire", "org:judpol") in found


def test_the_country_itself_still_links() -> None:
    found = _links("Le gouvernement syrien a parlé. La Syrie et l'Algérie ont signé.")
    assert ("Syrie", "loc:syria") in found or ("Syria", "loc:syria") in found


def test_police_judiciaire_is_read_as_a_lower_case_body() -> None:
    found = _links("Il dirige une branche de la police judiciaire chargée des prisons.")
    assert ("police judiciaire", "org:judpol") in found


def test_a_town_inside_an_unknown_cour_d_appel_is_no_mention_of_the_town() -> None:
    found = _links("Il a été relâché sur décision de la cour d'appel d'Oran, qui a tranché.")
    assert ("Oran", "loc:oran") not in found
    assert any(text.startswith("cour d'appel") and rid is None for text, rid in found)


PARTY = [
    Record("org:pd", "ORG", "Democratic Party (Italy)", "الحزب الديمقراطي (إيطاليا)"),
    Record("loc:italy", "LOC", "Italy", "إيطاليا"),
]


def test_parti_democrate_reads_its_lower_case_word() -> None:
    # "démocrate" a French gloss word, and إيطاليا the country (no town) its name is qualified by
    found = pairs_for(PARTY)("En Italie, le Parti démocrate a annoncé une plainte.")
    assert ("Parti démocrate", "org:pd") in found
