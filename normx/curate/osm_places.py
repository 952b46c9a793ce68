"""Populated places of Libya from an OpenStreetMap Overpass export (ODbL).

Source: ``osm-libya-places/osm_libya_places_overpass.json`` (OSM base 2025-06-03), every node
tagged ``place`` = city/town/village/hamlet. OSM's ``name`` is usually Arabic script and its
``name:en`` is often a BGN-style romanisation (Surt, Darnah), so names are classified by script,
never by tag, and the best-known cities get the English form reference works use (see
:data:`CANONICAL_EN`), the OSM form kept as an alias.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from normx.curate.names import (
    clean,
    fix_case,
    is_arabic,
    is_latin,
    slugify,
    split_parenthesis,
    split_scripts,
)
from normx.curate.records import RecordDict, make_record, merge_into
from normx.text.resources import word_list

RELATIVE_PATH = Path("osm-libya-places/osm_libya_places_overpass.json")
PLACE_KINDS: tuple[str, ...] = ("city", "town", "village", "hamlet")
_PLACE_RANK = {kind: i for i, kind in enumerate(PLACE_KINDS)}

# Latin-script languages whose OSM names are exonyms English-language text meets (French and
# Italian forms in older and Maghreb sources, Turkish in Turkish sources); others are left out.
LATIN_NAME_LANGS: tuple[str, ...] = ("fr", "it", "de", "es", "pt", "nl", "tr")

# English names used by English-language reference works (Wikipedia article titles) where OSM's
# name:en is a transliteration or another form. Keyed by OSM node id; curated by hand.
CANONICAL_EN: dict[int, str] = {
    277399530: "Zawiya",  # OSM: Al Zawiyah
    288493021: "Derna",  # OSM: Darnah
    277399662: "Zuwara",  # OSM: Zuara
    260715532: "Ubari",  # OSM: Awbari
    364324276: "Janzour",  # OSM: Janzur
    12814338455: "Kufra",  # OSM: Al Kufrah (name only)
    1565512727: "Sokna",  # OSM: Suknah
    506650392: "Msallata",  # OSM: Central Msallata
    1194502733: "Brak",  # OSM: Brak Al Shaati
    419488780: "Al Qatrun",  # OSM: Qatrun
    1221370214: "Tajura",  # OSM: Tajura
}

# French names (the French Wikipedia article title) of places whose OSM node has no name:fr,
# for French wires: spelled only (normx.gazetteer.schema.SPELLED_LANGS). Curated by hand.
CANONICAL_FR: dict[int, str] = {
    12814338455: "Koufra",  # Kufra
}

# Arabic names where OSM's name:ar is a longer official form ("Msallata centre").
CANONICAL_AR: dict[int, str] = {
    506650392: "مسلاتة",
}

# Two OSM nodes for one place: the second is folded into the first (names become aliases).
DUPLICATE_OF: dict[int, int] = {
    9763658889: 277520853,  # "tobruk city" town node -> Tobruk city node (same QID Q182092)
    1565511347: 506650392,  # Msallata village node -> Msallata city node (same QID Q2719867)
}

# Nodes whose wikidata tag points at another place (checked against the linked article's name).
WRONG_WIKIDATA: frozenset[int] = frozenset(
    {
        5536883570,  # الخربة tagged with Q12187740 (Rahibat), which is node 4212111529
    }
)


def _values(tags: dict[str, str], key: str) -> list[str]:
    """A tag's values: OSM separates several with ';' (alternate-name tags here also with ':')."""
    raw = tags.get(key, "")
    if not key.startswith("name"):
        raw = raw.replace(":", ";")
    return [v for v in (clean(part) for part in raw.split(";")) if v]


def _classify(values: list[str]) -> tuple[list[str], list[str]]:
    """Split values into (Latin, Arabic) lists; mixed values are split, others dropped."""
    latin: list[str] = []
    arabic: list[str] = []
    for value in values:
        main, extra = split_parenthesis(value)
        for v in (main, extra):
            v = clean(re.sub(r"[()]", " ", v))  # stray, unbalanced parentheses in the source
            if not v:
                continue
            lat, ara = split_scripts(v)
            if lat:
                latin.append(lat)
            if ara:
                arabic.append(ara)
    return latin, arabic


def _alias_keys(tags: dict[str, str]) -> list[str]:
    keys = [k for k in tags if k.startswith(("alt_name", "old_name", "official_name", "long_name"))]
    keys += [k for k in tags if k.startswith("short_name")]
    keys += ["int_name", "nat_name", "name:ar1"] + [f"name:{lang}" for lang in LATIN_NAME_LANGS]
    return [k for k in sorted(set(keys)) if k in tags]


def place_record(element: dict[str, Any]) -> RecordDict | None:
    """The record for one OSM node, or None when it has neither an English nor an Arabic name."""
    tags: dict[str, str] = element.get("tags", {})
    node = int(element["id"])
    en_vals, _ar_vals = _classify(_values(tags, "name:en"))
    name_lat, name_ar = _classify(_values(tags, "name"))
    tag_ar_lat, tag_ar = _classify(_values(tags, "name:ar"))
    ar_candidates = tag_ar + name_ar
    en_candidates = en_vals + name_lat + tag_ar_lat
    ar = CANONICAL_AR.get(node) or (ar_candidates[0] if ar_candidates else None)
    alias_ar_head = ar_candidates[:1] if node in CANONICAL_AR else []
    osm_en = fix_case(en_candidates[0]) if en_candidates else None
    en = CANONICAL_EN.get(node, osm_en)
    if not en and not ar:
        return None
    alias_en = [osm_en or ""] + [fix_case(v) for v in en_candidates[1:]]
    alias_ar = alias_ar_head + list(ar_candidates[1:])
    for key in _alias_keys(tags):
        lat, ara = _classify(_values(tags, key))
        alias_en += [fix_case(v) for v in lat]
        if not key.startswith("name:") or key.startswith("name:ar"):
            alias_ar += ara
    alias_en = [a for a in alias_en if a and is_latin(a)]
    alias_ar = [a for a in alias_ar if a and is_arabic(a)]
    slug = slugify(en) if en else ""
    rid = f"loc:{slug}" if slug else f"loc:osm-{node}"
    xref = {"osm": f"node/{node}"}
    if "wikidata" in tags and node not in WRONG_WIKIDATA:
        xref["wikidata"] = tags["wikidata"]
    if "geonames:id" in tags:
        xref["geonames"] = tags["geonames:id"]
    note = f"OSM place={tags.get('place')}"
    if node in CANONICAL_EN:
        note += "; English name as in English reference works (Wikipedia)"
    return make_record(
        rid,
        "LOC",
        en=en,
        ar=ar,
        aliases_en=alias_en,
        aliases_ar=alias_ar,
        xref=xref,
        source=f"OpenStreetMap (ODbL), node {node}"
        + ("; French name: French Wikipedia (fr) article title" if node in CANONICAL_FR else ""),
        note=note,
        fr=CANONICAL_FR.get(node),
    )


def _load_elements(data_dir: Path) -> list[dict[str, Any]]:
    data = json.loads((data_dir / RELATIVE_PATH).read_text(encoding="utf-8"))
    elements = [
        e
        for e in data["elements"]
        if e.get("type") == "node" and e.get("tags", {}).get("place") in PLACE_KINDS
    ]
    # Bigger places first, then by node id: the first of two same-named places keeps the plain id.
    elements.sort(key=lambda e: (_PLACE_RANK[e["tags"]["place"]], int(e["id"])))
    return elements


# Names that are only a generic word ("village"): such nodes name no place one can refer to
# (data/names.yaml, generic_place_names).
GENERIC_NAMES: frozenset[str] = frozenset(
    word_list("normx.curate", "names.yaml", "generic_place_names")
)
# Same-named nodes closer than this are one place mapped twice (several exist in the export).
SAME_PLACE_KM = 3.5
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def _name_key(rec: RecordDict) -> str:
    """Arabic name with alef/ta marbuta/alef maqsura folded (else the English name), for dedup."""
    name = rec["name"]
    if name.get("ar"):
        return "ar:" + name["ar"].translate(_AR_FOLD).replace(" ", "")
    return "en:" + name["en"].casefold()


def _distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    lat = math.radians((a["lat"] + b["lat"]) / 2)
    return 111.2 * math.hypot(a["lat"] - b["lat"], (a["lon"] - b["lon"]) * math.cos(lat))


def _is_generic(rec: RecordDict) -> bool:
    return all(n.casefold() in GENERIC_NAMES for n in rec["name"].values())


def _fold(by_node: dict[int, RecordDict], order: list[int], dup: int, primary: int) -> None:
    """Fold node ``dup`` into node ``primary``: its names become aliases, its QID is dropped."""
    other = dict(by_node.pop(dup))
    other["xref"] = {k: v for k, v in other.get("xref", {}).items() if k != "wikidata"}
    by_node[primary] = merge_into(by_node[primary], other)
    order.remove(dup)


def records(data_dir: Path) -> list[RecordDict]:
    """Every named populated place of the export, deduplicated, with unique ``loc:`` ids.

    Nodes listed in :data:`DUPLICATE_OF`, and same-named nodes less than :data:`SAME_PLACE_KM`
    apart, are folded into the first (biggest) node. Different places with the same English name
    (several Baydans hundreds of km apart) stay separate; the later ones get the OSM node id
    appended to the slug, which is stable.
    """
    by_node: dict[int, RecordDict] = {}
    where: dict[int, dict[str, Any]] = {}
    order: list[int] = []
    for element in _load_elements(data_dir):
        rec = place_record(element)
        if rec is None or _is_generic(rec):
            continue
        node = int(element["id"])
        by_node[node] = rec
        where[node] = element
        order.append(node)
    for dup, primary in DUPLICATE_OF.items():
        if dup in by_node and primary in by_node:
            _fold(by_node, order, dup, primary)
    kept: dict[str, list[int]] = {}
    for node in list(order):
        key = _name_key(by_node[node])
        near = [p for p in kept.get(key, []) if _distance_km(where[p], where[node]) < SAME_PLACE_KM]
        if near:
            _fold(by_node, order, node, near[0])
        else:
            kept.setdefault(key, []).append(node)
    out: list[RecordDict] = []
    used: set[str] = set()
    for node in order:
        rec = by_node[node]
        if rec["id"] in used:
            rec = dict(rec, id=f"{rec['id']}-{node}")
        used.add(rec["id"])
        out.append(rec)
    return out
