"""Country tags of the person sets' gold persons, on hand-written sanctions-list rows.

The remarks below are written in the OFAC SDN style (``DOB ...; POB City, Country; nationality
X; Passport N (Country)``) and the UN facts as the consolidated XML gives them; the expected tags
follow the rule of ``countries.tag`` worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval import countries
from benchmarks.eval.countries import CountryTag, Facts, ofac_facts, tag, un_facts
from benchmarks.eval.persons_fr import HAND_WRITTEN
from benchmarks.eval.run_eval import Answer, score
from benchmarks.eval.setio import Query


def test_ofac_remarks_nationality_citizen_and_place_of_birth() -> None:
    facts = ofac_facts("LIBYA3", "DOB 12 Mar 1970; POB Tripoli, Libya; nationality Libya.")
    assert facts == Facts(("Libya",), ("Libya",), ("OFAC LIBYA3",))
    assert ofac_facts("SDGT", "DOB 1960; alt. POB Benghazi, Libya.").birth_countries == ("Libya",)
    assert ofac_facts("SDGT", "DOB 1971; citizen Libya; alt. nationality Egypt.").nationalities == (
        "Libya",
        "Egypt",
    )
    assert ofac_facts("SDGT] [LIBYA2", "-").libya_lists == ("OFAC LIBYA2",)


def test_a_passport_or_a_remark_without_a_country_field_is_no_nationality() -> None:
    facts = ofac_facts("SDGT", "DOB 1966; Passport 203037 (Libya); a.k.a. 'ABU ANAS'.")
    assert facts == Facts()
    assert tag(facts) == CountryTag("", False, "no facts")


def test_a_stated_nationality_decides_before_birth_place_and_lists() -> None:
    libyan = tag(ofac_facts("SDGT", "DOB 1966; nationality Libya; Passport 203037 (Libya)."))
    assert libyan.libyan and libyan.country == "Libya"
    # on a Libya program, but a Chadian national: not a Libyan name
    chad = tag(ofac_facts("LIBYA3", "DOB 1975; POB Sabha, Libya; nationality Chad."))
    assert chad == CountryTag("Chad", False, "nationality Chad")
    # any Libyan nationality among several counts
    assert tag(ofac_facts("SDGT", "nationality Tunisia; alt. nationality Libya")).libyan
    assert tag(un_facts("QDi.9", ["Libyan Arab Jamahiriya"])).libyan


def test_place_of_birth_then_libya_list() -> None:
    born = tag(ofac_facts("SDGT", "DOB 05 Feb 1969; POB Libya; alt. POB Tripoli."))
    assert born.libyan and born.evidence.startswith("place of birth")
    # Libya list, born abroad, no nationality stated (Abdullah al-Senussi's UN record)
    senussi = tag(un_facts("LYi.018", [], ["Sudan"]))
    assert senussi == CountryTag("Libya", True, "UN Libya list LYi.018")
    assert tag(ofac_facts("LIBYA2", "DOB 1952.")).libyan
    # on the Libya list but an Eritrean national (the 2018 trafficking listings)
    assert tag(un_facts("LYi.021", ["Eritrea"], ["Eritrea"])) == CountryTag(
        "Eritrea", False, "nationality Eritrea"
    )
    # other lists: no facts -> other, country unknown; born in Jordan -> Jordan
    assert tag(un_facts("QDi.400")) == CountryTag("", False, "no facts")
    assert tag(un_facts("QDi.401", [], ["Jordan"])).country == "Jordan"


def test_a_merged_ofac_twin_fills_only_what_the_un_record_lacks() -> None:
    ofac = ofac_facts("SDGT", "DOB 1969; nationality Libya.")
    # the UN record states no nationality: the twin's decides
    pooled = tag(un_facts("QDi.229", [], ["Jordan"]).completed_by(ofac))
    assert pooled.libyan and pooled.evidence == "nationality Libya"
    # the UN record states one: it wins over a (possibly wrongly merged) twin's
    khan = un_facts("QDi.306", ["Pakistan", "Saudi Arabian"], ["Saudi Arabia", "Pakistan"])
    assert tag(khan.completed_by(ofac)).country == "Pakistan"
    # a Libya program of the twin still counts for a UN record with no facts at all
    listed = tag(un_facts("QDi.1").completed_by(ofac_facts("LIBYA2", "DOB 1952.")))
    assert listed == CountryTag("Libya", True, "OFAC LIBYA2")


def test_un_countries_from_the_consolidated_xml(tmp_path: Path) -> None:
    folder = tmp_path / "un-sanctions-2018"
    folder.mkdir()
    (folder / "consolidated.xml").write_text(
        "<CONSOLIDATED_LIST><INDIVIDUALS>"
        "<INDIVIDUAL><REFERENCE_NUMBER>QDi.229</REFERENCE_NUMBER>"
        "<NATIONALITY><VALUE>Libya</VALUE></NATIONALITY>"
        "<INDIVIDUAL_ADDRESS><COUNTRY>Qatar</COUNTRY></INDIVIDUAL_ADDRESS>"
        "<INDIVIDUAL_PLACE_OF_BIRTH><CITY>Tripoli</CITY><COUNTRY>Libya</COUNTRY>"
        "</INDIVIDUAL_PLACE_OF_BIRTH></INDIVIDUAL>"
        "<INDIVIDUAL><REFERENCE_NUMBER>LYi.005</REFERENCE_NUMBER>"
        "<INDIVIDUAL_PLACE_OF_BIRTH /></INDIVIDUAL>"
        "</INDIVIDUALS></CONSOLIDATED_LIST>",
        encoding="utf-8",
    )
    found = countries.read_un_countries(tmp_path)
    assert found == {"QDi.229": (("Libya",), ("Libya",)), "LYi.005": ((), ())}


def test_hand_written_people_are_libyan_but_three() -> None:
    tags = countries.hand_written_tags()
    assert set(tags) == {rid for rid, *_ in HAND_WRITTEN}
    others = {rid for rid, t in tags.items() if not t.libyan}
    assert others == {"lib:lakhdar", "lib:ould", "lib:salame"}
    assert tags["lib:dbeibah"] == CountryTag("Libya", True, "hand-written Libyan public figure")


def test_groups_and_sidecar_round_trip(tmp_path: Path) -> None:
    tags = {
        "un:LYi.013": CountryTag("Libya", True, countries.GADDAFI_EVIDENCE),
        "un:LYi.025": CountryTag("Libya", True, "UN Libya list LYi.025"),
        "un:QDi.400": CountryTag("Jordan", False, "nationality Jordan"),
    }
    assert countries.groups_of("un:LYi.013", tags) == ("libya",)
    assert countries.groups_of("un:LYi.025", tags) == ("libya", "libya-not-gaddafi")
    assert countries.groups_of("un:QDi.400", tags) == ("other",)
    assert countries.groups_of("syn:per:00007", tags) == ("synthetic",)
    assert countries.groups_of("ofac:1", tags) == ("untagged",)
    assert countries.read_sidecar(tmp_path) is None
    countries.write_sidecar(tmp_path, tags)
    assert countries.read_sidecar(tmp_path) == tags


def test_score_reports_each_group_of_gold_persons() -> None:
    tags = {
        "un:LYi.013": CountryTag("Libya", True, countries.GADDAFI_EVIDENCE),
        "un:LYi.025": CountryTag("Libya", True, "UN Libya list LYi.025"),
        "un:QDi.400": CountryTag("Jordan", False, "nationality Jordan"),
    }
    queries = [
        Query("Moammar Kadhafi", "un:LYi.013", "gaddafi-full"),
        Query("Gadafi", "un:LYi.013", "gaddafi-surname"),
        Query("Mohamed el-Hadi Kachlaf", "un:LYi.025", "un-alias-low"),
        Query("Eyad Nazmi Saleh Khalil", "un:QDi.400", "un-alias-good"),
    ]
    answers = [
        Answer(("un:LYi.013",), ids_default=("un:LYi.013",)),
        Answer(("un:LYi.014", "un:LYi.013"), ids_default=()),  # wrong top-1
        Answer(("un:LYi.025",), ids_default=()),  # right, but under the default threshold
        Answer(("un:QDi.400",), ids_default=("un:QDi.400",)),
    ]
    res = score(
        "persons-latin", "normx", queries, answers, 1.0, 1, lambda g: countries.groups_of(g, tags)
    )
    libya = res.by_country["libya"]
    assert (libya["n"], libya["entities"]) == (3, 2)
    assert libya["top1"] == 2 / 3 and libya["top1_default"] == 1 / 3
    not_gaddafi = res.by_country["libya-not-gaddafi"]
    assert (not_gaddafi["n"], not_gaddafi["top1"], not_gaddafi["top1_default"]) == (1, 1.0, 0.0)
    assert res.by_country["other"]["top1"] == 1.0
    # the Libyan queries of two words or more: the surname alone "Gadafi" is left out
    full = res.by_country["libya-full-names"]
    assert (full["n"], full["top1"], full["top1_default"]) == (2, 1.0, 0.5)
    assert list(res.by_country) == ["libya", "libya-full-names", "libya-not-gaddafi", "other"]
    assert res.by_country_kind["libya"]["gaddafi-surname"]["top1"] == 0.0
    # without groups the result is as before
    assert score("x", "normx", queries, answers, 1.0, 1).by_country == {}
