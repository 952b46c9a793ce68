"""French capitalises only the first word of a body's name ("Force de dissuasion", "Police
judiciaire", "Appareil de soutien ..."): the lower-case words after it are the name's when
they are French gloss words, and the name then reaches the body's Arabic name by gloss."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:deterrence", "ORG", "Special Deterrence Force", "قوة الردع الخاصة"),
    Record("org:support", "ORG", "Stability Support Apparatus", "جهاز دعم الاستقرار"),
    Record("org:judicial-police", "ORG", "Judicial Police Apparatus", "جهاز الشرطة القضائية"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def test_a_force_named_in_french_links_by_gloss():
    links = pairs_for(RECORDS)
    text = "Le quartier de Tripoli, fief de la puissante Force de dissuasion, reste calme."
    assert ("Force de dissuasion", "org:deterrence") in links(text)


def test_a_police_body_named_in_french_links_by_gloss():
    links = pairs_for(RECORDS)
    text = "La Police judiciaire a arrêté deux hommes à Tripoli mardi."
    assert ("Police judiciaire", "org:judicial-police") in links(text)


def test_an_apparatus_named_in_french_links_by_gloss():
    links = pairs_for(RECORDS)
    text = "Les hommes de l'Appareil de soutien à la stabilité ont tiré à Tripoli."
    assert "org:support" in {i for _, i in links(text)}


def test_an_english_article_after_a_body_word_opens_no_french_name():
    links = pairs_for(RECORDS)
    text = "The Force a day later left Tripoli for the south."
    assert all(not t.startswith("Force a") for t, _ in links(text))
