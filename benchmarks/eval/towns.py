"""Town evaluation sets: alternate Latin names of Libyan places against place gazetteers.

towns-libya
    Gazetteer: one record per OSM place node in Libya, canonical ``name:en`` (else a Latin
    ``name``/``int_name``/``name:fr``...) plus ``name:ar``.  Queries: every other Latin-script name
    the node carries (``alt_name*``, ``old_name*``, ``int_name``, ``official_name``, ``name:<lang>``
    for French, Italian, German, Spanish, Latin, Turkish...) that differs (case/accent-folded) from
    the canonical, plus ANETAC LOCATION English tokens whose Arabic equals the Arabic name of
    exactly one Libyan place (ANETAC: evaluation only, never shipped).
towns-arab
    The same queries against Libya's places plus distractor places "of the Arab world", with no
    hint of the country.  There is no GeoNames here, so the distractors are assembled from what the
    data folder holds:
      * ANETAC LOCATION entries (evaluation only) and Google transliteration tokens whose Arabic is
        of Arabic origin (``textkeys.arabic_origin``) and whose Latin plausibly renders it, one
        place per Arabic spelling, its other Latin spellings as aliases;
      * synthetic compound place names made of a typical prefix (Bir, Wadi, Ras, Ain, Qasr, Sidi,
        Kafr, Tell, Deir, Beni, Hassi, Khirbet, Al) and such a token, in Latin and Arabic.
    A distractor is dropped when its Arabic equals a Libyan place's Arabic name or one of its Latin
    names equals a Libyan name or query, so every query stays answerable and held out.
    Limits: the tokens are not all towns (Google's pairs are any Wikipedia name; ANETAC's
    LOCATION class is noisy and world-wide) and the Arab-origin filter is a heuristic; real
    GeoNames would hold ~10x more places with far more near-homonyms, so this set is easier than
    "all the towns of the Arab world" and its figure is an upper bound.  OSM, the airports list
    and the ISO list hold only Libya, so they cannot provide foreign distractors.
towns-xscript
    Libya's places holding ONLY their Arabic names; queries are all Latin names (the canonical
    English name included).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

from benchmarks.eval import sources
from benchmarks.eval.setio import EvalSet, Query, clean, hold_out, record
from benchmarks.eval.textkeys import (
    arabic_origin,
    fold,
    has_arabic,
    name_key,
    norm_arabic,
    plain_arabic,
    romanisation_plausible,
)

_CANONICAL_KEYS = ("name:en", "name", "int_name", "name:fr", "name:it", "name:de")
_PREFIXES = (
    (("Bir", "Bi'r", "Beer"), "بئر"),
    (("Wadi", "Oued", "Ouadi"), "وادي"),
    (("Ras", "Ra's"), "رأس"),
    (("Ain", "Ayn", "Ein"), "عين"),
    (("Qasr", "Ksar", "Gasr"), "قصر"),
    (("Sidi",), "سيدي"),
    (("Kafr", "Kfar"), "كفر"),
    (("Tell", "Tall"), "تل"),
    (("Deir", "Dayr"), "دير"),
    (("Beni", "Bani"), "بني"),
    (("Hassi",), "حاسي"),
    (("Khirbet", "Khirbat"), "خربة"),
)
N_COMPOUNDS = 10_000


_KIND_LANGS = frozenset({"en", "fr", "it", "de", "es", "la"})


def _query_kind(key: str) -> str:
    """Where a query came from, coarse enough to read: osm-name:fr, osm-alt_name, osm-old_name."""
    head = key.split(":")[0]
    if head != "name":
        return "osm-" + re.sub(r"[\d_]+$", "", head)
    if ":" not in key:
        return "osm-name"
    lang = key.split(":")[1]
    return "osm-name:" + (lang if lang in _KIND_LANGS else "other")


def _canonical(place: sources.Place) -> str:
    if place.name_en:
        return place.name_en
    by_key = dict(place.latin_names)
    return next((by_key[k] for k in _CANONICAL_KEYS if k in by_key), "")


def libya_places(data: Path) -> list[tuple[sources.Place, str, list[Query]]]:
    """(place, canonical Latin name, candidate queries) for every OSM place with a name."""
    places = [p for p in sources.read_osm_places(data) if p.name_en or p.name_ar or p.latin_names]
    out = []
    by_arabic: dict[str, set[str]] = defaultdict(set)
    for p in places:
        for ar in (p.name_ar, *p.arabic_names):
            if ar:
                by_arabic[norm_arabic(ar)].add(p.osm_id)
    anetac: dict[str, list[str]] = defaultdict(list)
    for pair in sources.read_anetac(data, "LOCATION"):
        owners = by_arabic.get(norm_arabic(pair.arabic), set())
        if len(owners) == 1:
            anetac[next(iter(owners))].append(pair.latin)
    for p in places:
        canon = _canonical(p)
        rid = f"osm:{p.osm_id}"
        qs = [Query(v, rid, _query_kind(k)) for k, v in p.latin_names if fold(v) != fold(canon)]
        qs += [Query(v, rid, "anetac") for v in anetac.get(p.osm_id, []) if fold(v) != fold(canon)]
        out.append((p, canon, qs))
    return out


def arab_world_distractors(
    data: Path, rng: random.Random, n_compounds: int = N_COMPOUNDS
) -> list[tuple[str, list[str], str]]:
    """(canonical Latin, other Latin spellings, Arabic) for the towns-arab distractor places."""
    table: dict[str, dict[str, None]] = defaultdict(dict)
    shown: dict[str, str] = {}
    pairs = sources.read_anetac(data, "LOCATION") + sources.read_google_translit(data)
    for pair in pairs:
        latin = pair.latin.strip()
        if not plain_arabic(pair.arabic) or len(latin) < 3 or not latin.replace("'", "").isalpha():
            continue
        if not romanisation_plausible(latin, pair.arabic):
            continue
        key = norm_arabic(pair.arabic)
        shown.setdefault(key, pair.arabic)
        latin = latin[:1].upper() + latin[1:]
        if fold(latin) not in {fold(x) for x in table[key]}:
            table[key][latin] = None
    out = []
    for key in sorted(table):
        latins = list(table[key])
        if arabic_origin(key, tuple(latins)):
            out.append((latins[0], latins[1:], shown[key]))
    bases = [
        (lat, ar) for lat, _, ar in out if " " not in ar and not norm_arabic(ar).startswith("ال")
    ]
    seen = {norm_arabic(ar) for _, _, ar in out}
    added = 0
    for _ in range(n_compounds * 3):
        if added >= n_compounds or not bases:
            break
        latins, ar_prefix = rng.choice(_PREFIXES)
        lat, ar = rng.choice(bases)
        compound_ar = f"{ar_prefix} {ar}"
        if norm_arabic(compound_ar) in seen:
            continue
        seen.add(norm_arabic(compound_ar))
        added += 1
        out.append((f"{rng.choice(latins)} {lat}", [], compound_ar))
    return out


def build_town_sets(data: Path, seed: int = 17) -> list[EvalSet]:
    """towns-libya, towns-arab and towns-xscript."""
    rng = random.Random(seed)
    libya = libya_places(data)
    records = [
        record(
            f"osm:{p.osm_id}", "LOC", canon or None, p.name_ar or None, "OSM", wikidata=p.wikidata
        )
        for p, canon, _ in libya
        if canon or p.name_ar
    ]
    queries = [q for _, _, qs in libya for q in qs]
    towns_libya = hold_out("towns-libya", records, queries)

    libya_latin = {fold(q.text) for q in towns_libya.queries}
    libya_latin |= {fold(c) for _, c, _ in libya if c}
    libya_keys = {name_key(x) for x in libya_latin}
    libya_arabic = {norm_arabic(a) for p, _, _ in libya for a in (p.name_ar, *p.arabic_names) if a}
    distractors = []
    for i, (canon, others, ar) in enumerate(arab_world_distractors(data, rng)):
        names = [canon, *others]
        if norm_arabic(ar) in libya_arabic:
            continue
        if any(fold(x) in libya_latin or name_key(x) in libya_keys for x in names):
            continue
        rec = record(f"dis:loc:{i:05d}", "LOC", canon, ar, "eval distractor")
        others = [
            x for x in dict.fromkeys(clean(o) for o in others) if x and x != rec["name"]["en"]
        ]
        if others:
            rec["aliases"] = {"en": others}
        distractors.append(rec)
    towns_arab = hold_out("towns-arab", records + distractors, towns_libya.queries)
    towns_arab.stats["distractors"] = len(distractors)

    x_records = [
        record(f"osm:{p.osm_id}", "LOC", None, p.name_ar, "OSM", wikidata=p.wikidata)
        for p, _, _ in libya
        if p.name_ar and has_arabic(p.name_ar)
    ]
    x_queries = [Query(c, f"osm:{p.osm_id}", "canonical-latin") for p, c, _ in libya if c]
    x_queries += queries
    towns_x = hold_out("towns-xscript", x_records, x_queries)
    return [towns_libya, towns_arab, towns_x]
