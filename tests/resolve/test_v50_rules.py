"""Session 28 (h-v50fix28) rules, each on a small gazetteer of its own.

* :func:`normx.resolve.standing.town_of_facility`: a town with a compass word after it
  ("Tripoli West", "Tripoli-Ouest") names the facility whose name holds the compass word, not
  the town;
* :mod:`normx.resolve.field_word`: a bare field noun opening a sentence ("Electricity is heavily
  subsidised") is no short name of the body named for the field;
* :mod:`normx.resolve.article_short`: "Al-Madar" after "Al-Madar Al-Jadeed" is the company
  said short, not its look-alike Masdar;
* :mod:`normx.resolve.same_body_cut`: "the Gate of Al-Wasat", glossed word for word to the
  site's Arabic name, is read whole, not cut into the town "Gate" (Ghat) and the site;
* :mod:`normx.resolve.gloss_word`: a word the gloss lexicon translates ("Mobile") is no
  look-alike of a foreign name (Mobilis);
* :func:`normx.resolve.one_name.coordinated_name`: "Energy and Turkey" (of "Siemens Energy and
  Turkey's Enka") pairs "Turkey" with a ministry's qualifier, not across its "and": no name;
* :mod:`normx.resolve.nasab_place`: "Walid Ben Omran", a man, is not the village Awlad Omran;
* :mod:`normx.resolve.comma_name`: a gazetteer name with a comma, written out, is one mention;
* :mod:`normx.resolve.ampersand`: the "E" of "Hyundai E&C" is no name (e&);
* gloss words (``normx/mt/data/gloss.yaml``): energy, energies, renewable, engineering,
  constructions, mobile;
* :mod:`normx.detect.french_tail`: "le ministère du Gouvernement local" keeps its "local";
  French gloss words: énergie(s), renouvelable(s), gouvernement local, autorité as جهاز;
* "Korean" a demonym (``normx/detect/data/demonyms.yaml``), not a look-alike of Gharyan.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.ampersand import ampersand_piece


def _links(records: list[Record], text: str) -> set[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


# --- town_of_facility: the compass word names the plant ------------------------------------------

PLANTS = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:brak", "LOC", "Brak", "براك"),
    Record(
        "loc:tripoli-west-power-station",
        "LOC",
        "Tripoli West Power Station",
        "محطة كهرباء غرب طرابلس",
    ),
    Record("loc:brak-air-base", "LOC", "Brak Air Base", "قاعدة براك الجوية"),
]


def test_a_town_and_a_compass_word_name_the_plant() -> None:
    text = (
        "A Korean builder is completing the Tripoli West plant, stalled since 2014. "
        "La centrale de Tripoli-Ouest doit entrer en service. Tripoli had no power."
    )
    links = _links(PLANTS, text)
    assert ("Tripoli West", "loc:tripoli-west-power-station") in links
    assert ("Tripoli-Ouest", "loc:tripoli-west-power-station") in links
    assert ("Tripoli", "loc:tripoli") in links


def test_a_town_without_the_head_is_still_the_town() -> None:
    assert ("Brak", "loc:brak") in _links(PLANTS, "The convoy reached Brak on Sunday.")


# --- field_word: a bare field noun opening a sentence ---------------------------------------------

GRID = [
    Record(
        "org:gecol",
        "ORG",
        "General Electricity Company of Libya",
        "الشركة العامة للكهرباء",
    ),
    Record("loc:gharyan", "LOC", "Gharyan", "غريان"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    # bodies named for the field, whose names hold the word alone after "of"
    Record("org:moe-iraq", "ORG", "Ministry of Electricity (Iraq)", "وزارة الكهرباء العراقية"),
    Record("org:aue", "ORG", "Arab Union of Electricity", "الاتحاد العربي للكهرباء"),
    Record(
        "org:hyundai-ec", "ORG", "Hyundai Engineering & Construction", "هيونداي للهندسة والإنشاءات"
    ),
]


def test_a_field_noun_opening_a_sentence_is_no_short_name() -> None:
    text = (
        "The state-run General Electricity Company said the cuts would end in Tripoli.\n\n"
        "Libya loses a quarter of its power through theft. Electricity is heavily subsidised, "
        'and most households pay little.\n\n"Electricity is where people feel the state," said '
        "an analyst."
    )
    links = _links(GRID, text)
    assert ("General Electricity Company", "org:gecol") in links
    assert ("Electricity", "org:gecol") not in links


def test_korean_is_a_demonym() -> None:
    text = "The plant was completed with the Korean company Hyundai, said Gharyan's mayor."
    assert ("Korean", "loc:gharyan") not in _links(GRID, text)


# --- article_short: an "Al-" word said short over its look-alike ---------------------------------

OPERATORS = [
    Record("org:al-madar-al-jadid", "ORG", "Al-Madar Al-Jadid", "المدار الجديد"),
    Record("org:libyana", "ORG", "Libyana", "ليبيانا"),
    Record("org:masdar", "ORG", "Masdar", "مصدر"),
]


def test_an_article_word_is_the_body_named_in_full_not_its_lookalike() -> None:
    text = (
        "The towers of Libyana and Al-Madar Al-Jadeed stop in the south.\n\n"
        "The two companies Libyana and Al-Madar announced the stopping of hundreds of towers, "
        "and Almadar said the fuel had not arrived."
    )
    links = _links(OPERATORS, text)
    assert ("Al-Madar", "org:al-madar-al-jadid") in links
    assert ("Almadar", "org:al-madar-al-jadid") in links
    assert not any(i == "org:masdar" for _, i in links)


def test_an_article_word_only_alike_a_body_word_keeps_its_own_reading() -> None:
    records = [
        Record("org:tariq-brigade", "ORG", "Tariq Ben Zeyad Brigade", "لواء طارق بن زياد"),
        Record("org:tuareg-people", "ORG", "Tuareg people", "الطوارق"),
    ]
    text = (
        "The Tariq Ben Zeyad Brigade deployed near the field. The corporation called the "
        "elders of the tribes of Al-Tawariq to intervene to reopen the valves."
    )
    assert ("Al-Tawariq", "org:tariq-brigade") not in _links(records, text)


# --- same_body_cut: a glossed name read whole ----------------------------------------------------

PORTALS = [
    Record("org:al-wasat", "ORG", "Al-Wasat", "بوابة الوسط"),
    # a town with the English word as an alias, as OpenStreetMap's Ghat has "Gate"
    Record("loc:ghat", "LOC", "Ghat", "غات", aliases_en=("Gate",)),
]


def test_a_name_glossed_word_for_word_is_read_whole() -> None:
    text = (
        "The spokesman said to the Gate of Al-Wasat that the teams arrived. An expert said "
        "to the Gate of the Wasat that Libya needs four cables. The convoy reached Ghat."
    )
    links = _links(PORTALS, text)
    assert ("Gate of Al-Wasat", "org:al-wasat") in links
    assert ("Gate of the Wasat", "org:al-wasat") in links
    assert ("Ghat", "loc:ghat") in links
    assert ("Gate", "loc:ghat") not in links


# --- gloss words of energy and construction bodies ------------------------------------------------

ENERGY = [
    Record("org:siemens-energy", "ORG", "Siemens Energy", "سيمنس للطاقة"),
    Record(
        "org:hyundai-ec", "ORG", "Hyundai Engineering & Construction", "هيونداي للهندسة والإنشاءات"
    ),
    # held under its Arabic name only, as a user may hold a Libyan body
    Record("org:reaol", "ORG", "", "جهاز الطاقات المتجددة"),
]


def test_translated_energy_and_construction_names() -> None:
    text = (
        "The teams of the maintenance of the Siemens for the Energy arrived. The station is "
        "completed with the company Hyundai for the Engineering and the Construction. And the "
        "Authority of the Renewable Energies announced a solar station."
    )
    links = _links(ENERGY, text)
    assert ("Siemens for the Energy", "org:siemens-energy") in links
    assert ("Hyundai for the Engineering and the Construction", "org:hyundai-ec") in links
    assert ("Authority of the Renewable Energies", "org:reaol") in links


# --- gloss_word: a lexicon word is no look-alike -----------------------------------------------

MOBILE = [
    Record("org:libyana", "ORG", "Libyana", "ليبيانا"),
    Record("org:mobilis", "ORG", "Mobilis", "موبيليس"),
]


def test_a_lexicon_word_links_no_lookalike() -> None:
    text = (
        "The towers of Libyana of the Mobile stop in the south. And Libyana of the Mobile "
        "said that its data service in the east stopped for hours."
    )
    links = _links(MOBILE, text)
    assert ("Libyana", "org:libyana") in links
    assert not any(i == "org:mobilis" for _, i in links)


def test_the_record_spelled_so_still_links() -> None:
    assert ("Mobilis", "org:mobilis") in _links(MOBILE, "The Algerian operator Mobilis said.")


# --- ampersand: a letter of "E&C" ---------------------------------------------------------------

AMPERSAND = [
    Record("org:e-and", "ORG", "e&", "إي آند"),
    Record(
        "org:hyundai-ec", "ORG", "Hyundai Engineering & Construction", "هيونداي للهندسة والإنشاءات"
    ),
]


def test_a_letter_of_an_ampersand_abbreviation_is_no_name() -> None:
    text = "Hyundai E&C, the South Korean builder, is completing the Tripoli West plant."
    assert not any(i == "org:e-and" for _, i in _links(AMPERSAND, text))


def test_ampersand_pieces() -> None:
    text = "Hyundai E&C and AT&T; the group e& said."
    assert ampersand_piece(text, 8, 9) and ampersand_piece(text, 10, 11)
    assert ampersand_piece(text, 16, 18) and ampersand_piece(text, 19, 20)
    assert not ampersand_piece(text, 0, 7) and not ampersand_piece(text, 32, 33)


# --- one_name: each side of the "and" on its own side of the name -------------------------------

CONTRACTORS = [
    Record("org:siemens-energy", "ORG", "Siemens Energy", "سيمنس للطاقة"),
    Record("org:enka", "ORG", "Enka", "إنكا"),
    Record("loc:turkey", "LOC", "Turkey", "تركيا"),
    Record(
        "org:menr-turkey",
        "ORG",
        "Ministry of Energy and Natural Resources (Turkey)",
        "وزارة الطاقة والموارد الطبيعية التركية",
    ),
]


def test_an_and_across_two_names_pairs_no_qualifier() -> None:
    text = "He said contracts with Siemens Energy and Turkey's Enka would add 1,300 MW."
    links = _links(CONTRACTORS, text)
    assert ("Siemens Energy", "org:siemens-energy") in links
    assert ("Turkey", "loc:turkey") in links
    assert not any(i == "org:menr-turkey" for _, i in links)


def test_a_coordinated_name_in_another_order_still_links() -> None:
    records = [
        Record(
            "org:drf",
            "ORG",
            "Development and Reconstruction Fund of Libya",
            "صندوق التنمية وإعادة إعمار ليبيا",
        ),
        Record("loc:libya", "LOC", "Libya", "ليبيا"),
    ]
    text = "Belgassem Hifter heads the Libya Development and Reconstruction Fund, which paid."
    links = _links(records, text)
    assert ("Libya Development and Reconstruction Fund", "org:drf") in links
    assert ("Libya", "loc:libya") not in links


# --- nasab_place: a particle inside the name --------------------------------------------------

VILLAGES = [
    Record("loc:awlad-omran", "LOC", "Awlad Omran", "أولاد عمران"),
    Record("loc:qasr-bin-ghashir", "LOC", "Qasr Bin Ghashir", "قصر بن غشير"),
]


def test_a_name_with_a_bin_particle_inside_is_no_village() -> None:
    text = '"The generator costs me more than my rent," said Walid Ben Omran, a shopkeeper.'
    assert not any(i == "loc:awlad-omran" for _, i in _links(VILLAGES, text))


def test_a_place_holding_the_particle_still_links() -> None:
    text = "Clashes broke out in Qasr Bin Ghashir on Sunday."
    assert ("Qasr Bin Ghashir", "loc:qasr-bin-ghashir") in _links(VILLAGES, text)


# --- French: the local government ministry and the renewable energy authority ----------------

FRENCH_BODIES = [
    # held under their Arabic names only, as a user may hold Libyan bodies
    Record("org:mlg", "ORG", "", "وزارة الحكم المحلي"),
    Record("org:reaol", "ORG", "", "جهاز الطاقات المتجددة"),
    Record("loc:kufra", "LOC", "Kufra", "الكفرة"),
]


def test_french_names_of_arabic_only_bodies() -> None:
    text = (
        "Pour le Sud, le ministère du Gouvernement local a envoyé une cinquantaine de "
        "générateurs aux municipalités. L'Autorité des énergies renouvelables promet de son "
        "côté une première centrale solaire à Koufra."
    )
    links = _links(FRENCH_BODIES, text)
    assert ("ministère du Gouvernement local", "org:mlg") in links
    assert ("Autorité des énergies renouvelables", "org:reaol") in links


# --- comma_name: a name with a comma inside ---------------------------------------------------

HOLDING = [
    Record(
        "org:lptic",
        "ORG",
        "Libyan Post, Telecommunications and Information Technology Company",
        "الشركة الليبية للبريد والاتصالات وتقنية المعلومات",
    ),
    Record("org:libya-post", "ORG", "Libya Post", "البريد الليبي"),
]


def test_a_name_with_a_comma_written_out_is_one_mention() -> None:
    text = (
        "Libyana and Almadar, both units of the Libyan Post, Telecommunications and "
        "Information Technology Company holding, said hundreds of towers were down."
    )
    links = _links(HOLDING, text)
    name = "Libyan Post, Telecommunications and Information Technology Company"
    assert (name, "org:lptic") in links
    assert not any(i == "org:libya-post" for _, i in links)
