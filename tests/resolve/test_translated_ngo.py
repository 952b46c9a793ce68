"""Translated names of bodies: the gazetteer holds the French or the English form, the text the
other, and translation writes the function words inside the name in lower case ("Doctors
without Borders": أطباء بلا حدود, Médecins Sans Frontières); "Bureau" for "Office"
(مكتب)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

MSF = Record("org:msf", "ORG", "Médecins Sans Frontières", "أطباء بلا حدود")
OCHA = Record(
    "org:ocha",
    "ORG",
    "United Nations Office for the Coordination of Humanitarian Affairs",
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
)
UN = Record("org:un", "ORG", "United Nations", "الأمم المتحدة")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
HAFTAR = Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر")
links = pairs_for([MSF, OCHA, UN, LIBYA, HAFTAR])


def test_a_lower_case_without_inside_a_translated_name() -> None:
    text = 'Medical teams of "Doctors without Borders" reached the south of Libya.'
    assert ("Doctors without Borders", "org:msf") in links(text)


def test_two_names_without_joins_by_chance_stay_apart() -> None:
    found = links("A settlement for Libya without Khalifa Haftar was discussed.")
    assert ("Libya", "loc:libya") in found
    assert ("Khalifa Haftar", "per:khalifa-haftar") in found


def test_the_bureau_of_the_united_nations_for_humanitarian_affairs() -> None:
    text = "The Bureau of the United Nations for Humanitarian Affairs appealed for funds."
    assert ("Bureau of the United Nations for Humanitarian Affairs", "org:ocha") in links(text)


def test_an_office_s_domain_after_a_title_names_the_owner_not_the_body() -> None:
    # the gloss of the domain covers most of OCHA's Arabic name but not its head (مكتب); the
    # English name lacks "United Nations", so only the gloss reaches it
    ocha = Record(
        "org:ocha",
        "ORG",
        "Office for the Coordination of Humanitarian Affairs",
        "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
    )
    text = "The Under-Secretary-General of the United Nations for Humanitarian Affairs arrived."
    found = pairs_for([ocha, UN, LIBYA])(text)
    assert ("United Nations", "org:un") in found
    assert not any(i == "org:ocha" for _, i in found)


def test_a_lone_modifier_before_without_stays_a_modifier() -> None:
    # "without" is kept as a connector after a capitalised word; the word after it, not the
    # connector, says whether "East" goes on into a longer name (normx.resolve.lone_modifier)
    airport = Record("loc:hamada-east-airport", "LOC", "Al Hamada Con 66 East Airport", "")
    text = "Nothing leaves the ports of the East without the consent of the army, he said."
    found = pairs_for([airport, LIBYA])(text)
    assert not any(i == "loc:hamada-east-airport" for _, i in found)


def test_a_translated_ngo_named_by_its_arabic_head() -> None:
    # منظمة العفو الدولية, written word for word with its head and without "International"
    amnesty = Record("org:amnesty", "ORG", "Amnesty International", "منظمة العفو الدولية")
    text = "The Amnesty Organization called the verdict in Libya unjust."
    assert ("Amnesty Organization", "org:amnesty") in pairs_for([amnesty, LIBYA])(text)


def test_the_ngo_s_own_word_alone_still_links() -> None:
    # the gloss holds "amnesty organization" as a phrase: "Amnesty" alone is no ordinary
    # modifier word of the lexicon (normx.resolve.lone_modifier), and names the body
    amnesty = Record("org:amnesty", "ORG", "Amnesty International", "منظمة العفو الدولية")
    text = "Rights groups in Libya, among them Amnesty, condemned the verdict."
    assert ("Amnesty", "org:amnesty") in pairs_for([amnesty, LIBYA])(text)
