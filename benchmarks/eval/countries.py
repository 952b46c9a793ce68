"""Country tags of the person sets' gold entities: which gold persons are Libyan.

Issues 3 and 5 state their person goals on *Libyan* full names, but the person sets hold every
Arab national of the UN and OFAC lists (Gulf, Iraq, Syria, Yemen...: other clerks' spellings of
other names).  These tags let ``run_eval --by-country`` report the Libyan subset beside the
whole set.  They come only from what the sanctions lists themselves say, nothing is guessed from
the names:

* UN individuals: the list (``LYi.*`` = the Libya list), ``NATIONALITY`` and the country of
  ``INDIVIDUAL_PLACE_OF_BIRTH`` in ``consolidated.xml``;
* OFAC individuals: programs (``LIBYA2``, ``LIBYA3``...) and the ``nationality X``,
  ``citizen X`` and ``POB ..., X`` parts of the remarks; a UN entity merged with an OFAC record
  (``persons.Entity.merged``) takes from it the kinds of fact its own record lacks
  (``Facts.completed_by``);
* the Gaddafi entity is Libyan; the hand-written people of ``persons_fr`` are Libyan but for
  three non-Libyans named in the issue (``HAND_WRITTEN_NOT_LIBYAN``); synthetic distractors
  (``syn:*``) are nobody and form a group of their own.

Rule (``tag``), first match wins: a stated nationality decides (Libyan when one of them is
Libya); else a place of birth in Libya; else being on a Libya list or program; else not Libyan,
with the country of birth when known.  So the two Eritrean traffickers of the UN Libya list are
not Libyan, and Abdullah al-Senussi (Libya list, born in Sudan, no nationality) is.

Limits: the lists state nationality for only part of their people, so "other" means "not shown
to be Libyan", and a Libyan with no stated facts outside a Libya list counts as other; place of
birth is not nationality (a Libyan-born Palestinian would count as Libyan when no nationality is
given).  The tags are written to ``<set>/countries.json`` beside a built set (``build_sets``
does it; ``python -m benchmarks.eval.countries`` adds the file to sets built before it existed,
touching nothing else).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval import sources  # noqa: E402
from benchmarks.eval.setio import WORK_DIR, read_queries  # noqa: E402

PERSON_SETS = ("persons-latin", "persons-xscript", "gaddafi", "persons-fr", "persons-fr-xscript")
SIDECAR = "countries.json"
LIBYA, OTHER, SYNTHETIC, UNTAGGED = "libya", "other", "synthetic", "untagged"
LIBYA_NOT_GADDAFI = "libya-not-gaddafi"
LIBYA_FULL_NAMES = "libya-full-names"
GROUPS = (LIBYA, LIBYA_FULL_NAMES, LIBYA_NOT_GADDAFI, OTHER, SYNTHETIC, UNTAGGED)
"""Report groups, in order: Libyan gold, the Libyan queries of two or more words (the issue's
goal is stated for "Libyan full names"; a surname alone, such as the Gaddafi list's 31 bare
"Qadhafi" spellings among 38 entities named القذافي, is no full name), the Libyan gold without
Muammar Gaddafi (whose 141 list spellings are most of the Libyan queries of some sets), other
real gold, synthetic gold, gold with no tag.  Every gold id is in exactly one of libya / other /
synthetic / untagged."""
GADDAFI_EVIDENCE = "Muammar Gaddafi"

HAND_WRITTEN_NOT_LIBYAN = {
    "lib:lakhdar": "Algeria",  # Lakhdar Brahimi
    "lib:ould": "Mauritania",  # Mohamed Ould Abdel Aziz
    "lib:salame": "Lebanon",  # Ghassan Salamé
}
"""The non-Libyans among persons_fr.HAND_WRITTEN (all its other people are Libyan)."""

_LIBYA_RE = re.compile(r"\bLibya")  # Libya, Libyan Arab Jamahiriya


@dataclass(frozen=True)
class Facts:
    """What one sanctions record (or several merged ones) says about a person's country."""

    nationalities: tuple[str, ...] = ()
    birth_countries: tuple[str, ...] = ()
    libya_lists: tuple[str, ...] = ()  # e.g. "UN Libya list LYi.005", "OFAC LIBYA3"

    def completed_by(self, other: Facts) -> Facts:
        """These facts, each kind of fact this record lacks taken from ``other`` (a merged
        twin): the record that gave the canonical name speaks first, since a merge can be
        wrong (the Pakistani Mustafa Hajji Muhammad Khan took the Libyan Mohamed Al-Kani's
        OFAC record: same given name, Khan ~ Kani, born 1976 vs 1979)."""
        return Facts(
            self.nationalities or other.nationalities,
            self.birth_countries or other.birth_countries,
            _unique(self.libya_lists + other.libya_lists),
        )


@dataclass(frozen=True)
class CountryTag:
    """A gold person's country ("" when unknown), whether Libyan, and the fact that decided."""

    country: str
    libyan: bool
    evidence: str

    def to_dict(self) -> dict[str, object]:
        return {"country": self.country, "libyan": self.libyan, "evidence": self.evidence}


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _is_libya(country: str) -> bool:
    return bool(_LIBYA_RE.search(country))


def tag(facts: Facts) -> CountryTag:
    """The country tag the facts support (see the module docstring for the rule and why)."""
    if facts.nationalities:
        libyan = any(_is_libya(c) for c in facts.nationalities)
        country = "Libya" if libyan else facts.nationalities[0]
        return CountryTag(country, libyan, f"nationality {', '.join(facts.nationalities)}")
    if any(_is_libya(c) for c in facts.birth_countries):
        return CountryTag("Libya", True, f"place of birth {', '.join(facts.birth_countries)}")
    if facts.libya_lists:
        return CountryTag("Libya", True, "; ".join(facts.libya_lists))
    country = facts.birth_countries[0] if facts.birth_countries else ""
    evidence = f"place of birth {', '.join(facts.birth_countries)}" if country else "no facts"
    return CountryTag(country, False, evidence)


def un_facts(
    ref: str, nationalities: Iterable[str] = (), birth_countries: Iterable[str] = ()
) -> Facts:
    """Facts of one UN individual; the ``LYi`` reference prefix marks the Libya list."""
    lists = (f"UN Libya list {ref}",) if ref.startswith("LYi.") else ()
    return Facts(
        _unique(" ".join(c.split()) for c in nationalities),
        _unique(" ".join(c.split()) for c in birth_countries),
        lists,
    )


_REMARK_RE = re.compile(r"^(?:alt\.\s+)?(nationality|citizen|POB)\s+(.+)$")


def ofac_facts(programs: str, remarks: str) -> Facts:
    """Facts of one OFAC record from its programs and its ``;``-separated remarks.

    ``nationality X`` and ``citizen X`` give a nationality, ``POB City, X`` a country of birth
    (the last comma part); passports and addresses are left out (not a person's country).
    """
    nationalities: list[str] = []
    births: list[str] = []
    for part in remarks.split(";"):
        m = _REMARK_RE.match(part.strip().rstrip("."))
        if not m:
            continue
        value = m.group(2).split(",")[-1].strip(" .")
        (births if m.group(1) == "POB" else nationalities).append(value)
    lists = tuple(f"OFAC {p}" for p in re.split(r"[\s;,\]\[]+", programs) if p.startswith("LIBYA"))
    return Facts(_unique(nationalities), _unique(births), lists)


def read_un_countries(data: Path) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """UN reference number -> (nationalities, countries of birth) from ``consolidated.xml``."""
    path = data / "un-sanctions-2018" / "consolidated.xml"
    if not path.exists():
        return {}
    out = {}
    for ind in ET.parse(path).getroot().iter("INDIVIDUAL"):
        ref = (ind.findtext("REFERENCE_NUMBER") or "").strip()
        nats = [v.text or "" for n in ind.iter("NATIONALITY") for v in n.iter("VALUE")]
        births = [p.findtext("COUNTRY") or "" for p in ind.iter("INDIVIDUAL_PLACE_OF_BIRTH")]
        out[ref] = (_unique(x.strip() for x in nats), _unique(x.strip() for x in births))
    return out


def entity_tags(data: Path) -> dict[str, CountryTag]:
    """Country tag of every person entity ``persons.build_entities`` makes from ``data``."""
    from benchmarks.eval.persons import build_entities  # imports unidecode; only when needed

    un = read_un_countries(data)
    ofac = {p.ent_num: ofac_facts(p.programs, p.remarks) for p in sources.read_ofac(data)}
    out: dict[str, CountryTag] = {}
    for ent in build_entities(data, random.Random(0)):  # the rng only orders a.k.a. spellings
        if ent.forced:  # the Gaddafi entity
            out[ent.id] = CountryTag("Libya", True, GADDAFI_EVIDENCE)
            continue
        kind, _, ref = ent.id.partition(":")
        if kind == "un":
            facts = un_facts(ref, *un.get(ref, ((), ())))
        elif kind == "ofac":
            facts = ofac.get(ref, Facts())
        else:
            continue
        for ent_num in ent.merged:
            facts = facts.completed_by(ofac.get(ent_num, Facts()))
        out[ent.id] = tag(facts)
    return out


def hand_written_tags() -> dict[str, CountryTag]:
    """Tags of the hand-written people of persons_fr (Libyan public figures, three others)."""
    from benchmarks.eval.persons_fr import HAND_WRITTEN

    out = {}
    for rid, *_ in HAND_WRITTEN:
        other = HAND_WRITTEN_NOT_LIBYAN.get(rid)
        out[rid] = (
            CountryTag(other, False, "hand-written, not Libyan")
            if other
            else CountryTag("Libya", True, "hand-written Libyan public figure")
        )
    return out


def gold_tags(gold_ids: Iterable[str], known: Mapping[str, CountryTag]) -> dict[str, CountryTag]:
    """The tags of the given gold ids that ``known`` has (synthetic ids have none)."""
    return {gid: known[gid] for gid in sorted(set(gold_ids)) if gid in known}


def group_of(gold: str, tags: Mapping[str, CountryTag]) -> str:
    """The report group of one gold id (``GROUPS``)."""
    if gold in tags:
        return LIBYA if tags[gold].libyan else OTHER
    return SYNTHETIC if gold.startswith("syn:") else UNTAGGED


def groups_of(gold: str, tags: Mapping[str, CountryTag]) -> tuple[str, ...]:
    """Every report group one gold id counts in: its ``group_of`` and, for a Libyan other than
    Gaddafi, ``libya-not-gaddafi`` as well."""
    group = group_of(gold, tags)
    if group == LIBYA and tags[gold].evidence != GADDAFI_EVIDENCE:
        return (LIBYA, LIBYA_NOT_GADDAFI)
    return (group,)


def write_sidecar(folder: Path, tags: Mapping[str, CountryTag]) -> Path:
    """Write ``countries.json`` into a set's folder (no other file of the set is touched)."""
    counts = Counter(t.country or "?" for t in tags.values())
    payload = {
        "rule": "stated nationality, else place of birth Libya, else a Libya list / program "
        "(benchmarks/eval/countries.py)",
        "libyan": sum(t.libyan for t in tags.values()),
        "countries": dict(counts.most_common()),
        "tags": {gid: t.to_dict() for gid, t in sorted(tags.items())},
    }
    path = folder / SIDECAR
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_sidecar(folder: Path) -> dict[str, CountryTag] | None:
    """The tags of a set's ``countries.json``, or None when the set has none."""
    path = folder / SIDECAR
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))["tags"]
    return {
        gid: CountryTag(str(t["country"]), bool(t["libyan"]), str(t["evidence"]))
        for gid, t in raw.items()
    }


def all_tags(data: Path) -> dict[str, CountryTag]:
    """Tags of every real gold candidate: sanctions-list entities and hand-written people."""
    return {**entity_tags(data), **hand_written_tags()}


def tags_for_set(folder: Path, data: Path) -> dict[str, CountryTag]:
    """A built set's tags: its sidecar if it has one, else computed from the sources now."""
    found = read_sidecar(folder)
    if found is not None:
        return found
    return gold_tags((q.gold for q in read_queries(folder / "queries.tsv")), all_tags(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=WORK_DIR)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--sets", default=",".join(PERSON_SETS))
    parser.add_argument("--force", action="store_true", help="overwrite existing countries.json")
    args = parser.parse_args(argv)
    known = all_tags(args.data)
    for name in (s.strip() for s in args.sets.split(",") if s.strip()):
        folder = args.work / name
        if not (folder / "queries.tsv").exists():
            print(f"{name}: not built, skipped")
            continue
        if (folder / SIDECAR).exists() and not args.force:
            print(f"{name}: {SIDECAR} exists, skipped (--force to overwrite)")
            continue
        golds = [q.gold for q in read_queries(folder / "queries.tsv")]
        tags = gold_tags(golds, known)
        path = write_sidecar(folder, tags)
        groups = Counter(group_of(g, tags) for g in set(golds))
        print(f"{name:20} gold entities by group {dict(groups)} -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
