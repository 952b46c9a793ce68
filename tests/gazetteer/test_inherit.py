"""Alias inheritance (normx.gazetteer.inherit): which user record is which shipped record, what
it inherits, what it may not take, the evidence, the off switch and the compiled cache.

Two layers: the pure rules on in-memory records (plan_inheritance with normx's normalisation),
and loads through Normalizer.load with data/inherit/shipped.yaml standing in for the shipped
gazetteers ($NORMX_DEFAULT_GAZETTEERS) and data/inherit/user.yaml as the user's gazetteer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normx.api import Normalizer
from normx.cli import main
from normx.gazetteer.compiled import with_inherited
from normx.gazetteer.inherit import Inheritance, identify, plan_inheritance
from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.text.normalize import normalize_name

DATA = Path(__file__).parent / "data" / "inherit"
SHIPPED = DATA / "shipped.yaml"
USER = DATA / "user.yaml"


def rec(rid: str, type: str, en: str | None = None, ar: str | None = None, **kw) -> Record:
    return Record(rid, type, en, ar, **kw)


UK = rec(
    "loc:united-kingdom",
    "LOC",
    "United Kingdom",
    "المملكة المتحدة",
    aliases_en=("Britain", "UK"),
    aliases_ar=("بريطانيا",),
    xref=(("wikidata", "Q145"),),
    source="curated: Wikipedia",
)


def links(users, shipped):
    return {(k.user_id, k.shipped_id): k.rule for k in identify(users, shipped, normalize_name)}


# --- identification -----------------------------------------------------------------------------


def test_a_shared_xref_identifies_whatever_the_names():
    user = rec("my:gb", "LOC", "Royaume-Uni", xref=(("wikidata", "Q145"),))
    assert links([user], [UK]) == {("my:gb", "loc:united-kingdom"): "xref wikidata=Q145"}


def test_an_xref_under_another_key_or_value_does_not():
    assert links([rec("my:gb", "LOC", "Royaume-Uni", xref=(("geonames", "Q145"),))], [UK]) == {}
    assert links([rec("my:gb", "LOC", "Royaume-Uni", xref=(("wikidata", "Q1"),))], [UK]) == {}


def test_the_same_id_identifies_when_a_name_is_shared():
    same = rec("loc:united-kingdom", "LOC", "U.K.", "المملكة المتحدة")
    assert links([same], [UK]) == {("loc:united-kingdom", "loc:united-kingdom"): "id"}
    stranger = rec("loc:united-kingdom", "LOC", "Ukraine", "أوكرانيا")  # an id, no common name
    assert links([stranger], [UK]) == {}


def test_a_unique_equal_name_identifies_after_normalisation():
    user = rec("my:uk", "LOC", "the united kingdom", "المملكة المتحدة")
    user2 = rec("my:uk", "LOC", "UNITED KINGDOM")  # no Arabic on the user's side: English suffices
    assert links([user2], [UK]) == {("my:uk", "loc:united-kingdom"): "name"}
    # "the" is a word of this name to normx, not an article: no identification
    assert links([user], [UK]) == {}


def test_arabic_names_must_agree_when_both_have_them():
    other_ar = rec("my:uk", "LOC", "United Kingdom", "مملكة أخرى")
    assert links([other_ar], [UK]) == {}
    alias_ar = rec("my:uk", "LOC", "United Kingdom", "بريطانيا")  # a shipped Arabic alias
    assert links([alias_ar], [UK]) == {("my:uk", "loc:united-kingdom"): "name"}


def test_a_one_word_person_name_never_identifies_alone():
    shipped = [rec("per:haftar", "PER", "Haftar", "حفتر")]
    assert links([rec("my:haftar", "PER", "Haftar", "حفتر")], shipped) == {}
    full = [rec("per:kh", "PER", "Khalifa Haftar", "خليفة حفتر")]
    assert links([rec("my:kh", "PER", "Khalifa Haftar")], full) == {("my:kh", "per:kh"): "name"}
    # an xref still identifies a person known by one word
    xref = (("wikidata", "Q1"),)
    one = [rec("per:haftar", "PER", "Haftar", xref=xref)]
    assert links([rec("my:haftar", "PER", "Haftar", xref=xref)], one) == {
        ("my:haftar", "per:haftar"): "xref wikidata=Q1"
    }


def test_namesakes_are_not_merged():
    shipped = [
        rec("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
        rec("loc:tripoli-lebanon", "LOC", "Tripoli", "طرابلس"),
    ]
    assert links([rec("my:tripoli", "LOC", "Tripoli", "طرابلس")], shipped) == {}
    # two user records of the name: neither is identified
    one = shipped[:1]
    users = [
        rec("my:t1", "LOC", "Tripoli"),
        rec("my:t2", "LOC", "Tripoli", aliases_en=("Trablus",)),
    ]
    assert links(users, one) == {}


def test_types_must_agree_and_a_conflicting_xref_vetoes():
    assert links([rec("my:uk", "ORG", "United Kingdom")], [UK]) == {}
    georgia = rec("loc:georgia", "LOC", "Georgia", xref=(("wikidata", "Q230"),))
    us_state = rec("my:georgia", "LOC", "Georgia", xref=(("wikidata", "Q1428"),))
    assert links([us_state], [georgia]) == {}


def test_one_to_one_or_nothing():
    by_name = rec("my:uk", "LOC", "United Kingdom")
    by_xref = rec("my:gb", "LOC", "Royaume-Uni", xref=(("wikidata", "Q145"),))
    assert links([by_name, by_xref], [UK]) == {}


# --- what is inherited --------------------------------------------------------------------------


def plan(loaded, shipped, *, shipped_loaded=False, rivals=None) -> Inheritance:
    return plan_inheritance(
        loaded, shipped, normalize_name, shipped_loaded=shipped_loaded, rivals=rivals
    )


def test_the_user_record_answers_to_the_shipped_names_as_inherited():
    user = rec("my:uk", "LOC", "United Kingdom")
    inh = plan([user], [UK])
    assert [(n.lang, n.text) for n in inh.names] == [
        ("en", "Britain"),
        ("en", "UK"),
        ("ar", "المملكة المتحدة"),
        ("ar", "بريطانيا"),
    ]
    (out,) = inh.apply([user])
    assert out.id == "my:uk" and out.name_en == "United Kingdom" and out.type == "LOC"
    assert out.aliases_en == ("Britain", "UK")
    britain = inh.inherited("my:uk", "Britain")
    assert britain is not None
    assert britain.explain() == "inherited from loc:united-kingdom (curated: Wikipedia)"
    assert inh.inherited("my:uk", "United Kingdom") is None  # the user's own name


def test_a_name_another_loaded_record_holds_is_not_inherited():
    user = rec("my:uk", "LOC", "United Kingdom")
    party = rec("my:ukip", "ORG", "UK Independence Party", aliases_en=("UK",))
    inh = plan([user, party], [UK])
    assert "UK" not in {n.text for n in inh.names}
    assert "Britain" in {n.text for n in inh.names}


def test_a_longer_form_holding_a_loaded_name_is_not_inherited():
    isis = rec(
        "org:is",
        "ORG",
        "Islamic State",
        aliases_en=("ISIL", "Islamic State of Iraq and Syria", "Islamic State Organisation"),
    )
    user = rec("my:is", "ORG", "Islamic State")
    syria = rec("my:syria", "LOC", "Syria")
    texts = {n.text for n in plan([user, syria], [isis]).names}
    # "Syria" is another record's name; "Islamic State" the user's own with a word added
    assert texts == {"ISIL"}


def test_persons_inherit_only_in_a_script_they_lack():
    shipped = rec(
        "per:kh", "PER", "Khalifa Haftar", "خليفة حفتر", aliases_en=("Khalifa Hifter", "Haftar")
    )
    arabic_only = rec("my:kh", "PER", None, "خليفة حفتر")
    texts = {n.text for n in plan([arabic_only], [shipped]).names}
    assert texts == {"Khalifa Haftar", "Khalifa Hifter"}  # never the bare surname
    both = rec("my:kh", "PER", "Khalifa Haftar", "خليفة حفتر")
    assert plan([both], [shipped]).names == ()  # spelling variants are the matcher's job


def test_a_name_two_user_records_would_inherit_goes_to_neither():
    a = rec("s:a", "LOC", "Alpha Town", aliases_en=("Twin Name",), xref=(("osm", "1"),))
    b = rec("s:b", "LOC", "Beta Town", aliases_en=("Twin Name",), xref=(("osm", "2"),))
    ua = rec("u:a", "LOC", "Alpha Town", xref=(("osm", "1"),))
    ub = rec("u:b", "LOC", "Beta Town", xref=(("osm", "2"),))
    assert plan([ua, ub], [a, b]).names == ()


def test_a_name_another_record_answers_better_is_not_inherited():
    user = rec("my:uk", "LOC", "United Kingdom")

    def rivals(name):
        return [("my:other", 0.9), ("my:uk", 0.8)] if name == "Britain" else []

    assert "Britain" not in {n.text for n in plan([user], [UK], rivals=rivals).names}


def test_a_weak_approximate_rival_does_not_block_an_attested_name():
    # "Daesh" for the Islamic State once went to nobody: a village read approximately across
    # scripts (الديسه, 0.76) "answered it better" than the user's record, which held no such name
    user = rec("my:uk", "LOC", "United Kingdom")

    def rivals(name):
        return [("my:village", 0.76)] if name == "Britain" else []

    assert "Britain" in {n.text for n in plan([user], [UK], rivals=rivals).names}


def test_a_strong_rival_still_blocks_when_the_user_record_does_not_answer():
    user = rec("my:uk", "LOC", "United Kingdom")

    def rivals(name):
        return [("my:other", 0.95)] if name == "Britain" else []

    assert "Britain" not in {n.text for n in plan([user], [UK], rivals=rivals).names}


def test_a_name_in_a_script_the_user_lacks_is_outranked_only_by_a_near_exact_rival():
    q = (("wikidata", "Q1032"),)
    niger = rec("loc:niger", "LOC", "Niger", "النيجر", xref=q)
    arabic_only = rec("my:niger", "LOC", None, "النيجر", xref=q)

    def rivals(score):
        # the user's record answers its English name only through the romaniser (0.86)
        return lambda name: [("my:nigeria", score), ("my:niger", 0.86)] if name == "Niger" else []

    texts = {n.text for n in plan([arabic_only], [niger], rivals=rivals(0.91)).names}
    assert "Niger" in texts  # "Nigeria" only resembles it
    texts = {n.text for n in plan([arabic_only], [niger], rivals=rivals(0.97)).names}
    assert "Niger" not in texts  # a spelling of the same name: the rival keeps it
    with_english = rec("my:niger", "LOC", "Republic of Niger", "النيجر", xref=q)
    assert plan([with_english], [niger]).names  # identified, inherits without rivals
    assert "Niger" not in {n.text for n in plan([with_english], [niger], rivals=rivals(0.91)).names}


def test_a_record_named_after_the_name_is_no_rival_but_the_users_own_record_counts():
    shipped = rec("loc:jufra", "LOC", "Jufra District", aliases_en=("Jufra",))
    user = rec("my:jufra", "LOC", "Jufra District")

    def rivals(name):
        # the user's own record answers "Jufra" through "Jufra District", a name named after
        # it; the air base is named after it too, and Jafara only resembles it
        return [
            ("my:base", 0.80, "Al Jufra Air Base"),
            ("my:jufra", 0.78, "Jufra District"),
            ("my:jafara", 0.77, "Jafara"),
        ]

    assert "Jufra" in {n.text for n in plan([user], [shipped], rivals=rivals).names}


def test_shipped_duplicates_are_shadowed_when_loaded_too():
    user = rec("my:uk", "LOC", "United Kingdom")
    inh = plan([UK, user], [UK], shipped_loaded=True)
    assert inh.shadowed == ("loc:united-kingdom",)
    assert [r.id for r in inh.apply([UK, user])] == ["my:uk"]
    assert Inheritance.from_json(json.loads(json.dumps(inh.to_json()))) == inh


def test_the_index_with_inherited_names_is_the_index_built_from_scratch():
    user = rec("my:uk", "LOC", "United Kingdom")
    other = rec("my:paris", "LOC", "Paris", "باريس")
    records = (UK, other, user)
    inh = plan(list(records), [UK], shipped_loaded=True)
    matched = inh.apply(records)
    composed = with_inherited(NameIndex.build(records), matched)
    assert composed.to_json() == NameIndex.build(matched).to_json()


# --- through Normalizer.load and the CLI --------------------------------------------------------


@pytest.fixture
def shipped_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(SHIPPED))


@pytest.mark.usefixtures("shipped_defaults")
@pytest.mark.parametrize("use_cache", [True, False])
def test_load_inherits_and_says_so(use_cache):
    nz = Normalizer.load([USER], defaults=False, use_cache=use_cache)
    (best, *_) = nz.match("Britain", explain=True)
    assert best.id == "place:uk" and best.name == "United Kingdom" and best.matched == "Britain"
    assert best.explain["inherited"].startswith("inherited from loc:united-kingdom (curated:")
    assert nz.match("Daesh")[0].id == "group:is"
    assert nz.match("Islamic State of Iraq and Syria", min_score=0.99) == []
    assert nz.match("Khalifa Hifter")[0].id == "person:haftar"
    assert "Haftar" not in nz.by_id["person:haftar"].aliases_en  # a bare surname is not taken
    assert nz.match("Tarabulus", min_score=0.99) == []  # Tripoli has a namesake: no inheritance
    assert nz.match("Sakartvelo", min_score=0.99) == []  # Georgia (US) is not Georgia
    doc = nz.canonicalize("Britain and Daesh.")
    (britain, daesh) = [m for m in doc.mentions if m.id]
    assert britain.id == "place:uk" and britain.canonical == "United Kingdom"
    assert britain.evidence["inherited"].startswith("inherited from loc:united-kingdom")
    assert daesh.id == "group:is" and "inherited" in daesh.evidence


@pytest.mark.usefixtures("shipped_defaults")
def test_the_off_switch_matches_the_records_as_written():
    nz = Normalizer.load([USER], defaults=False, inherit=False)
    assert nz.match("Britain", min_score=0.99) == []
    assert not nz.inheritance and nz.by_id["place:uk"].aliases_en == ()


@pytest.mark.usefixtures("shipped_defaults")
def test_with_the_defaults_the_users_id_wins():
    nz = Normalizer.load([USER], defaults=True)
    assert "loc:united-kingdom" not in nz.by_id  # shadowed by place:uk
    assert "loc:tripoli" in nz.by_id and "loc:georgia" in nz.by_id  # not identified: kept
    assert [c.id for c in nz.match("United Kingdom")][:1] == ["place:uk"]
    assert nz.match("Britain")[0].id == "place:uk"


@pytest.mark.usefixtures("shipped_defaults")
def test_a_warm_load_reads_the_compiled_inheritance(isolated_cache: Path):
    first = Normalizer.load([USER], defaults=False)
    assert list((isolated_cache / "inheritance").glob("*.json"))
    assert len(list((isolated_cache / "match-index").glob("*.json"))) == 1
    again = Normalizer.load([USER], defaults=False)
    assert again.inheritance == first.inheritance and again.records == first.records


@pytest.mark.usefixtures("shipped_defaults")
def test_cli_no_inherit_names():
    args = ["match", "--no-default-gazetteers", "--gazetteer", str(USER), "--format", "jsonl"]
    on = CliRunner().invoke(main, [*args, "--explain", "Britain"])
    assert on.exit_code == 0, on.output
    (best, *_) = json.loads(on.output)["candidates"]
    assert best["id"] == "place:uk" and "inherited" in best["explain"]
    off = CliRunner().invoke(main, [*args, "--no-inherit-names", "--min-score", "0.99", "Britain"])
    assert off.exit_code == 0, off.output
    assert json.loads(off.output)["candidates"] == []


def test_a_record_answering_only_through_its_arabic_name_needs_a_near_exact_rival():
    # the user's Cyrenaica holds برقة but no Latin "Barqa": it reads the shipped alias only
    # across scripts (0.86), below a look-alike village's same-script 0.91 ("Barqawi"), which
    # is no spelling of the name; a near-exact rival (0.97) still keeps it
    q = (("wikidata", "Q5061"),)
    shipped = rec("loc:cyrenaica", "LOC", "Cyrenaica", "برقة", aliases_en=("Barqa",), xref=q)
    user = rec("my:cyrenaica", "LOC", "Cyrenaica", "برقة", xref=q)

    def rivals(score):
        return lambda name: (
            [("my:village", score, "Barqawi"), ("my:cyrenaica", 0.86, "برقة")]
            if name == "Barqa"
            else []
        )

    assert "Barqa" in {n.text for n in plan([user], [shipped], rivals=rivals(0.91)).names}
    assert "Barqa" not in {n.text for n in plan([user], [shipped], rivals=rivals(0.97)).names}
