"""Session 33 (h-v54) rules, each on a small hand-written gazetteer of its own.

* gloss words (``normx/mt/data/gloss.yaml``): taxes, tax, taxation (الضرائب), monetary, cash,
  currency (النقد), marketing (تسويق), panel, team (فريق), experts, expert (خبراء); department
  as مصلحة; French audit and bureau as ديوان (AFP's "Bureau d'audit");
* :mod:`normx.detect.initials`: a name that goes on after "U.N." is inside the sentence;
* :func:`normx.resolve.office_possessive.offices_by_title`: "referred to the Attorney General"
  is the office (``office_titles`` of ``normx/detect/data/titles.yaml``);
* :mod:`normx.resolve.acronym_complement`: "ministre des Finances du GUN" links the acronym;
* :mod:`normx.detect.french_openers`: "Sur la route" is the preposition, not a place;
* :mod:`normx.resolve.references`: "Bin Tahir" after "Omar Bin Tahir" is that unknown man.

The names are canonical ones only (English names that share no word with the texts' calques
where the gloss is tested); the texts spell them as MT, wire or AFP copy does.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record


def _links(records: list[Record], text: str) -> set[tuple[str, str | None]]:
    nz = Normalizer.from_records(records)
    return {(m.text, m.id) for m in nz.canonicalize(text).mentions}


# --- gloss words: taxes, money, marketing, panels of experts -------------------------------------

FINANCE = [
    Record("org:dariba", "ORG", None, "مصلحة الضرائب"),  # held under its Arabic name only
    Record("org:sunduq", "ORG", "Sunduq Naqd Board", "صندوق النقد الدولي"),
    Record("org:tasweeq", "ORG", "Zahra Fuel Firm", "شركة الزهراء لتسويق النفط"),
    Record("org:fariq", "ORG", "Khubara Sudan Group", "فريق خبراء الأمم المتحدة المعني بالسودان"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


def test_mt_calques_of_tax_money_and_marketing_bodies() -> None:
    text = (
        "The Interest of the Taxes in Sabha launched the electronic payment, and the "
        "Authority of the Taxes said the International Fund of the Cash welcomed it."
    )
    links = _links(FINANCE, text)
    assert ("Interest of the Taxes", "org:dariba") in links
    assert ("Authority of the Taxes", "org:dariba") in links
    # "International" is a stop word that no name of this gazetteer holds: cut from the edge
    assert any("Fund of the Cash" in t and i == "org:sunduq" for t, i in links)


def test_wire_tax_department_is_the_arabic_only_body() -> None:
    text = "The government in Sabha asked the Tax Department to collect more revenue."
    assert ("Tax Department", "org:dariba") in _links(FINANCE, text)


def test_a_panel_of_experts_and_a_marketing_company() -> None:
    text = (
        "A report of the Panel of the Experts of the United Nations on Sudan said that the "
        "Company of the Zahra for the Marketing of the Oil sold the diesel in Sabha."
    )
    links = _links(FINANCE, text)
    assert any(i == "org:fariq" for _, i in links)
    assert ("Company of the Zahra for the Marketing of the Oil", "org:tasweeq") in links


# --- "the U.N. Security Council": the name goes on after the initials --------------------------

UN = [
    Record("org:amn", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("per:hanna", "PER", "Hanna Serwaa Tetteh", "هانا تيتيه"),
]


def test_a_name_after_dotted_initials_is_in_the_sentence() -> None:
    text = "U.N. envoy Hanna Serwaa Tetteh told the U.N. Security Council last month that it is."
    assert any(i == "org:amn" for _, i in _links(UN, text))


def test_a_sentence_after_dotted_initials_still_opens_with_its_article() -> None:
    text = "The envoy met officials in the U.S. The Council did not answer."
    assert not any(i == "org:amn" for _, i in _links(UN, text))


# --- "referred to the Attorney General": the office ---------------------------------------------

OFFICE = [
    Record("org:naib", "ORG", "Office of the Attorney General (Ruritania)", "مكتب النائب العام"),
    Record("per:sour", "PER", "Omar Al-Faqih", "عمر الفقيه"),
]


def test_the_attorney_general_as_an_object_is_the_office() -> None:
    text = "The bureau said it had referred dozens of officials to the Attorney General."
    assert ("Attorney General", "org:naib") in _links(OFFICE, text)
    text = "The council called the Attorney General to open investigations."
    assert ("Attorney General", "org:naib") in _links(OFFICE, text)


def test_the_attorney_general_acting_or_named_is_no_office() -> None:
    text = "At a time when the Attorney General announced the arrests, nothing moved."
    assert not any(i == "org:naib" for _, i in _links(OFFICE, text))
    text = "The Attorney General, the adviser Omar Al-Faqih, ordered the arrests."
    assert not any(i == "org:naib" for _, i in _links(OFFICE, text))


def test_the_bare_title_after_its_holder_was_named_is_the_holder() -> None:
    text = (
        "The Attorney General, the counsellor Omar Al-Faqih, ordered the arrests. The ministry "
        "supports the efforts of the Attorney General in the whole country, and the office "
        "of the Attorney General said the trial opens in May."
    )
    links = _links(OFFICE, text)
    naib = [m for m in Normalizer.from_records(OFFICE).canonicalize(text).mentions]
    assert [m.start for m in naib if m.id == "org:naib"] == [text.rindex("Attorney General")]
    assert ("Omar Al-Faqih", "per:sour") in links


# --- French copy: "Bureau d'audit", "des Finances du GUN", "Sur la route" -----------------------

FRENCH = [
    Record("org:diwan", "ORG", "Diwan Muhasaba Board", "ديوان المحاسبة"),
    Record("org:wahda", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("loc:sirte", "LOC", "Sirte", "سرت", aliases_en=("Surt",)),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def test_the_audit_bureau_in_french() -> None:
    text = "A Tripoli, le Bureau d'audit a dénoncé dans son rapport annuel l'opacité des contrats."
    assert ("Bureau d'audit", "org:diwan") in _links(FRENCH, text)


def test_an_acronym_after_a_portfolio_in_french() -> None:
    text = (
        "Le Gouvernement d'union nationale (GUN) a fermé le poste. Le ministre des Finances "
        "du GUN a assuré que le budget ne contenait rien."
    )
    links = _links(FRENCH, text)
    nz = Normalizer.from_records(FRENCH)
    gun = [m for m in nz.canonicalize(text).mentions if m.text == "GUN"]
    assert len(gun) == 2 and all(m.id == "org:wahda" for m in gun)
    assert not any(t == "Finances du GUN" for t, _ in links)


def test_a_french_preposition_before_an_article_is_no_place() -> None:
    text = "TRIPOLI (AFP) - Sur la route qui relie Tripoli à la frontière, des bidons s'alignent."
    assert not any(i == "loc:sirte" for _, i in _links(FRENCH, text))


# --- "Bin Tahir" after "Omar Bin Tahir": the unknown man, not the place -------------------------

PLACES = [
    Record("loc:qasr", "LOC", "Qasr Bin Tahir", "قصر بن طاهر"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]


def test_a_bin_surname_repeat_of_an_unknown_man() -> None:
    text = (
        "The traders' union in Sabha said its head, Omar Bin Tahir, met the minister, and "
        "Bin Tahir said that the union will go to the court."
    )
    assert ("Bin Tahir", "loc:qasr") not in _links(PLACES, text)
