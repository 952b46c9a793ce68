"""A sport is a field every country has a body for, like a ministry's portfolio: a phrase made
only of a kind of body and its sport ("League for Football") names no one country's
federation. الجامعة التونسية لكرة القدم (Tunisia's) glosses every word of "League for Football"
but التونسية, and a Libyan report's "Libyan Premier League for Football" is no Tunisian body
(articles-v39: the wrong link then drew four "Federation" to Tunisia's by coreference). The
country said, or Libya's word unsaid (the gazetteers' frame), it matches as before."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:tunisian-ff", "ORG", None, "الجامعة التونسية لكرة القدم"),
    Record("org:libyan-ff", "ORG", None, "الاتحاد الليبي لكرة القدم"),
    Record("org:egyptian-bf", "ORG", None, "الاتحاد المصري لكرة السلة"),
]

_links = pairs_for(RECORDS, linked_only=True)


def _ids(text: str, ending: str) -> list[str | None]:
    return [i for t, i in _links(text) if t.endswith(ending)]


def test_a_sport_league_is_no_foreign_countrys_federation() -> None:
    assert _ids("The League for Football approved the final round.", "Football") == []


def test_a_sport_federation_is_no_foreign_countrys_other_sport() -> None:
    assert _ids("The Basketball Federation met on Sunday.", "Federation") == []


def test_the_country_said_names_its_federation() -> None:
    assert _ids("The Tunisian League for Football approved it.", "Football") == ["org:tunisian-ff"]


def test_libyas_federation_goes_without_saying() -> None:
    assert _ids("The Federation of Football approved it.", "Football") == ["org:libyan-ff"]


CAF = Record("org:caf", "ORG", None, "الاتحاد الأفريقي لكرة القدم")
AU = Record("org:au", "ORG", None, "الاتحاد الأفريقي")


def test_soccer_is_football() -> None:
    # American wire copy's word for the sport: without it "Confederation of African" alone
    # was left to gloss, the African Union's whole Arabic name
    found = pairs_for([CAF, AU], linked_only=True)(
        "Libya was banned by the Confederation of African Soccer from hosting matches."
    )
    assert found == [("Confederation of African Soccer", "org:caf")]
