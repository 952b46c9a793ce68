"""Alias inheritance: a user's record also answers to the names normx ships for its entity.

A gazetteer written outside the project usually holds an entity under its canonical name only
("United Kingdom", المملكة المتحدة), while the shipped gazetteers hold the names real sources
attest for it ("Britain", "UK", بريطانيا). When both are loaded, or when the user loads only
their own gazetteer, that shipped knowledge should still serve the user's record: the text says
"Britain", the user's gazetteer says "United Kingdom", and the link should be made to the
*user's* id. This module decides which user record is which shipped record, and which shipped
names it may inherit. It is pure: records in, an :class:`Inheritance` out (plain JSON, cached
with the compiled index by :mod:`normx.gazetteer.compiled`).

**Identification** (a user record -- one not read from the shipped files -- and a shipped
record denote the same entity). Merging two different entities would make every name of one
link to the other, so the rules are conservative and each is cheap to explain:

* the types must be equal (a country is not the body named after it);
* and one of:

  - ``xref``: a shared value under the same key (wikidata, geonames, osm, un, ofac, icao ...):
    an identifier someone assigned to the entity, the strongest evidence there is;
  - ``id``: the same id, and at least one name in common (normalised, either language): the
    id alone is the user's own namespace and could name a namesake;
  - ``name``: the user's canonical name (English, else Arabic) equals a shipped record's name
    after normx's normalisation (:func:`normx.text.normalize.normalize_name`: case, accents,
    articles, titles), the name is held by *one* record of that type on each side, and, when
    both records have Arabic names, they share one. A one-word person name never identifies
    alone ("Ali", "Haftar" are many people); a shipped name held by two shipped records of the
    type identifies nothing (Tripoli, Libya and Tripoli, Lebanon).

* vetoes: records that carry different values under the same xref key are different entities
  whatever their names say; a user record that points to two shipped records, or a shipped
  record claimed by two user records, is left alone (one-to-one or nothing).

**Inheritance**. The identified user record also answers to the shipped record's names
(English and Arabic, canonical and aliases) it does not hold already, as *inherited* names:
the user's id, type and canonical name stay the user's, and evidence says where the name came
from (``inherited from loc:united-kingdom (curated: ...)``). Every added name is more surface
for the matcher and the resolver to read other things as this entity, so a name is *not*
inherited when (each rule from an error measured on the article sets):

* another loaded record holds it (normalised): the user's data wins, no new ambiguity (a
  shipped village holding it by an alias only yields to a place of note,
  :mod:`normx.gazetteer.village_aliases`); a shadowed shipped record (below) holds none: left
  out, its names are its user twin's to inherit, as when the shipped gazetteers are not
  loaded ("UN", the shipped UN's alias, kept the user's Security Council from "UN Security
  Council" by the longer-form rule below only when the defaults were loaded);
* two user records would inherit it;
* it is a longer form of a name already held -- by any loaded record, the user's own
  included, or by the shipped record itself -- i.e. holds such a name as whole words with
  words around it: it adds no new way of writing the entity, only words that let another
  record's mentions read as this one ("Syria and Iraq" as "Islamic State of Iraq and Syria")
  or lend it generic words ("Commission" for the UN through هيئة الأمم المتحدة, "the body of
  the UN");
* normx's matcher, over the records as loaded, answers it with another record better than with
  the user's ("Jufra" is the user's "Al Jufrah" before it is the shipped district's alias).
  Three kinds of rival do not count: one whose Arabic names share no word with the shipped
  record's, read through a Latin name that only looks like this one ("Daesh" ~ the village
  Taess, طعيس: :mod:`normx.gazetteer.lookalike_rival`); a record named *after* the name
  ("Bani Walid Airport" for "Bani Walid", :mod:`normx.gazetteer.longer_names`); and, when
  the user's record has no name in the name's script (an Arabic-only record gaining its
  English name), a rival that only resembles it (below :data:`CROSS_SCRIPT_RIVAL_FLOOR`:
  "Nigeria" for "Niger"), since the user's record answers that script only through the
  romaniser, below any English spelling;
* it is a one-word person name (a bare surname or nickname names many people), or a person's
  name in a script the user's record already has a name in: a person's spelling variants are
  the matcher's job (Hifter ~ Haftar), and sanctions lists' long legal names lend a person
  words that belong to relatives and namesakes; a name in a script the record lacks is
  knowledge the matcher cannot make up (an Arabic-only record gains its English names).

**Shadowing**. When the shipped gazetteers are loaded too, an identified shipped record is the
same entity under a second id; kept, it would tie with the user's record on every shared name
and split one entity's mentions between two ids. It is therefore left out of the loaded set
(``shadowed``), so the user's id is the one answer for that entity. Measured with the article
sets' gazetteers under the user's own ids plus the shipped defaults: recall 0.04-0.22 without
inheritance, the same with inheritance but the duplicates kept, 0.92-0.97 with them left out
(benchmarks/README.md, session 7).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from normx.gazetteer.arabic_core import arabic_agree
from normx.gazetteer.facility_names import is_facility_name
from normx.gazetteer.identify_titles import arabic_decides
from normx.gazetteer.longer_names import is_named_after
from normx.gazetteer.lookalike_rival import written_otherwise
from normx.gazetteer.organ_names import is_organ_name
from normx.gazetteer.schema import LANGS, SPELLED_LANGS, Record
from normx.gazetteer.village_aliases import VillageAliases
from normx.text.arabic import has_arabic

__all__ = [
    "INHERIT_VERSION",
    "Inheritance",
    "InheritedName",
    "Link",
    "identify",
    "plan_inheritance",
]

# Bumped whenever the rules change: part of the cache key of the compiled inheritance.
# 2: strong rivals; 3: shipped duplicate; 4-5: cross-script floor; 6: organs; 7: namesakes;
# 8: village aliases; 9: shadowed records hold no names; 10: identification: village aliases,
# Arabic generic place words; 11: look-alike rivals written otherwise; 12: facility names;
# 13: French names (spelled only)
INHERIT_VERSION = 13
# a rival scoring below this reads the name only approximately (a village الديسه for "Daesh"):
# the shipped source's attestation of the name for this entity outweighs it
STRONG_RIVAL = 0.9
# A rival outranks a name the user's record lacks the script of only from this score: the
# spelling variants of one name score 0.945-0.98 ("Gheryan" ~ "Gharyan", "Jufra" ~ "Al
# Jufrah"), other names close to it 0.88-0.91 ("Niger" ~ "Nigeria", "Mohamed Takala" ~
# "Mohamed Hamdan Dagalo"), while the user's Arabic-only record answers its own English name
# through the romaniser at 0.83-0.86 (benchmarks/eval/gazetteer_styles.py, style "arabic").
CROSS_SCRIPT_RIVAL_FLOOR = 0.94

Normalise = Callable[[str], str]
# what the matcher answers a name with: (record id, score) or (record id, score, matched name)
Rival = tuple[str, float] | tuple[str, float, str]


@dataclass(frozen=True, slots=True)
class Link:
    """A user record identified with a shipped record, and the rule that did it."""

    user_id: str
    shipped_id: str
    rule: str  # "xref wikidata=Q145" | "id" | "name"


@dataclass(frozen=True, slots=True)
class InheritedName:
    """One shipped name the user's record answers to."""

    record_id: str  # the user's record
    lang: str  # "en" | "ar" | "fr" (French: spelled only, see schema.SPELLED_LANGS)
    text: str
    shipped_id: str
    source: str | None  # the shipped record's provenance

    def explain(self) -> str:
        """``inherited from loc:united-kingdom (curated: Wikipedia ...)``."""
        where = f" ({self.source})" if self.source else ""
        return f"inherited from {self.shipped_id}{where}"


@dataclass(frozen=True)
class Inheritance:
    """What a load inherits: links, inherited names, shadowed shipped ids (all JSON-able)."""

    links: tuple[Link, ...] = ()
    names: tuple[InheritedName, ...] = ()
    shadowed: tuple[str, ...] = ()
    _by_name: dict[tuple[str, str], InheritedName] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        self._by_name.update({(n.record_id, n.text): n for n in self.names})

    def __bool__(self) -> bool:
        return bool(self.names or self.shadowed)

    def inherited(self, record_id: str | None, text: str | None) -> InheritedName | None:
        """The inherited name *text* of *record_id*, or None when it is the record's own."""
        if record_id is None or text is None:
            return None
        return self._by_name.get((record_id, text))

    def apply(self, records: Iterable[Record]) -> tuple[Record, ...]:
        """The records as loaded for matching: inherited names appended to their aliases (in
        the shipped order), shadowed shipped records left out."""
        extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"en": [], "ar": [], "fr": []})
        for n in self.names:
            extra[n.record_id][n.lang].append(n.text)
        shadowed = set(self.shadowed)
        out = []
        for rec in records:
            if rec.id in shadowed:
                continue
            more = extra.get(rec.id)
            if more is not None:
                rec = replace(
                    rec,
                    aliases_en=rec.aliases_en + tuple(more["en"]),
                    aliases_ar=rec.aliases_ar + tuple(more["ar"]),
                    aliases_fr=rec.aliases_fr + tuple(more["fr"]),
                )
            out.append(rec)
        return tuple(out)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": INHERIT_VERSION,
            "links": [[k.user_id, k.shipped_id, k.rule] for k in self.links],
            "names": [[n.record_id, n.lang, n.text, n.shipped_id, n.source] for n in self.names],
            "shadowed": list(self.shadowed),
        }

    @classmethod
    def from_json(cls, data: Any) -> Inheritance:
        """Raises ValueError for data in another format (an old or damaged cache entry)."""
        try:
            if data["version"] != INHERIT_VERSION:
                raise ValueError("inheritance cache version mismatch")
            links = tuple(Link(str(u), str(s), str(r)) for u, s, r in data["links"])
            names = tuple(
                InheritedName(str(i), str(lang), str(t), str(s), None if src is None else str(src))
                for i, lang, t, s, src in data["names"]
            )
            return cls(links, names, tuple(str(s) for s in data["shadowed"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"inheritance cache unreadable: {exc}") from exc


# --- identification -----------------------------------------------------------------------------


def _norm_names(rec: Record, lang: str, norm: Normalise) -> set[str]:
    return {n for n in map(norm, rec.names(lang)) if n}


def _xref_conflict(a: Record, b: Record) -> bool:
    """Both records carry the key, and share no value under it."""
    ours: dict[str, set[str]] = defaultdict(set)
    for key, value in a.xref:
        ours[key].add(value)
    theirs: dict[str, set[str]] = defaultdict(set)
    for key, value in b.xref:
        theirs[key].add(value)
    return any(key in theirs and not (ours[key] & theirs[key]) for key in ours)


def _name_key(rec: Record, norm: Normalise) -> tuple[str, str] | None:
    """(lang, normalised canonical name) a record may be identified by, or None: English if
    it has one, else Arabic; a one-word person name is refused."""
    lang, text = ("en", rec.name_en) if rec.name_en else ("ar", rec.name_ar)
    key = norm(text) if text else ""
    if not key or _one_word_person(key, rec.type):
        return None
    return lang, key


def identify(
    users: Sequence[Record],
    shipped: Sequence[Record],
    norm: Normalise,
    villages: VillageAliases | None = None,
) -> tuple[Link, ...]:
    """The one-to-one links between user and shipped records (rules in the module docstring).

    *norm* normalises a name (the caller may back it with names it analysed already);
    *villages*, when given, sets aside the villages holding a name by an alias only.
    """
    by_id = {r.id: r for r in shipped}
    by_xref: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    by_name: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (type, lang, name)
    for r in shipped:
        for key, value in r.xref:
            by_xref[(r.type, key, value)].add(r.id)
        for lang in LANGS:
            for n in _norm_names(r, lang, norm):
                by_name[(r.type, lang, n)].add(r.id)
    # user-side uniqueness: how many user records of the type hold each name a user record
    # would be identified by
    wanted = {(u.type, *k) for u in users if (k := _name_key(u, norm)) is not None}
    held: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for u in users:
        for lang in LANGS:
            for n in _norm_names(u, lang, norm):
                if (u.type, lang, n) in wanted:
                    held[(u.type, lang, n)].append(u)
    found: list[Link] = []
    for u in users:
        cands: dict[str, str] = {}
        twin = by_id.get(u.id)
        if twin is not None and twin.type == u.type and _share_a_name(u, twin, norm):
            cands.setdefault(twin.id, "id")
        for key, value in u.xref:
            for sid in sorted(by_xref.get((u.type, key, value), ())):
                cands.setdefault(sid, f"xref {key}={value}")
        k = _name_key(u, norm)
        ids = by_name.get((u.type, *k), set()) if k is not None else set()
        if villages is not None and k is not None:  # normx.gazetteer.village_aliases
            ids = villages.aside(k[1], ids, by_id)
        if k is not None and len(ids) == 1:
            sid = next(iter(ids))
            s = by_id[sid]
            u_ar, s_ar = _norm_names(u, "ar", norm), _norm_names(s, "ar", norm)
            holders = held[(u.type, *k)]
            if len(holders) == 1 and (
                not (u_ar and s_ar) or u_ar & s_ar or arabic_agree(u, s, norm)  # arabic_core
            ):
                cands.setdefault(sid, "name")
            elif len(holders) > 1 and arabic_decides(u, holders, s, norm):
                cands.setdefault(sid, "name and Arabic")  # "Ghat" beside "Al Ghat"
        cands = {sid: rule for sid, rule in cands.items() if not _xref_conflict(u, by_id[sid])}
        if len(cands) == 1:
            ((sid, rule),) = cands.items()
            found.append(Link(u.id, sid, rule))
    claims: dict[str, int] = defaultdict(int)
    for link in found:
        claims[link.shipped_id] += 1
    return tuple(link for link in found if claims[link.shipped_id] == 1)


def _share_a_name(a: Record, b: Record, norm: Normalise) -> bool:
    return any(_norm_names(a, lang, norm) & _norm_names(b, lang, norm) for lang in LANGS)


# --- inheritance --------------------------------------------------------------------------------


def _parts(name: str) -> Iterable[str]:
    """The whole-word parts of a normalised name shorter than the name itself."""
    words = name.split()
    for size in range(1, len(words)):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start : start + size])


def plan_inheritance(
    loaded: Sequence[Record],
    shipped: Sequence[Record],
    norm: Normalise,
    *,
    shipped_loaded: bool,
    shadow: bool = True,
    rivals: Callable[[str], Iterable[Rival]] | None = None,
) -> Inheritance:
    """Identify the user records of *loaded* with *shipped* and say what they inherit.

    *loaded* is everything the user loaded; when ``shipped_loaded`` the shipped records are
    among them (by id) and are not user records, and identified ones are shadowed (left out)
    if *shadow*. *norm* normalises a name; *rivals*, when given, lists the loaded records a
    name matches, as (id, score) or (id, score, matched name) (normx's matcher over the records
    as loaded).
    """
    shipped_ids = {r.id for r in shipped}
    users = [r for r in loaded if not (shipped_loaded and r.id in shipped_ids)]
    villages = VillageAliases(shipped, norm)  # normx.gazetteer.village_aliases
    links = identify(users, shipped, norm, villages)
    if not links:
        return Inheritance()
    shadowed = tuple(k.shipped_id for k in links) if shipped_loaded and shadow else ()
    # who holds each normalised name among the loaded records (scripts never collide)
    holders: dict[str, set[str]] = defaultdict(set)
    left_out = set(shadowed)
    for r in loaded:
        if r.id in left_out:
            continue  # left out: its names are its user twin's to inherit, as if not loaded
        for lang in LANGS:
            for n in _norm_names(r, lang, norm):
                holders[n].add(r.id)
    by_id = {r.id: r for r in shipped}
    user_by_id = {r.id: r for r in users}
    anyone = {**by_id, **user_by_id}
    offered: list[tuple[InheritedName, str]] = []
    for link in links:
        user, source = user_by_id[link.user_id], by_id[link.shipped_id]
        own = {n for lang in LANGS for n in _norm_names(user, lang, norm)}
        allowed = {link.user_id, link.shipped_id}
        # the shipped record's own names, which a longer form may not contain (a person's
        # bare surname is no name of its own here: every full name would contain it)
        source_names = {
            n
            for lang in LANGS
            for n in _norm_names(source, lang, norm)
            if not _one_word_person(n, source.type)
        }
        seen: set[str] = set()
        for lang in LANGS:
            for text in source.names(lang):
                n = norm(text)
                if not n or n in own or n in seen:
                    continue
                seen.add(n)
                if user.type == "PER" and user.names(lang):
                    continue  # spelling variants of a person are the matcher's job (docstring)
                # a name in a script the user's record lacks is read cross-script, below any
                # English spelling: only a near-exact rival outranks it (docstring)
                floor = STRONG_RIVAL if user.names(lang) else CROSS_SCRIPT_RIVAL_FLOOR
                takes = allowed | villages.yielding(n, source)
                if _refused(n, user.type, takes, holders, source_names) or (
                    rivals is not None
                    and _outranked(
                        text,
                        rivals(text),
                        user.id,
                        source.id,
                        user_by_id,
                        floor,
                        lambda rid, m, src=source: written_otherwise(anyone.get(rid), src, m),
                    )
                ):
                    continue
                offered.append((InheritedName(user.id, lang, text, source.id, source.source), n))
        # French names (schema.SPELLED_LANGS) are spelled only, never matched loosely: no rival
        # reads them, and one another loaded record holds is not the user's to take
        for lang in SPELLED_LANGS:
            for text in source.names(lang):
                n = norm(text)
                if not n or n in own or n in seen or holders.get(n, set()) - allowed:
                    continue
                seen.add(n)
                offered.append((InheritedName(user.id, lang, text, source.id, source.source), n))
    takers: dict[str, set[str]] = defaultdict(set)
    for name, n in offered:
        takers[n].add(name.record_id)
    names = tuple(name for name, n in offered if len(takers[n]) == 1)
    return Inheritance(links, names, shadowed)


def _outranked(
    name: str,
    found: Iterable[Rival],
    user_id: str,
    shipped_id: str,
    users: Container[str],
    floor: float = STRONG_RIVAL,
    otherwise: Callable[[str, str | None], bool] | None = None,
) -> bool:
    """Another record answers the name better than the user's own record does (or the user's
    record does not answer it at all): inheriting it would take that record's mentions. Rivals
    scoring below *floor*, or matched by a name named after *name* ("Bani Walid Airport" for
    "Bani Walid"), or written *otherwise* in Arabic (:mod:`normx.gazetteer.lookalike_rival`),
    do not count.

    The shipped duplicate, loaded too when the defaults are, holds the name by definition and
    is left out of the loaded set: against another of the *users*' records its exact answer
    says nothing of how the user's records read the name ("Jufra", Jufra District's alias, is
    the user's Al Jufrah at 0.96 before it is the user's own Jufra District at 0.78, whether
    or not the shipped district is loaded beside them). Against another shipped record it
    stands for the shipped data's own choice, which inheriting keeps ("Barqa" is Cyrenaica's
    name, exact, before it is a look-alike of Marj's old name "Barka", 0.96)."""
    found = list(found)
    ours = duplicate = user_rival = shipped_rival = -1.0
    for rid, score, *matched in found:
        if rid == user_id and score > ours:
            ours = score
            if matched and has_arabic(matched[0]) and not has_arabic(name):
                # the user's record reads the name only through its Arabic name, below any
                # same-script spelling (Cyrenaica's برقة for "Barqa", 0.86): as if it lacked
                # the script
                floor = max(floor, CROSS_SCRIPT_RIVAL_FLOOR)
    for rid, score, *matched in found:
        if rid == user_id:
            continue
        if rid == shipped_id:
            duplicate = max(duplicate, score)
        elif (
            score < floor
            or (matched and is_named_after(name, matched[0]))
            or (otherwise is not None and otherwise(rid, matched[0] if matched else None))
        ):
            continue
        elif rid in users:
            user_rival = max(user_rival, score)
        else:
            shipped_rival = max(shipped_rival, score)
    return user_rival > ours or shipped_rival > max(ours, duplicate)


def _one_word_person(name: str, type: str) -> bool:
    return type == "PER" and len(name.replace("-", " ").split()) < 2


def _refused(
    name: str, type: str, allowed: set[str], holders: dict[str, set[str]], source: set[str]
) -> bool:
    """A shipped name the user's record may not take (see the module docstring); *source*:
    the shipped record's own normalised names."""
    if _one_word_person(name, type):
        return True  # a bare surname or nickname names many people
    if holders.get(name, set()) - allowed:
        return True  # another loaded record's name: the user's data wins
    # a longer form of a name already held (by any loaded record, the user's own included, or
    # by the shipped record itself) adds no new way of writing the entity, only words around
    # it, and those would read another record's mentions as this entity's ("Syria and Iraq"
    # as "Islamic State of Iraq and Syria") or lend it generic words ("Commission" for the UN
    # through هيئة الأمم المتحدة)
    if is_organ_name(name, source, holders.__contains__):
        return False  # the body's organ before its own name (normx.gazetteer.organ_names)
    if is_facility_name(name):
        return False  # a place's name and a facility's kind (normx.gazetteer.facility_names)
    return any(part in holders or part in source for part in _parts(name))
