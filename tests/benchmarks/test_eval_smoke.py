"""Smoke tests of the evaluation-set builder and evaluator on a tiny fake shared/data folder.

The fixture files mimic the real formats (see shared/data/*/SOURCE.md) with a handful of rows,
so these tests check that the sets are well formed and held out, not what the real sets hold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.eval import build_sets, countries, run_eval
from benchmarks.eval.setio import read_gazetteer, read_queries, record_names, spelling_key
from benchmarks.eval.textkeys import has_arabic, is_spelling_variant

_UN_ROWS = [
    ("LYi.013", "Libya", "MUAMMAR MOHAMMED ABU MINYAR QADHAFI", "", ""),
    (
        "LYi.025",
        "Libya",
        "Mohammed al-Hadi al-Arabi Kashlaf",
        "محمد الهادي العربي كشلاف",
        "Kashlaf [Low] | Mohamed el-Hadi Kachlaf [Low]",
    ),
    (
        "QDi.400",
        "Al-Qaida",
        "IYAD NAZMI SALIH KHALIL",
        "إياد نظمي صالح خليل",
        "Ayyad Nazmi Salih Khalil [Good] | Eyad Nazmi Saleh Khalil [Good] | The Doctor [Low]"
        " | Abu al-Darda' [Low]",
    ),
    (
        "TAi.001",
        "Taliban",
        "NIK MOHAMMAD DOST MOHAMMAD",
        "نیک محمد دوست محمد",
        "Nik Mohammad [Good]",
    ),
    ("KPi.033", "DPRK", "RI WON HO", "", ""),
]
UN_TSV = "reference_number\tkind\tun_list_type\tname\tname_original_script\taliases\n" + "".join(
    f"{ref}\tindividual\t{lst}\t{name}\t{ar}\t{aliases}\n"
    for ref, lst, name, ar, aliases in _UN_ROWS
)
UN_XML = """<CONSOLIDATED_LIST><INDIVIDUALS>
<INDIVIDUAL><REFERENCE_NUMBER>LYi.013</REFERENCE_NUMBER>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1942</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"""

_EMPTY = ",-0- " * 7
SDN_CSV = (
    f'12606,"QADHAFI, Muammar",individual,LIBYA2{_EMPTY},"DOB 1942; POB Sirte, Libya."\n'
    f'7204,"BEN HENI, Lased",individual,SDGT{_EMPTY},"DOB 05 Feb 1969; POB Libya."\n'
    f'9000,"SMITH, John",individual,SDNTK{_EMPTY},"DOB 1970; nationality Canada."\n'
    f"306,BANCO NACIONAL DE CUBA,-0- ,CUBA{_EMPTY},-0-\n"
)

ALT_CSV = """12606,1,aka,"GADHAFI, Muammar",-0-
7204,2,aka,"BEN HANI, Al As'ad",-0-
7204,3,aka,"BENHANI, Lassad",-0-
9000,4,aka,"SMYTHE, Jon",-0-
"""

GADDAFI_FULL = "Qaddafi, Muammar\nMuammar Gaddafi\nMoammar Kadhafi\nMuammar Gaddafi\n"
GADDAFI_SUR = "Gadafi\nQadhafi\n"

OSM = {
    "elements": [
        {
            "type": "node",
            "id": 1,
            "tags": {
                "place": "town",
                "name": "غدامس",
                "name:ar": "غدامس",
                "name:en": "Ghadames",
                "name:fr": "Ghadamès",
                "name:it": "Gadames",
                "alt_name": "Ghadamis",
                "name:ru": "Гадамес",
            },
        },
        {
            "type": "node",
            "id": 2,
            "tags": {
                "place": "city",
                "name": "سرت",
                "name:ar": "سرت",
                "name:en": "Sirte",
                "name:it": "Sirte",
                "int_name": "Surt",
            },
        },
        {
            "type": "node",
            "id": 3,
            "tags": {"place": "village", "name": "هون", "name:ar": "هون", "name:en": "Hun"},
        },
    ]
}

ANETAC = "LOCATION Ghadamis غدامس\nLOCATION Sirt سرت\nLOCATION Wahran وهران\nPERSON Khalid خالد"
WIKIDATA = "\n".join(
    [
        "khalid\tخ ا ل د\t40",
        "khaled\tخ ا ل د\t30",
        "ahmed\tأ ح م د\t50",
        "omar\tع م ر\t20",
        "mishri\tا ل م ش ر ي\t2",
        "saadi\tا ل س ع د ي\t3",
        "hassan\tح س ن\t25",
        "salih\tص ا ل ح\t12",
    ]
)
RIGOUR = "abd al-rahman, abdelrahman, عبد الرحمن => Q307378\nmahmoud, mahmud, محمود => Q1\n"
GOOGLE = "عين صالح\tain salah\nحمص\thoms\nالعريش\tarish\n"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    files = {
        "un-sanctions-2018/un_consolidated_names.tsv": UN_TSV,
        "un-sanctions-2018/consolidated.xml": UN_XML,
        "ofac-sdn-2022/sdn.csv": SDN_CSV,
        "ofac-sdn-2022/alt.csv": ALT_CSV,
        "gaddafi-spellings/gaddafi_full_name_spellings.txt": GADDAFI_FULL,
        "gaddafi-spellings/gaddafi_surname_spellings.txt": GADDAFI_SUR,
        "osm-libya-places/osm_libya_places_overpass.json": json.dumps(OSM, ensure_ascii=False),
        "anetac/EN-AR_Named-entities.txt": ANETAC,
        "wikidata-names-coling2018/wd_arabic.normalized.aligned.tokens.tsv": WIKIDATA,
        "rigour-person-names/persons_arabic_script.txt": RIGOUR,
        "google-translit/ar2en.txt": GOOGLE,
    }
    for rel, text in files.items():
        path = data / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return data


@pytest.fixture
def built(data_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "work"
    argv = ["--data", str(data_dir), "--out", str(out), "--persons", "60"]
    assert build_sets.main(argv) == 0
    return out


def test_every_set_is_written_held_out_and_well_formed(built: Path) -> None:
    for name in build_sets.SET_NAMES:
        records = read_gazetteer(built / name / "gazetteer.jsonl")
        queries = read_queries(built / name / "queries.tsv")
        assert queries, name
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), name
        names = {spelling_key(n) for r in records for n in record_names(r)}
        for q in queries:
            assert q.gold in ids, (name, q)
            assert spelling_key(q.text) not in names, (name, q)
    assert (built / ".gitignore").read_text().strip() == "*"


def test_person_sets_hold_the_clusters_and_only_spelling_variants(built: Path) -> None:
    queries = read_queries(built / "persons-latin" / "queries.tsv")
    by_gold: dict[str, set[str]] = {}
    for q in queries:
        by_gold.setdefault(q.gold, set()).add(q.text)
    # OFAC's QADHAFI, Muammar (born 1942) is UN LYi.013: one entity, not two
    assert "ofac:12606" not in by_gold
    assert {"Qaddafi, Muammar", "Moammar Kadhafi", "Gadafi"} <= by_gold["un:LYi.013"]
    assert {"Ayyad Nazmi Salih Khalil", "Eyad Nazmi Saleh Khalil"} <= by_gold["un:QDi.400"]
    texts = {q.text for q in queries}
    assert "The Doctor" not in texts and "Abu al-Darda'" not in texts  # not spellings
    assert "Kashlaf" not in texts  # a surname alone is not a full name
    assert "un:TAi.001" not in by_gold and "ofac:9000" not in by_gold  # not Arab names
    records = read_gazetteer(built / "persons-latin" / "gazetteer.jsonl")
    assert len(records) == 60  # gold + real distractors + synthetic ones, up to --persons
    assert any(r["id"].startswith("syn:per:") for r in records)


def test_person_sets_get_the_gold_persons_countries(built: Path) -> None:
    tags = countries.read_sidecar(built / "persons-latin")
    assert tags is not None
    golds = {q.gold for q in read_queries(built / "persons-latin" / "queries.tsv")}
    assert set(tags) == golds  # every gold id tagged, nothing else
    assert tags["un:LYi.013"].libyan and tags["un:LYi.013"].evidence == "Muammar Gaddafi"
    assert tags["un:QDi.400"].libyan is False  # Al-Qaida list, no country in the fixture
    fr = countries.read_sidecar(built / "persons-fr")
    assert fr is not None and fr["lib:dbeibah"].libyan and not fr["lib:salame"].libyan
    assert countries.read_sidecar(built / "towns-libya") is None


def test_cross_script_sets_hold_only_arabic_names(built: Path) -> None:
    for name in ("persons-xscript", "towns-xscript"):
        records = read_gazetteer(built / name / "gazetteer.jsonl")
        assert records
        for rec in records:
            assert set(rec["name"]) == {"ar"} and has_arabic(rec["name"]["ar"])
            assert "aliases" not in rec
        queries = read_queries(built / name / "queries.tsv")
        assert all(not has_arabic(q.text) for q in queries)


def test_gaddafi_set_is_every_distinct_spelling_for_one_entity(built: Path) -> None:
    queries = read_queries(built / "gaddafi" / "queries.tsv")
    assert {q.gold for q in queries} == {"un:LYi.013"}
    assert sorted(q.text for q in queries) == sorted(
        ["Qaddafi, Muammar", "Muammar Gaddafi", "Moammar Kadhafi", "Gadafi", "Qadhafi"]
    )


def test_town_sets_use_the_other_latin_names(built: Path) -> None:
    queries = read_queries(built / "towns-libya" / "queries.tsv")
    pairs = {(q.text, q.gold) for q in queries}
    assert ("Gadames", "osm:node/1") in pairs and ("Surt", "osm:node/2") in pairs
    assert ("Ghadamis", "osm:node/1") in pairs  # alt_name (ANETAC's copy is a duplicate)
    assert ("Sirt", "osm:node/2") in pairs  # ANETAC token whose Arabic is Sirte's
    assert not any(q.text in ("Гадамес", "Sirte", "Ghadames") for q in queries)
    arab = read_gazetteer(built / "towns-arab" / "gazetteer.jsonl")
    assert any(r["id"].startswith("dis:loc:") for r in arab)
    assert len(read_queries(built / "towns-arab" / "queries.tsv")) == len(queries)


def test_gazetteers_load_with_the_normx_loader(built: Path) -> None:
    loader = pytest.importorskip("normx.gazetteer")
    for name in ("persons-latin", "persons-xscript", "towns-arab"):
        gaz = loader.load_gazetteers(
            [built / name / "gazetteer.jsonl"], defaults=False, use_cache=False
        )
        assert len(gaz.records) == len(read_gazetteer(built / name / "gazetteer.jsonl"))


def test_run_eval_baselines_write_results_and_table(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = built / "results.json"
    argv = ["--work", str(built), "--sets", "towns-libya,gaddafi", "--methods", "ratio,wratio"]
    assert run_eval.main([*argv, "--results", str(results)]) == 0
    out = json.loads(results.read_text())["results"]
    assert [(r["set"], r["method"]) for r in out] == [
        ("towns-libya", "ratio"),
        ("towns-libya", "wratio"),
        ("gaddafi", "ratio"),
        ("gaddafi", "wratio"),
    ]
    for r in out:
        assert 0.0 <= r["top1"] <= r["top5"] <= 1.0 and r["n"] > 0
    assert "| towns-libya | ratio |" in capsys.readouterr().out


def test_spelling_variant_filter() -> None:
    assert is_spelling_variant("Khaled Al-Fawwaz", "Khalid Abd al-Rahman Hamd al-Fawaz")
    assert is_spelling_variant("Moamar AI Kadafi", "Muammar Mohammed Abu Minyar Qadhafi")
    assert not is_spelling_variant("Dour Nadre", "Imed ben Mekki Zarkaoui")
    assert not is_spelling_variant("Abu-Ahmad Rami", "Sa'id Ahmad Muhammad al-Jamal")


def test_un_ofac_twins_are_merged_only_on_strong_evidence() -> None:
    from benchmarks.eval.persons import _same_person, _skeletons, reorder

    def same(a: str, ay: set[str], b: str, by: set[str]) -> bool:
        return _same_person(_skeletons(a), frozenset(ay), _skeletons(reorder(b)), frozenset(by))

    assert same("Muammar Mohammed Abu Minyar Qadhafi", {"1942"}, "QADHAFI, Muammar", {"1942"})
    assert same("Khamis Muammar Qadhafi", {"1978"}, "QADHAFI, Khamis", {"1980"})
    assert not same("Khamis Muammar Qadhafi", set(), "QADHAFI, Khamis", set())
    hamadi = "Hamadi ben Abdul Aziz ben Ali Bouyahia"
    assert not same(hamadi, {"1966"}, "HAMOUD, Ali", {"1965"})


def test_twins_whose_stated_countries_differ_are_not_merged() -> None:
    from benchmarks.eval.countries import ofac_facts, un_facts
    from benchmarks.eval.persons import countries_conflict

    khan = un_facts("QDi.306", ("Pakistan", "Saudi Arabian"), ("Saudi Arabia", "Pakistan"))
    assert countries_conflict(khan, ofac_facts("SDGT", "nationality Libya"))
    # one country spelled differently by the two lists is no conflict
    adnani = un_facts("QDi.325", ("Iraq",), ("Syrian Arab Republic",))
    assert not countries_conflict(adnani, ofac_facts("SDGT", "nationality Syria; POB Syria"))
    uk = un_facts("QDi.419", ("United Kingdom of Great Britain and Northern Ireland",), ())
    assert not countries_conflict(uk, ofac_facts("SDGT", "citizen UK"))
    drc = un_facts("CDi.006", ("Democratic Republic of the Congo",), ())
    assert not countries_conflict(drc, ofac_facts("DRC", "nationality DRC"))
    # a record without a stated nationality never vetoes a merge
    assert not countries_conflict(khan, ofac_facts("SDGT", "POB Tripoli, Libya"))
