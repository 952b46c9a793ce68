"""Held-out articles (tests/data/articles/): gold format, the hold-out rule, a quality floor.

Four articles written after the seed (two machine-translated from Arabic, two wire-style; 207
linkable gold mentions, 114 of them not spelled as the entity's canonical name, 15 nil) with a
test gazetteer that holds each entity under one canonical name and no alias, plus ~200
distractors. Measured with ``python -m benchmarks.eval.articles`` (gazetteer only, no
defaults): recall 0.928 (192/207), precision 0.980 (192/196), 2 of 15 nil mentions linked;
without the hard mentions R 0.964, P 0.984. The floors below are those figures minus 0.05,
rounded down to 0.05: they catch a regression, not the remaining misses (listed by the script).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.eval.articles import (  # noqa: E402
    ARTICLES,
    evaluate,
    load_articles,
    load_clusters,
    name_key,
    report,
    total,
)
from normx.gazetteer import load_gazetteers  # noqa: E402

RECALL_FLOOR = 0.85
PRECISION_FLOOR = 0.90
NIL_LINKED_CEILING = 4
SEED_GOLD = next((ROOT / "seeds").glob("000_*.gold.jsonl"))
GAZETTEER = ARTICLES / "gazetteer.yaml"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("articles_build", ARTICLES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_markup_is_stripped_to_offsets() -> None:
    build = _build_module()
    text, mentions = build.strip_markup("In [[Tripoli|tripoli]], [[the Council|pc|hard]] met.")
    assert text == "In Tripoli, the Council met."
    assert mentions == [(3, 10, "Tripoli", "tripoli", False), (12, 23, "the Council", "pc", True)]
    with pytest.raises(ValueError):
        build.strip_markup("a [[broken|x y]] mark")


def test_articles_and_gold_are_built_from_the_marked_up_sources() -> None:
    files = _build_module().built_articles()
    assert len(files) == 8
    for path, content in files.items():
        assert path.read_text(encoding="utf-8") == content, f"stale: run {ARTICLES}/build.py"


def test_gold_has_the_seed_format_and_exact_offsets() -> None:
    seed_keys = list(json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0]))
    clusters = load_clusters()
    for txt in sorted(ARTICLES.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = txt.with_suffix(".gold.jsonl").read_text(encoding="utf-8")
        rows = [json.loads(x) for x in gold.splitlines() if x]
        assert rows
        previous_end = 0
        for row in rows:
            assert list(row) == seed_keys
            assert text[row["start"] : row["end"]] == row["text"], row
            assert row["start"] >= previous_end, row  # sorted, no overlaps
            previous_end = row["end"]
            assert row["nil"] == (clusters[row["cluster"]] is None)
            assert row["type"] in ("PER", "ORG", "LOC")


def test_articles_have_the_asked_shape() -> None:
    articles = load_articles()
    assert len(articles) == 4
    for a in articles:
        assert 300 <= len(a.text.split()) <= 600, a.name
        nil_names = {g.cluster for g in a.gold if g.nil}
        assert 3 <= len(nil_names) <= 6, a.name
    assert sum(g.hard for a in articles for g in a.gold) >= 5


def test_holdout_no_article_spelling_is_a_gazetteer_alias() -> None:
    articles = load_articles()
    spellings = {name_key(g.text) for a in articles for g in a.gold}
    nil_spellings = {name_key(g.text) for a in articles for g in a.gold if g.nil}
    records = load_gazetteers([GAZETTEER], defaults=False, use_cache=False).records
    by_id = {r.id: r for r in records}
    for cluster, entity in load_clusters().items():
        if entity is not None:
            record = by_id[entity[0]]
            assert record.name_en == entity[1], cluster
            assert not record.aliases_en and not record.aliases_ar, cluster
    for r in records:
        planted = {name_key(n) for n in r.aliases_en} & spellings
        assert not planted, (r.id, planted)
        assert name_key(r.name_en or "") not in nil_spellings, r.id
    assert len(records) - sum(e is not None for e in load_clusters().values()) >= 150


def test_quality_floor() -> None:
    scores = evaluate()
    overall = total(scores)
    text = "\n".join(report(s) for s in scores)
    assert overall.recall >= RECALL_FLOOR, text
    assert overall.precision >= PRECISION_FLOOR, text
    assert overall.nil_linked <= NIL_LINKED_CEILING, text


# The later sets (each folder's README says how it was made; benchmarks/README.md gives their
# first-run figures): floors at the figures measured on branch h-resolve (session 4) minus
# ~0.03, rounded down, so that a change that loses what these sets prompted fails here.
LATER_SETS = {
    # folder: (recall floor, precision floor, nil-linked ceiling); now R / P / nil linked
    # fresh and v5 raised in session 5 (branch h-canonacc) by the same rule
    "articles-fresh": (0.95, 0.97, 1),  # 0.980 / 1.000 / 0 of 7
    "articles-v3": (0.89, 0.96, 1),  # 0.925 / 0.995 / 0 of 13
    # first run (sealed until then) 0.896 / 0.935 / 4 of 26
    "articles-v4": (0.90, 0.94, 1),  # 0.938 / 0.995 / 0 of 26 (0.978 before h-v6fix)
    # first run (sealed until then, session 4, bebcddc) 0.928 / 0.959 / 1 of 19
    "articles-v5": (0.92, 0.97, 1),  # 0.957 / 1.000 / 0 of 19
    # first run (sealed, session 5, main 6d16512) 0.924 / 0.964 / 2 of 21
    "articles-v6": (0.92, 0.96, 2),  # 0.952 / 0.989 / 1 of 21 (branch h-v6fix)
    # first run (sealed, session 6, main 2422b34) 0.910 / 0.962 / 3 of 35 (0.911 / 0.970 with
    # the writer's three unmarked full names marked)
    "articles-v7": (0.92, 0.97, 2),  # 0.975 / 0.985 / 2 of 35 (a place before a head)
    # first run (sealed, session 6, main 8109908) 0.914 / 0.969 / 3 of 39
    "articles-v8": (0.89, 0.95, 4),  # 0.923 / 0.975 / 3 of 39 (a place before a head)
    # first run (sealed, session 7, main c535ea9) 0.878 / 0.937 / 4 of 29
    # first run (sealed, session 7, main 9a96ae0) 0.934 / 0.962 / 3 of 21
    "articles-v10": (0.93, 0.95, 3),  # 0.969 / 0.984 / 1 of 21 (h-v10per, h-v10body; 3 more gold)
    "articles-v9": (0.90, 0.95, 2),  # 0.935 / 0.987 / 1 of 29 (branch h-v9misc)
    # first run (sealed, session 8, main 30e3785) 0.936 / 0.945 / 8 of 44
    "articles-v11": (0.94, 0.96, 2),  # 0.968 / 0.981 / 1 of 44 (h-v11per, h-v11loc; 1 more gold)
    # first run (sealed, session 9, main 5f47dc4) 0.891 / 0.962 / 3 of 36
    # raised in session 30 (h-v39fix: a federation or cup said without its sport) from
    # (0.90, 0.95, 3)
    "articles-v12": (0.93, 0.95, 3),  # 0.968 / 0.985 / 2 of 36 (session 30)
    # first run (sealed, session 10, main 55eec4e) 0.910 / 0.935 / 4 of 28
    "articles-v13": (0.94, 0.96, 3),  # 0.971 / 0.982 / 2 of 28 (h-body10, h-fr10, h-word10)
    # first run (sealed, session 11, main dccf4d6) 0.816 / 0.900 / 4 of 27
    # session 24: four Awqaf mentions regolded to the eastern body (nil; README), its links undone
    "articles-v14": (0.90, 0.95, 3),  # 0.954 / 0.986 / 2 of 31 (session 24)
    # sealed through session 11: 0.886 / 0.938 / 1 of 24 on dccf4d6 (the session's start),
    # first run after the session's merges (b171b3c) 0.893 / 0.939 / 1 of 24
    "articles-v15": (0.91, 0.95, 2),  # 0.948 / 0.982 / 1 of 24 (session 13: inst13, fr13, for13)
    # sealed through session 12: first run (main 373804c) 0.821 / 0.922 / 2 of 40; after the
    # session's merges (afe7b22) 0.828 / 0.926 / 1 of 40
    # 7 gold omissions marked in session 13 (0.835 / 0.952 on 0dc3ed2)
    # raised in session 30 (h-v39fix: a federation said without its sport) from (0.90, 0.95, 2)
    "articles-v16": (0.94, 0.95, 2),  # 0.971 / 0.987 / 1 of 40 (session 30)
    # sealed through session 11; first run (session 12, main 373804c) 0.863 / 0.866 / 2 of 39;
    # 0.868 / 0.908 after 12 gold omissions were marked (h-v17fix)
    # session 14: peoples made gold (4 mentions, v19's convention)
    "articles-v17": (0.93, 0.95, 3),  # 0.960 / 0.983 / 2 of 39 (session 14: command14)
    # sealed until session 13: first run (0dc3ed2's code) 0.867 / 0.926 / 3 of 36; 0.869 /
    # 0.938 after 4 gold omissions were marked (h-v18fix)
    "articles-v18": (0.93, 0.95, 2),  # 0.962 / 0.986 / 1 of 36 (session 14: command14)
    # sealed through session 13: first run (0dc3ed2's code) 0.836 / 0.936 / 1 of 56; after the
    # session's merges (9d85d2d) 0.846 / 0.939 / 2 of 56
    "articles-v19": (0.95, 0.95, 3),  # 0.982 / 0.989 / 0 of 56 (session 14: v19peoples,
    # command14, v19names; session 15: v20rest15)
    # sealed until session 14: first run (7c7d935's code) 0.852 / 0.861 / 14 of 63; 0.864 /
    # 0.899 / 15 of 64 after gold omissions were marked (h-v20fix)
    "articles-v20": (0.91, 0.96, 3),  # 0.939 / 0.997 / 0 of 64 (session 15: v20rest15)
    # sealed through session 14: first run (7c7d935's code) 0.916 / 0.944 / 5 of 34; after the
    # session's merges (667e140) 0.919 / 0.948 / 5 of 34; one possessive 'Libya' marked (h-v21fix)
    # then a holding company said short linked to its full name (session 30, h-v43fix)
    "articles-v21": (0.97, 0.97, 2),  # 0.985 / 0.982 / 1 of 34 (session 30: h-v43fix)
    # sealed until session 15: first run (339c438's code) 0.890 / 0.903 / 6 of 35; 0.895 /
    # 0.938 / 6 of 35 after 12 gold omissions were marked (headlines, datelines, AP/AFP; h-v23fix)
    "articles-v23": (0.90, 0.95, 5),  # 0.933 / 0.982 / 2 of 35 (h-v23fix)
    # sealed through session 15: first run (339c438's code) 0.915 / 0.903 / 7 of 50; 0.934 /
    # 0.937 / 6 of 49 after 8 gold omissions were marked and 2 mentions re-marked (h-v22fix)
    "articles-v22": (0.94, 0.95, 5),  # 0.977 / 0.987 / 3 of 49 (h-v22fix)
    # sealed until session 16: first run (236d17a's code) 0.947 / 0.978 / 0 of 24 (+40k 0.947 /
    # 0.965 / 3 of 24); no gold changed (h-v24fix)
    "articles-v24": (0.96, 0.97, 2),  # 0.991 / 0.997 / 0 of 24 (session 16: h-v24fix)
    # sealed through session 16: first run (236d17a's code) 0.933 / 0.961 / 1 of 24 (+40k 0.893 /
    # 0.925); after the session's merges (df16cf9) 0.933 / 0.964 / 1 of 24; opened in session 17
    "articles-v25": (0.92, 0.94, 2),  # 0.951 / 0.973 / 1 of 24 (session 17: h-v25fix)
    # sealed until session 17: first run (9a29b22's code) 0.966 / 0.983 / 0 of 29 (+40k 0.955 /
    # 0.986); 0.966 / 0.986 after one gold omission was marked ("the elections commission")
    "articles-v26": (0.95, 0.96, 2),  # 0.986 / 0.997 / 0 of 29 (session 17: h-v26fix)
    # sealed through session 17: first run (9a29b22's code) 0.898 / 0.957 / 2 of 26; the same
    # after the session's merges; session 18 (h-v27fix): two gold corrections (324 linkable;
    # main 0c606cc 0.907 / 0.961), then site_of and lone_modifier
    "articles-v27": (0.93, 0.95, 3),  # 0.960 / 0.987 / 2 of 26 (session 18: h-v27fix)
    # sealed until session 18: first run (9c0e9ac's code) 0.898 / 0.983 / 2 of 35 (+40k 0.910 /
    # 0.955); 0.904 / 0.987 after one gold correction ("U.N. mission in Libya" is UNSMIL)
    "articles-v29": (0.92, 0.96, 2),  # 0.950 / 0.997 / 1 of 35 (session 18: h-v29fix)
    # sealed through session 18: first run (9c0e9ac's code) 0.955 / 0.969 / 0 of 25 (+40k 0.939 /
    # 0.966); 0.961 / 0.969 after the session's merges (main 8d071f2); session 19 (h-v28fix19):
    # one gold correction ("Parliament of Tobrouk" is the HoR, as v20's; 357 linkable; main
    # 2a2b874 0.964 / 0.972), then gloss_head, relative_by_given and official_country
    "articles-v28": (0.95, 0.96, 2),  # 0.980 / 0.994 / 0 of 25 (session 19: h-v28fix19)
    # sealed until session 19: first run (2a2b874's code) 0.873 / 0.978 / 0 of 28 (+40k 0.870 /
    # 0.967); 0.877 / 0.989 after four gold corrections (h-v30fix19, its README); 0.939 / 0.990
    # after the session's merges
    "articles-v30": (0.90, 0.96, 1),  # 0.932 / 0.993 / 0 of 28 (session 19: h-v30fix19)
    # sealed through session 19: first run (2a2b874's code) 0.947 / 0.988 / 1 of 28 (+40k 0.944 /
    # 0.964); after the session's merges (floors against losing it before it is opened)
    "articles-v31": (0.93, 0.96, 2),  # 0.959 / 0.988 / 1 of 28 (lead-merge 5490d65, session 19)
    # sealed until session 20: first run (732deab's code) 0.920 / 0.960 / 3 of 37 (+40k 0.920 /
    # 0.951); 0.929 / 0.967 after two gold corrections ("U.N. mission in Libya", "United Nations
    # mission" are UNSMIL; 312 linkable), then classifier_head, classified_name, street_of,
    # place_named_first, the airport-of and in-place rules, gloss words (h-v32fix20)
    "articles-v32": (0.94, 0.96, 1),  # 0.968 / 0.997 / 0 of 37 (session 20: h-v32fix20)
    # sealed through session 20 (the south / Fezzan 2022-2025): first run (732deab's code)
    # 0.936 / 0.968 / 2 of 29 (+40k 0.916 / 0.951); the same after all of session 20's merges;
    # then coref_key_floor and given_name_place (h-v33fix20)
    "articles-v33": (0.90, 0.94, 3),  # 0.936 / 0.977 / 1 of 29 (session 20: h-v33fix20)
    # sealed until session 21 (municipal services 2024-2025): first run (main 24953c5, code
    # dd4d1c4) 0.933 / 0.966 / 3 of 36 (+40k 0.930 / 0.958); gold unchanged; then eponym_head,
    # place_slot_org, compass_place, indefinite demonym phrases, name_tail_place's lower-case
    # article, partitive kin nouns, gloss words "local rule" and "audit court", head_synonym
    "articles-v35": (0.93, 0.96, 2),  # 0.956 / 0.992 / 0 of 36 (session 21: h-v35fix21)
    # sealed until session 21's final measure (banking and fintech 2019-2025): final run
    # (e83a542) 0.943 / 0.979 / 1 of 30 (+40k 0.939 / 0.975); gold: 3405's dateline split into
    # city and country; then noun_rivals, head_modifier, French "commerciale" (h-v34fix21)
    "articles-v34": (0.92, 0.96, 2),  # 0.949 / 0.993 / 1 of 30 (session 21: h-v34fix21)
    # sealed until session 22 (Ras Ajdir / Wazin crossings, Tunisia-Libya trade 2024-2025):
    # first run (main 411636b, code 3cc4071) 0.897 / 0.928 / 4 of 55 (+40k 0.890 / 0.924); gold
    # unchanged; then unit_of, nisba, unknown_body_seat, capital_country (h-v37fix22), French
    # gloss words and acronyms (h-frgloss22)
    # raised in session 30 (h-v39fix: "the Medenine province" is the governorate) from (0.91,
    # 0.94, 4); now at issue 4's goal
    "articles-v37": (0.92, 0.94, 4),  # 0.950 / 0.976 / 3 of 55 (session 30: h-v39fix)
    # sealed until session 22's final measure (civil aviation 2023-2025): first and sealed final
    # run 0.894 / 0.959 / 2 of 50 (+40k 0.869 / 0.931); gold: 3601's "Government" marked (313
    # linkable); then spaced_compound, model_of, company words, French aviation words (h-v36fix22,
    # h-frgloss22)
    "articles-v36": (0.90, 0.94, 3),  # 0.930 / 0.977 / 2 of 50 (s. 22: h-v36fix22, h-frgloss22)
    # sealed through session 23's merges (Libya's health sector 2023-2025): first run (main
    # 2e24645, code b1a2474) 0.933 / 0.952 / 5 of 51 (+40k 0.923 / 0.929); sealed final 0.936 /
    # 0.952; gold unchanged; then the eastern ministry by its region words, French hospital
    # names, "its own", UNICEF spelled out (h-v38fix23)
    "articles-v38": (0.92, 0.95, 3),  # 0.953 / 0.986 / 1 of 51 (session 23: h-v38fix23)
    # opened after its first run in session 23 (Libyan football 2023-2025): first run (main
    # 2e24645, code b1a2474) 0.717 / 0.851 / 1 of 63 (+40k 0.690 / 0.820); gold unchanged; then
    # club namesakes placed by the document, sport bodies, stadiums, club + city (h-v39fix23,
    # h-v39b23). Far under the goal: floors against losing what was won, not a target
    # raised in session 24 (h-v39c24: a club's country and town, competition or body, French
    # competition names; h-v42fix24's cabinet rule +2)
    # raised in session 30 (h-v39fix: bodies said without their sport, "national team",
    # doubled long vowels) from (0.81, 0.95, 3)
    "articles-v39": (0.84, 0.95, 3),  # 0.873 / 0.981 / 0 of 63 (session 30: h-v39fix)
    # written sealed in session 24 (courts and justice): first run (main eb36e7c's code) 0.939 /
    # 0.940 / 11 of 55; sealed measure after the session's merges 0.943 / 0.940 (one mention
    # more); one gold fix (Baghdadi al-Mahmoudi is the gazetteer's OFAC record); then French
    # compass words, court vs chamber, court scope (h-v40fix24)
    "articles-v40": (0.92, 0.95, 5),  # 0.946 / 0.977 / 3 of 54 (session 24: h-v40fix24)
    # written sealed in session 24 (religious affairs), opened after its first run (main eb36e7c's
    # code): 0.863 / 0.891 / 6 of 70 (+40k 0.842 / 0.880); gold unchanged; then the Arabic-only
    # Awqaf body by its first conjunct, Saudi bodies, mosques, months (h-v41fix24). Under the
    # goal; 6 of its wrong links are the eastern Awqaf body (nil here, linked in articles-v14)
    # then the Hajj ministry spelled whole across "and", the Ministry of Interior after the
    # Attorney General (session 30, h-v43fix)
    "articles-v41": (0.92, 0.96, 3),  # 0.935 / 0.971 / 2 of 70 (session 30: h-v43fix)
    # a development set of session 24 (higher education), opened at its first run (main
    # eb36e7c's code): 0.870 / 0.962 / 0 of 62; then foreign namesake ministries ranked lower,
    # exam words, eponym universities (h-v42fix24)
    "articles-v42": (0.93, 0.96, 5),  # 0.951 / 0.978 / 3 of 62 (session 24: h-v42fix24)
    # written sealed in session 25 (business and companies), opened after its first run (main
    # dc58e16, code fcde9c9): 0.885 / 0.910 / 7 of 67 (+40k 0.871 / 0.907); one gold fix (Turkey
    # before a possessive, 365 -> 366 linkable); then kind-only spans no antecedents, acronym
    # letter counts, "of <place>" no surname (h-v43fix25), nil chambers of a town (h-v45fix25)
    # then LPTIC said short ("the Holding") and its organ cut off, "&" read as "and" (h-v43fix)
    "articles-v43": (0.92, 0.97, 2),  # 0.932 / 0.986 / 0 of 67 (session 30: h-v43fix)
    # written sealed in session 25 (media and the press): first run (main dc58e16, code fcde9c9)
    # 0.922 / 0.930 / 12 of 74 (+40k 0.919 / 0.930); sealed measure after the session's merges
    # 0.925 / 0.930 (one mention more); one gold fix (4405's parenthesised acronyms, 360 -> 364);
    # then French sentence openers, a place after a media noun, kind-qualified bodies
    # (h-v44fix25); raised in session 26: the eastern twin agencies by seat city or owner, "218"
    # and "X" as names (h-eastern26), French demonyms as people (h-demonyms26), one more gold
    # fix ("soutenu par le Parlement", 364 -> 365, h-v48fix26)
    "articles-v44": (0.92, 0.96, 3),  # 0.945 / 0.991 / 1 of 74 (session 26)
    # a development set of session 25 (tribes and reconciliation), opened at its first run (main
    # dc58e16): 0.968 / 0.992 / 3 of 65; two portfolio marks regolded (the convention of v12,
    # v17, v42: 373 -> 371); then nil bodies of a place, French tribal bodies (h-v45fix25)
    "articles-v45": (0.96, 0.97, 3),  # 0.995 / 1.000 / 0 of 65 (session 25)
    # written sealed in session 26 (agriculture, water and food), opened after its first run
    # (main 56fabbc): 0.906 / 0.940 / 6 of 70 (+40k 0.900 / 0.934); then agriculture and food
    # gloss words, a name cut before its translated object, a tied place in a place's slot,
    # translated datelines, owner acronyms and French organ names (h-v47fix26)
    "articles-v47": (0.94, 0.97, 3),  # 0.967 / 0.986 / 1 of 70 (session 26: h-v47fix26)
    # a development set of session 26 (labour, the civil service and state oversight), opened
    # at its first run (main 56fabbc): 0.928 / 0.974 / 3 of 60; then the Social Security Fund's
    # gloss, French "L'", "la Caisse", "le Parlement", the minister named by surname, the bare
    # "U.N. mission", a body then a member's name (h-v48fix26)
    "articles-v48": (0.97, 0.97, 4),  # 0.991 / 0.985 / 3 of 60 (session 26)
    # written sealed in session 26 (security and intelligence services): first run 0.949 /
    # 0.969 / 6 of 80; sealed measures after sessions 26 and 28: 0.949 / 0.971 / 4 of 80;
    # opened at the end of session 28; then its gold made to follow the older sets ("the prison
    # of Mitiga" nil, "UN mission" UNSMIL: 392 -> 386 linkable), a title before a body's whole
    # name, the criminal investigation gloss, distinct given names (h-v46fix28)
    "articles-v46": (0.95, 0.97, 3),  # 0.974 / 0.982 / 2 of 87 (session 28: h-v46fix28)
    # a development set of session 28 (electricity and telecoms), opened at its first run (main
    # 8e7ef1a): 0.903 / 0.931 / 3 of 60; then a town's compass word naming its plant, common
    # words read as look-alikes or short names (Gate, Mobile, Electricity, Korean, E&C), energy
    # and French gloss words, "Al-Madar" said short, "Energy and Turkey", a comma name (h-v50fix28)
    # then LPTIC's short form "the Holding Company of the Communications" (session 30, h-v43fix)
    "articles-v50": (0.94, 0.97, 3),  # 0.953 / 0.985 / 2 of 60 (session 30: h-v43fix)
    # sealed in session 28 (transport), measured sealed at its first run (0.909 / 0.974), after
    # session 28's merges and again at the start of session 29 (main efbecc2), then opened;
    # then "Company of X" (the firm's kind unsaid, its own word), airline and French transport
    # gloss words, French exonyms with "du", long MT names (CRCC, EASA), the eastern LANA;
    # "United Nations mission in Libya" regolded as UNSMIL and "of the type Airbus" unmarked,
    # the sets' conventions (372 -> 370 linkable) (h-v49fix)
    "articles-v49": (0.96, 0.98, 1),  # 0.978 / 0.992 / 0 of 66 (session 30: h-v49fix)
    # a development set of session 30 (civil registry, passports, residency, consulates), opened
    # at its first run (main ca5468e's code): the floor holds what it gives on first sight.
    "articles-v51": (0.97, 0.97, 3),  # 0.983 / 0.983 / 3 of 63 (session 30: h-v51fix)
    # sealed in session 30 (environment and natural heritage), measured sealed at its first
    # run (0.861 / 0.966) and after session 30's merges (main 0533bdf: 0.866 / 0.963 / 3 of
    # 68), opened in session 32; one gold fix (5205's all-caps subhead "CYRENE" marked, 359 ->
    # 360 linkable); then environment, marine, heritage and programme gloss words and their
    # French, "apparatus" an unsaid kind, a field word before its ministry, "the port of Al-X"
    # the town (h-v52fix)
    "articles-v52": (0.95, 0.97, 4),  # 0.961 / 0.983 / 3 of 68 (session 32: h-v52fix)
    # written blind and sealed in session 32 (social affairs and welfare), measured sealed five
    # times (last lead34: 0.967 / 0.968 / 3 of 64), opened in session 34; no gold fix; then
    # UNICEF's MT names "... for the Childhood", "-ees" plurals no look-alikes ("Retirees" ~
    # Reuters), French "Les Libyens" a people, "Affaires sociales" glossed (not after "ministre
    # des"), "the House" after an unknown "House of ..." (h-v53)
    "articles-v53": (0.96, 0.97, 3),  # 0.979 / 0.985 / 2 of 64 (session 34: h-v53)
    # written blind and sealed in session 32 (public finance, customs and tax), measured sealed
    # after session 32's merges (0.926 / 0.972 / 4 of 59), opened in session 33; no gold fix;
    # then tax, money, marketing and panel gloss words, "Tax Department" (مصلحة), "the U.N.
    # Security Council", "to the Attorney General" the office, AFP's "Bureau d'audit" and
    # "des Finances du GUN", "Sur la route", "Bin X" repeating an unknown "Y Bin X" (h-v54)
    "articles-v54": (0.97, 0.97, 4),  # 0.979 / 0.982 / 3 of 59 (session 33: h-v54)
    # written blind and sealed in session 33 (the Amazigh, Tebu and Tuareg of Libya), measured
    # sealed three times (last main 92c9f17: 0.951 / 0.968 / 5 of 64), opened in session 34; no
    # gold fix, one duplicate distractor of the NCHR dropped (511 -> 510 records); then coref
    # links whose antecedent ended an unknown body's unlinked name fall, an "Al-X" nisba after a
    # stranger's full name is the stranger, "Embassy of <country> in <seat>" with a shipped
    # country the gazetteer lacks (h-v55)
    "articles-v55": (0.94, 0.97, 3),  # 0.954 / 0.985 / 2 of 64 (session 34: h-v55)
    # written blind and sealed in session 34 (missing persons, mass graves, prisons and
    # transitional justice), measured sealed (main 457029c: 0.896 / 0.930 / 5 of 56), opened in
    # session 35; two distractors that were the set's own entities dropped (the NCHR twice, the
    # nil Rome Court of Appeal); then a query spelling only a name's parenthesis that is another
    # record's name ("Court of the Criminal International" is not the ICC prosecutor's office),
    # "missing persons", "association", "victims" and "body" (MT's هيئة) gloss words (h-v56)
    "articles-v56": (0.95, 0.95, 5),  # 0.961 / 0.965 / 4 of 56 (session 35: h-v56)
    # written blind and sealed in session 35 (the military and security track, 2020-2025),
    # measured sealed (main 457029c: 0.946 / 0.944 / 4 of 66; lead35: 0.951 / 0.949 / 4), opened
    # in session 35; then a name said in the Arabic order ("Corps of Africa" for the Africa
    # Corps), "region" and "college" seated heads, and an unlinked generic body before "in" and
    # a town as one unknown name ("the Military College in Binghazi") (h-v57)
    "articles-v57": (0.94, 0.96, 2),  # 0.951 / 0.971 / 1 of 66 (session 35: h-v57)
    # written blind and sealed in session 35 (antiquities, museums and cultural heritage,
    # 2020-2025), measured sealed (main 75cc5cd0: 0.901 / 0.949 / 3 of 53), opened in session 36;
    # then era adjectives as demonyms ("the Ottoman era"), UNESCO's word-for-word Arabic name
    # joined across "and the", a transliterated name with a translated epithet ("Labda the
    # Great"), "the Government of the Libyan Stability" as the eastern government (h-v58)
    "articles-v58": (0.92, 0.96, 3),  # 0.933 / 0.968 / 2 of 53 (session 36: h-v58)
    # articles-v59 (the health sector, 2020-2025) is sealed: not here until it is opened
}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_sets_quality_floor(name: str) -> None:
    folder = ARTICLES.parent / name
    recall, precision, nil_ceiling = LATER_SETS[name]
    scores = evaluate(folder / "gazetteer.yaml", folder)
    overall = total(scores)
    text = "\n".join(report(s) for s in scores)
    assert overall.recall >= recall, text
    assert overall.precision >= precision, text
    assert overall.nil_linked <= nil_ceiling, text
