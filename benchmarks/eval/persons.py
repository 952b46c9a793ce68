"""Person evaluation sets: attested alias clusters as queries, one canonical name per entity.

Gold entities
    * UN individuals of the Libya list, and every other UN individual with an Arabic-script
      original name outside the Taliban list (whose names are Pashto/Dari, not Arab);
    * OFAC individuals whose remarks tie them to an Arab country (nationality / place of birth /
      citizenship) or whose program is a Libya program;
    * one Muammar Gaddafi entity (UN LYi.013, merged with its OFAC record) whose queries are all
      141 spellings of the Gaddafi list.
  An OFAC record of a person already on the UN list (same birth year and two skeleton-equal name
  tokens) is merged into the UN entity instead of becoming a second entity of the same person,
  unless both records state a nationality and their countries (nationalities and countries of
  birth) have none in common: name and birth year alone merged 25 pairs of different people
  (the Pakistani Mustafa Hajji Muhammad Khan with the Libyan Mohamed Al-Kani, the Kuwaiti Hamid
  al-Ali with the Iranian Hamed Abdollahi...), see ``countries_conflict``.

Queries
    The other attested spellings: UN aliases, OFAC a.k.a. rows (reordered from "SURNAME, Given"
    to "Given Surname", except ~30% kept as written), and the OFAC primary name of a merged record.
    Only *spelling variants* count: an alias must have two or more words and at least half of its
    content words must look like a word of the canonical name (a crude consonant-skeleton test,
    see ``textkeys.is_spelling_variant``); cover names and kunyas such as "Abu Jihad" or "The
    Doctor" are not spellings of a name and are dropped (the counts are in ``stats.json``).

Distractors (up to 40,000 persons in all)
    The UN and OFAC individuals that are not gold, then synthetic Arab full names:
    2-4 name parts drawn (frequency-weighted, fixed seed) from Wikidata name tokens and rigour
    name-part clusters whose Arabic form is of Arabic origin and whose Latin form plausibly renders
    it.  Each synthetic person keeps the Arabic of the very parts its Latin name was built from, so
    the cross-script set has a consistent Arabic name for every distractor.  A distractor whose
    name key equals a gold name or query is discarded.

Limits: the synthetic names are plausible, not real people; the Latin spellings of gold entities
come from sanctions lists (transliteration habits of UN/OFAC clerks, many from the Gulf and Iraq
rather than Libya); surname-only Gaddafi spellings are ambiguous among the Qadhafi family.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from unidecode import unidecode

from benchmarks.eval import countries, sources
from benchmarks.eval.setio import EvalSet, Query, hold_out, record
from benchmarks.eval.textkeys import (
    COMMON_GIVEN,
    arabic_origin,
    content_tokens,
    fold,
    has_arabic,
    is_spelling_variant,
    latin_skeleton,
    name_key,
    norm_arabic,
    plain_arabic,
    romanisation_plausible,
    title_name,
)

GADDAFI_UN_REF = "LYi.013"
GADDAFI_FALLBACK_ID = "gold:muammar-gaddafi"
GADDAFI_AR = "معمر القذافي"
TOTAL_PERSONS = 40_000
KEEP_ORIGINAL_ORDER = 0.3

_ARAB_COUNTRIES = (
    "Libya|Egypt|Tunisia|Algeria|Morocco|Mauritania|Sudan|Syria|Iraq|Jordan|Lebanon|Saudi Arabia|"
    "Yemen|Oman|United Arab Emirates|Qatar|Bahrain|Kuwait|West Bank|Gaza|Palestinian|Somalia|"
    "Djibouti|Comoros"
)
_ARAB_REMARK_RE = re.compile(rf"(?:nationality|POB|citizen)\b[^;]*?\b(?:{_ARAB_COUNTRIES})")


@dataclass
class Entity:
    """A person while the sets are being built: canonical names plus candidate query spellings."""

    id: str
    en: str
    ar: str
    source: str
    arab: bool
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (spelling, kind)
    dob_years: frozenset[str] = frozenset()
    forced: list[tuple[str, str]] = field(default_factory=list)  # queries kept without filtering
    merged: list[str] = field(default_factory=list)  # OFAC ent_nums merged into this UN entity


def reorder(name: str) -> str:
    """'SURNAME, Given' -> 'Given Surname' (surname title-cased); other names unchanged."""
    if ", " not in name:
        return title_name(name)
    surname, given = name.split(", ", 1)
    return f"{title_name(given)} {title_name(surname)}".strip()


def clean_un_alias(alias: str) -> list[str]:
    """UN alias field -> spellings: parentheses and ', born ...' tails removed, lists split."""
    alias = re.sub(r"\([^)]*\)?", " ", alias)
    alias = re.split(r",?\s+born\b", alias)[0]
    return [p.strip(" .,;") for p in re.split(r"[,;]", alias) if p.strip(" .,;")]


def _is_arab_ofac(p: sources.OfacPerson) -> bool:
    return "LIBYA" in p.programs or bool(_ARAB_REMARK_RE.search(p.remarks))


def _years_close(a: frozenset[str], b: frozenset[str], slack: int = 3) -> bool:
    return any(abs(int(x) - int(y)) <= slack for x in a for y in b)


def _skeletons(name: str) -> tuple[str, ...]:
    return tuple(s for s in (latin_skeleton(t) for t in content_tokens(name)) if s)


def _same_person(
    a: tuple[str, ...], a_years: frozenset[str], b: tuple[str, ...], b_years: frozenset[str]
) -> bool:
    """Whether a UN and an OFAC record are one person (sanctions lists overlap heavily).

    ``a``/``b`` are the names' word skeletons in order.  Same birth year, same first (given) name
    and two shared words (siblings share a father's and a family name, and often a birth year);
    or birth years within three years of each other, the same last word (the family name) and
    every word of the shorter name (two or more, one of them not a very common given name) in
    the longer one ("Khamis Qadhafi" born 1980 is "Khamis Muammar Qadhafi" born 1978).
    """
    sa, sb = set(a), set(b)
    shared = sa & sb
    if a and b and a[0] == b[0] and a_years & b_years and len(shared) >= min(2, len(sa), len(sb)):
        return True
    if not (a and b and a[-1] == b[-1] and _years_close(a_years, b_years)):
        return False
    shorter = min(sa, sb, key=len)
    return len(shorter) >= 2 and shared == shorter and bool(shared - COMMON_GIVEN)


_COUNTRY_SYNONYMS = {"england": "united kingdom", "gaza": "palestinian", "west bank": "palestinian"}


def _country_forms(country: str) -> tuple[str, str]:
    """(folded name, initials of its words): 'United States of America' -> ('united states of
    america', 'usa'), so that the lists' different spellings of one country can be compared."""
    folded = " ".join(re.sub(r"[^a-z]+", " ", unidecode(country).lower()).split())
    folded = _COUNTRY_SYNONYMS.get(folded, folded)
    initials = "".join(w[0] for w in folded.split() if w not in ("of", "the", "and"))
    return folded, initials


def _same_country(a: str, b: str) -> bool:
    """Whether two of the lists' country strings name one country: one a prefix of the other
    ("Syria" / "Syrian Arab Republic", "Afghan" / "Afghanistan"), contained as whole words
    ("Tanzania" / "United Republic of Tanzania") or the start of the other's initials ("UK" /
    "United Kingdom of Great Britain and Northern Ireland", "DRC")."""
    (fa, ia), (fb, ib) = _country_forms(a), _country_forms(b)
    if not fa or not fb:
        return False
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    if f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
        return True
    return (len(fa) <= 4 and ib.startswith(fa)) or (len(fb) <= 4 and ia.startswith(fb))


def countries_conflict(a: countries.Facts, b: countries.Facts) -> bool:
    """Whether two records' stated countries rule out one person: both state a nationality and
    no country of one (nationality or birth) is a country of the other.  A record without a
    stated nationality never conflicts (places of birth alone are too loosely written: a state or
    a city instead of the country)."""
    if not (a.nationalities and b.nationalities):
        return False
    ca = [c for c in a.nationalities + a.birth_countries if len(c) > 1]
    cb = [c for c in b.nationalities + b.birth_countries if len(c) > 1]
    return not any(_same_country(x, y) for x in ca for y in cb)


def build_entities(data: Path, rng: random.Random) -> list[Entity]:
    """UN and OFAC individuals as entities (merged where they are one person), Gaddafi included."""
    entities: list[Entity] = []
    un_countries = countries.read_un_countries(data)
    un_facts: dict[str, countries.Facts] = {}
    for p in sources.read_un(data):
        arab = p.list_type == "Libya" or (bool(p.name_ar) and p.list_type != "Taliban")
        ent = Entity(f"un:{p.ref}", title_name(p.name), p.name_ar, "UN SC list 2018", arab)
        ent.dob_years = p.dob_years
        un_facts[ent.id] = countries.un_facts(p.ref, *un_countries.get(p.ref, ((), ())))
        for alias, quality in p.aliases:
            kind = "un-alias-" + (quality.lower().replace(".", "") or "none")
            ent.candidates.extend((s, kind) for s in clean_un_alias(alias))
        entities.append(ent)
    un_people = [(e, _skeletons(e.en)) for e in entities]
    for p in sources.read_ofac(data):
        if not p.name:
            continue
        sk = _skeletons(reorder(p.name))
        facts = countries.ofac_facts(p.programs, p.remarks)
        twin = next(
            (
                e
                for e, esk in un_people
                if _same_person(esk, e.dob_years, sk, p.dob_years)
                and not countries_conflict(un_facts[e.id], facts)
            ),
            None,
        )
        if twin is not None:
            twin.candidates.append((reorder(p.name), "ofac-primary"))
            twin.merged.append(p.ent_num)
            target = twin
        else:
            target = Entity(
                f"ofac:{p.ent_num}", reorder(p.name), "", "OFAC SDN 2022", _is_arab_ofac(p)
            )
            entities.append(target)
        for aka in p.akas:
            if ", " in aka and rng.random() < KEEP_ORIGINAL_ORDER:
                target.candidates.append((aka, "ofac-aka-original-order"))
            else:
                target.candidates.append((reorder(aka), "ofac-aka"))
    full, surnames = sources.read_gaddafi(data)
    if full or surnames:
        gad = next((e for e in entities if e.id == f"un:{GADDAFI_UN_REF}"), None)
        if gad is None:
            gad = Entity(
                GADDAFI_FALLBACK_ID, "Muammar Mohammed Abu Minyar Qadhafi", "", "eval", True
            )
            entities.append(gad)
        gad.ar = gad.ar or GADDAFI_AR
        gad.arab = True
        gad.forced = [(s, "gaddafi-full") for s in full] + [
            (s, "gaddafi-surname") for s in surnames
        ]
    return entities


def gaddafi_id(entities: list[Entity]) -> str | None:
    return next((e.id for e in entities if e.forced), None)


def select_queries(ent: Entity, rejected: Counter[str] | None = None) -> list[Query]:
    """The entity's candidate spellings that count as spelling variants of its canonical name.

    ``rejected`` (if given) counts the candidates left out, by reason.
    """
    out = [Query(s, ent.id, k) for s, k in ent.forced]
    if not ent.arab:
        return out
    rejected = Counter() if rejected is None else rejected
    for spelling, kind in ent.candidates:
        if len(spelling.split()) < 2:
            rejected["one word"] += 1
        elif fold(spelling) == fold(ent.en):
            rejected["same as canonical"] += 1
        elif not is_spelling_variant(spelling, ent.en):
            rejected["not a spelling variant"] += 1
        else:
            out.append(Query(spelling, ent.id, kind))
    return out


# --- synthetic distractors ------------------------------------------------------------------------
@dataclass(frozen=True)
class NamePart:
    arabic: str
    latins: tuple[str, ...]
    weights: tuple[float, ...]
    weight: float


def _clean_latin(text: str) -> str:
    text = unidecode(text).lower()
    text = re.sub(r"[^a-z' -]", "", text).strip(" -'")
    return " ".join(text.split())


def build_name_parts(data: Path, arab_vocab: set[str]) -> tuple[list[NamePart], list[NamePart]]:
    """(given-name parts, family-name parts) of Arabic origin with their Latin spellings.

    A part is an Arabic word (or compound such as عبد الرحمن) with every Latin spelling that
    plausibly renders it; it is kept when it looks Arabic (``textkeys.arabic_origin``) or one of
    its spellings is a word of several gold names (``arab_vocab``: Yusuf, Ibrahim, Khalid...).
    """
    table: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    shown: dict[str, str] = {}

    def add(latin: str, arabic: str, weight: float) -> None:
        lat = _clean_latin(latin)
        if len(lat) < 2 or not plain_arabic(arabic):
            return
        if not romanisation_plausible(lat.replace(" ", ""), arabic):
            return
        key = norm_arabic(arabic)
        shown.setdefault(key, " ".join(arabic.split()))
        table[key][lat] += weight

    for pair in sources.read_wikidata_tokens(data):
        add(pair.latin, pair.arabic, pair.weight)
    for latins, arabics in sources.read_rigour_clusters(data):
        for ar in arabics:
            for lat in latins:
                add(lat, ar, 0.5)
    given, family = [], []
    for key in sorted(table):
        variants = sorted(table[key].items())
        latins = tuple(v for v, _ in variants)
        if not (arabic_origin(key, latins) or any(v in arab_vocab for v in latins)):
            continue
        part = NamePart(
            shown[key], latins, tuple(w for _, w in variants), sum(w for _, w in variants)
        )
        is_family = key.startswith("ال") and " " not in key and len(key) > 3
        (family if is_family else given).append(part)
    return given, family


_STRUCTURES = (("G", "G", "F"), ("G", "F"), ("G", "G", "G", "F"), ("G", "G"), ("G", "G", "G"))
_STRUCTURE_WEIGHTS = (35, 25, 20, 10, 10)
_ARTICLES = ("al-", "Al-", "Al ", "el-", "El ", "")
_ARTICLE_WEIGHTS = (4, 2, 2, 1, 1, 2)


def _title(latin: str) -> str:
    words = []
    for i, w in enumerate(latin.split()):
        sub = w.split("-")
        words.append(
            "-".join(
                s if (s in ("al", "el") and (i or j)) else s[:1].upper() + s[1:]
                for j, s in enumerate(sub)
            )
        )
    return " ".join(words)


def synth_persons(
    n: int,
    given: list[NamePart],
    family: list[NamePart],
    rng: random.Random,
    forbidden: set[str],
) -> list[tuple[str, str]]:
    """``n`` distinct (Latin, Arabic) full names; none whose key is in ``forbidden``."""
    if not given or not family:
        return []
    gw = [p.weight**0.6 for p in given]
    fw = [p.weight**0.6 for p in family]
    out: list[tuple[str, str]] = []
    seen = set(forbidden)
    attempts = 0
    while len(out) < n and attempts < n * 20:
        attempts += 1
        structure = rng.choices(_STRUCTURES, _STRUCTURE_WEIGHTS)[0]
        latin, arabic = [], []
        for slot in structure:
            part = rng.choices(given, gw)[0] if slot == "G" else rng.choices(family, fw)[0]
            spelling = rng.choices(part.latins, part.weights)[0]
            if slot == "F" and not re.match(r"^(al|el)[- ]", spelling):
                spelling = rng.choices(_ARTICLES, _ARTICLE_WEIGHTS)[0] + _title(spelling)
            latin.append(_title(spelling))
            arabic.append(part.arabic)
        lat, ar = " ".join(latin), " ".join(arabic)
        keys = (name_key(lat), name_key(ar))
        if keys[0] in seen or keys[1] in seen:
            continue
        seen.update(keys)
        out.append((lat, ar))
    return out


# --- the sets -------------------------------------------------------------------------------------
def build_person_sets(data: Path, seed: int = 13, total: int = TOTAL_PERSONS) -> list[EvalSet]:
    """persons-latin, persons-xscript and gaddafi (which shares persons-latin's gazetteer)."""
    rng = random.Random(seed)
    entities = build_entities(data, rng)
    gold: list[tuple[Entity, list[Query]]] = []
    rest: list[Entity] = []
    rejected: Counter[str] = Counter()
    for ent in entities:
        qs = select_queries(ent, rejected)
        if qs and ent.arab:
            gold.append((ent, qs))
        else:
            rest.append(ent)
    forbidden: set[str] = set()
    for ent, qs in gold:
        forbidden.update(name_key(x) for x in (ent.en, *(q.text for q in qs)) if x)
        if ent.ar:
            forbidden.add(name_key(ent.ar))
    real = [
        e
        for e in rest
        if name_key(e.en) not in forbidden and not (e.ar and name_key(e.ar) in forbidden)
    ]
    token_counts = Counter(t for ent, _ in gold for t in set(content_tokens(ent.en)))
    arab_vocab = {t for t, n in token_counts.items() if n >= 2}
    given, family = build_name_parts(data, arab_vocab)
    synth = synth_persons(
        total, given, family, random.Random(seed + 1), forbidden | {name_key(e.en) for e in real}
    )

    latin_records = [record(e.id, "PER", e.en, e.ar, e.source) for e, _ in gold]
    latin_records += [record(e.id, "PER", e.en, e.ar, e.source) for e in real][
        : max(0, total - len(latin_records))
    ]
    n_synth = max(0, total - len(latin_records))
    latin_records += [
        record(f"syn:per:{i:05d}", "PER", lat, ar, "synthetic")
        for i, (lat, ar) in enumerate(synth[:n_synth])
    ]
    latin_queries = [q for _, qs in gold for q in qs]
    persons_latin = hold_out("persons-latin", latin_records, latin_queries)
    gid = gaddafi_id([e for e, _ in gold])
    gaddafi_qs = [q for q in latin_queries if q.gold == gid and q.kind.startswith("gaddafi")]
    gaddafi = hold_out("gaddafi", latin_records, gaddafi_qs)

    x_gold = [(e, qs) for e, qs in gold if e.ar and has_arabic(e.ar)]
    x_records = [record(e.id, "PER", None, e.ar, e.source) for e, _ in x_gold]
    x_records += [record(e.id, "PER", None, e.ar, e.source) for e in real if e.ar][
        : max(0, total - len(x_records))
    ]
    n_synth = max(0, total - len(x_records))
    x_records += [
        record(f"syn:per:{i:05d}", "PER", None, ar, "synthetic")
        for i, (_, ar) in enumerate(synth[:n_synth])
    ]
    x_queries = [Query(e.en, e.id, "canonical-latin") for e, _ in x_gold]
    x_queries += [q for _, qs in x_gold for q in qs]
    persons_x = hold_out("persons-xscript", x_records, x_queries)
    for es in (persons_latin, gaddafi, persons_x):
        es.stats["synthetic_distractors"] = sum(1 for r in es.records if r["id"].startswith("syn:"))
        es.stats["name_parts"] = {"given": len(given), "family": len(family)}
        es.stats["alias_candidates_rejected"] = dict(sorted(rejected.items()))
    return [persons_latin, persons_x, gaddafi]
