"""CAF's competitions in AFP's French (session 24, h-v39c24): "Coupe d'Afrique des nations"
is read by the French gloss words (coupe, nations, afrique), not as a look-alike of a town,
and "Ligue des champions de la CAF" is one name: the acronym after "de la" is a word of the
competition's own English name, taken into its mention."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        id="org:caf",
        type="ORG",
        name_en="Confederation of African Football",
        name_ar="الاتحاد الأفريقي لكرة القدم",
        aliases_en=("CAF",),
    ),
    Record(
        id="org:cafcl", type="ORG", name_en="CAF Champions League", name_ar="دوري أبطال أفريقيا"
    ),
    Record(
        id="org:afcon", type="ORG", name_en="Africa Cup of Nations", name_ar="كأس الأمم الأفريقية"
    ),
    Record(id="loc:al-qubbah", type="LOC", name_en="Al Qubbah", name_ar="القبة"),
]
_links = pairs_for(RECORDS, linked_only=True)


def test_the_french_cup_of_nations() -> None:
    text = "Il a disputé la Coupe d'Afrique des nations avec la Libye."
    links = _links(text)
    assert ("Coupe d'Afrique des nations", "org:afcon") in links
    assert all(i != "loc:al-qubbah" for _, i in links)


def test_the_organisers_acronym_is_part_of_the_competitions_name() -> None:
    text = "Al-Ittihad joue en Ligue des champions de la CAF dimanche."
    links = _links(text)
    assert ("Ligue des champions de la CAF", "org:cafcl") in links
    assert ("CAF", "org:caf") not in links


def test_the_acronym_alone_is_still_the_body() -> None:
    assert ("CAF", "org:caf") in _links("La CAF a approuvé le stade.")


def test_the_town_in_an_olympic_stadiums_french_name_is_no_link() -> None:
    records = [*RECORDS, Record(id="loc:rades", type="LOC", name_en="Radès", name_ar="رادس")]
    text = "Le match se jouera au stade olympique de Radès dimanche."
    assert ("Radès", "loc:rades") not in pairs_for(records, linked_only=True)(text)
