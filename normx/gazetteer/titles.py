"""A name written as a title with a qualifier also answers to the bare name.

Gazetteers written outside the project often take their names from Wikipedia titles or from
catalogues, which keep namesakes apart with a qualifier: "Khalid al-Mishri (politician)",
"Zawiya (Libya)", "Gharyan, Libya", "Government of National Accord (GNA)". Texts never write
the qualifier, so matched as written such a name is only *partly* said by "al-Mishri" or
"Gharyan": one-word mentions fall below the partial-match rules, acronyms derived from the
name pick up the qualifier's initial, and an exact namesake elsewhere ("Ghat" for "Chad,
Libya") wins. Measured with ``benchmarks/eval/gazetteer_styles.py`` (style ``wiki``), this was
the largest loss of any gazetteer style.

:func:`with_bare_titles` gives the records *as matched* an extra alias per qualified name:

* "X (Q)": the bare X, any type, English names only; when Q is an acronym of X ("GNA",
  "HoR", "AFRICOM": the beginnings of two words or more of X, in order) and the record a body
  or a place, Q too -- "(LIBYA)" after "PRESIDENTIAL GUARD" in an all-capitals list is the
  country, and read as an acronym it took every "Libya" of a text (session 11, style
  ``allcaps``);
* "X, Q" (also the Arabic comma, and in Arabic names too): the bare X when Q names a country
  (:mod:`normx.gazetteer.countries`: "Zawiya, Libya", "Minya, Egypt"), for places and bodies,
  and only when Q starts with a capital and has no full stop (not "Washington, D.C.", not
  "Gavi, the Vaccine Alliance"). A person's comma is "SURNAME, Given", read by
  :func:`normx.text.normalize.analyse_name` as it stands.

A people titled "X people" or a tribe "X tribe" (Wikipedia's habit when the bare X is a
language or a place: "Tuareg people", "Toubou people") also answers to the bare X, the name texts
write ("the Tuareg"), on the same terms (:mod:`normx.gazetteer.peoples`).

A comma qualifier naming a *town* is left as written ("Martyrs' Square, Beirut"), and so is
every other qualifier of an Arabic name ("ساحة الشهداء (بيروت)"): such a name is a place
inside the town, usually with a generic name that other towns' places share, and the bare form
took Tripoli's own Martyrs' Square, which the gazetteer did not hold, for Beirut's
(articles-v9: P 0.991 -> 0.985 with every comma read, session 10). :data:`COMMA_QUALIFIERS`
turns every comma qualifier on (off). After a country the comma only says where the place is;
left as written it cost the comma style (every place "X, Libya") up to 0.02 recall per set:
"Lockerbie" and "Mellitah" unlinked, "Jufra" given to the shipped district (session 11).

Records not read from the shipped files also answer to the short forms their long names contain
(:mod:`normx.gazetteer.short_forms`: "Field Marshal Khalifa Haftar", "X of the State of
Libya", a name written all in lower case or capitals); a short form is the record's own name,
so it is added unless another record holds it as written or two long names give it, and it
keeps another record's bare title from taking it ("House of Representatives (Egypt)" beside
"House of Representatives of the State of Libya").

The qualifier is what tells namesakes apart, so a bare form is *not* added when another
record of the same type holds it as written ("Tripoli" beside "Tripoli, Lebanon") or before a
comma or parenthesis of its own ("Washington (state)" beside "Washington, D.C.", whose comma
is no qualifier), or when two records' titles give the same bare form ("Ansar al-Sharia
(Benghazi)", "... (Derna)"): the names then stay exactly as the user wrote them. The user's
canonical name is never changed (it is what the user chose to read).

A place's qualifier that *describes* it ("New York (state)", "Misrata (city)") marks a namesake
of another kind -- the state, not the city the plain name means -- so it gives no bare form.

Identification with the shipped records (:mod:`normx.gazetteer.inherit`, rule ``name``) reads
a person's or a body's canonical name without its qualifier only when the qualifier describes
the entity: a lower-case word or a number ("(politician)", "(Libyan politician)",
"(organization)", "(born 1960)") or an acronym ("(GNA)") -- :func:`for_identification`. A
proper-name qualifier ("(Lebanon)", ", Lebanon") says the entity is *not* the better-known
namesake, and a place's kind ("(state)") the same, so those stay as written -- except a place's
qualifier naming a home country ("Gharyan, Libya", "Zawiya (Libya)"): the shipped places are
that country's own. A person's rank and a body's official country tail are read away too; a
person's father's name is not (two records then differ by a word the shipped one lacks).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace
from functools import cache

from normx.gazetteer.countries import is_country, is_home_country
from normx.gazetteer.kind_openers import kind_openers
from normx.gazetteer.peoples import people_bare
from normx.gazetteer.schema import Record
from normx.gazetteer.shipped_aliases import alias_only_shipped
from normx.gazetteer.short_forms import case_form, official_short, rank_stripped, short_forms
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import normalize_name
from normx.text.qualifier import trailing_qualifier

__all__ = [
    "COMMA_QUALIFIERS",
    "TITLES_VERSION",
    "bare_forms",
    "described_name",
    "for_identification",
    "identification_name",
    "with_bare_titles",
]

COMMA_QUALIFIERS = False  # "Gharyan, Libya" -> "Gharyan" (module docstring: off)
TITLES_VERSION = 11  # part of the compiled index's cache key: bump when the rules change

_ACRONYM_RE = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z]{2,10}$")  # GNA, HoR, UNSMIL
_COMMAS = ",،"
_HEAD_RE = re.compile(r"[(,،]")  # what comes before it is the name a title qualifies


def _parenthesised(text: str) -> tuple[str, str] | None:
    """(name, qualifier) of a title ending in a parenthesised qualifier; None otherwise."""
    qualifier = trailing_qualifier(text)
    if qualifier is None or not qualifier.parenthetical or text[qualifier.start :].strip() == "()":
        return None
    main = text[: qualifier.start].rstrip()
    return (main, qualifier.words) if main else None


def _comma_bare(text: str) -> str | None:
    cut = max(text.rfind(c) for c in _COMMAS)
    if cut <= 0:
        return None
    main, qualifier = text[:cut].strip(), text[cut + 1 :].strip()
    if not main or not qualifier or "." in qualifier:
        return None
    if not is_mostly_arabic(qualifier) and not qualifier[:1].isupper():
        return None  # a lower-case description: "Gavi, the Vaccine Alliance"
    if not COMMA_QUALIFIERS and not is_country(qualifier):
        return None  # "Martyrs' Square, Beirut": a place inside a town (module docstring)
    return main


def _is_acronym_of(qualifier: str, main: str) -> bool:
    """Whether *qualifier* is an acronym ("GNA", "HoR", "UNSMIL", "AFRICOM") made of the
    beginnings of two words or more of *main*, in order: "(LIBYA)" after "PRESIDENTIAL
    GUARD" in an all-capitals list is a country, not an acronym."""
    if not _ACRONYM_RE.match(qualifier):
        return False
    words = [w for w in re.split(r"[\s\-/]+", fold(main).lower()) if w]
    letters = qualifier.lower()

    @cache
    def fits(at: int, word: int, used: int) -> bool:
        if at == len(letters):
            return used >= 2
        for w in range(word, len(words)):
            text = words[w]
            for n in range(1, min(len(text), len(letters) - at) + 1):
                if text[:n] != letters[at : at + n]:
                    break
                if fits(at + n, w + 1, used + 1):
                    return True
        return False

    return fits(0, 0, 0)


def bare_forms(text: str, kind: str) -> tuple[str, ...]:
    """The names a qualified title *text* of a record of type *kind* also stands for, in order
    ("Zawiya (Libya)" -> ("Zawiya",); "Government of National Accord (GNA)", ORG ->
    ("Government of National Accord", "GNA")); empty when *text* has no qualifier."""
    out: list[str] = []
    for _ in range(3):  # "Zawiya (town), Libya": the comma, then the parenthesis
        before = text
        parts = _parenthesised(text)
        if parts:
            main, qualifier = parts[0].strip(), parts[1]
            if kind == "LOC" and _describes(qualifier):
                break  # "New York (state)": a namesake of another kind, not the plain name
            if main.strip(" ,،"):
                out.append(main)
            if kind != "PER" and _is_acronym_of(qualifier, main):
                out.append(qualifier)
            text = main
        if kind != "PER" and any(c in text for c in _COMMAS):
            bare = _comma_bare(text)
            if bare:
                out.append(bare)
                text = bare
        if text == before:
            break
    return tuple(dict.fromkeys(x for x in out if x))


def _key(text: str) -> str:
    """Names compared as normx reads them (case, accents, articles: "Al Bayda" = "Bayda")."""
    return normalize_name(text)


def _last_word(text: str) -> str:
    """A cheap first filter before :func:`_key`: the last word, folded."""
    words = re.findall(r"\w+", fold(text))
    return words[-1] if words else ""


def _may_hold_title(text: str) -> bool:
    return "(" in text or "," in text or "،" in text


def _forms_of(rec: Record, *, user: bool) -> tuple[list[str], list[str], list[str], list[str]]:
    """(bare English forms, bare Arabic forms, short forms, case forms) of one record's
    names."""
    bare_en: list[str] = []
    bare_ar: list[str] = []
    short: list[str] = []
    cased_forms: list[str] = []
    arabic = min(rec.names("ar"), key=lambda n: len(n.split()), default=None) if user else None
    for lang, text, _ in rec.all_names():
        if lang == "en":
            if _may_hold_title(text):
                bare_en.extend(bare_forms(text, rec.type))
            if (people := people_bare(text, rec.type)) is not None:  # "Tuareg people"
                bare_en.append(people)
            if user:
                short.extend(short_forms(text, rec.type, arabic=arabic))
                cased = case_form(text)
                if cased:
                    cased_forms.append(cased)
                    if _may_hold_title(cased):  # "zawiya, libya": the capitals say "Libya"
                        bare_en.extend(b for b in bare_forms(cased, rec.type) if b not in bare_en)
        elif any(c in text for c in _COMMAS):  # Arabic: a country after a comma only
            bare = _comma_bare(text) if rec.type != "PER" else None
            if bare and not _parenthesised(text):
                bare_ar.append(bare)
    return bare_en, bare_ar, short, cased_forms


def with_bare_titles(
    records: Sequence[Record], *, shipped: Container[str] = ()
) -> tuple[Record, ...]:
    """*records* with the bare forms of their qualified names and the short forms of their long
    names (:mod:`normx.gazetteer.short_forms`, only for records not read from a *shipped* file
    path) appended to their aliases (see the module docstring); the same tuple's records,
    unchanged, when no name has either."""
    found: dict[int, tuple[list[str], list[str], list[str]]] = {}
    cased: dict[int, list[str]] = {}  # names capitalised: the same key, no rival to check
    user_of: dict[int, bool] = {}
    for i, rec in enumerate(records):
        user = user_of[i] = rec.origin is None or rec.origin.path not in shipped
        bare_en, bare_ar, short, case_forms = _forms_of(rec, user=user)
        if bare_en or bare_ar or short:
            found[i] = (bare_en, bare_ar, short)
        if case_forms:
            cased[i] = case_forms
    if not found and not cased:
        return tuple(records)
    every = [b for forms in found.values() for names in forms for b in names]
    wanted = {_key(b) for b in every}
    last = {_last_word(b) for b in every}
    held: dict[tuple[str, str], set[int]] = defaultdict(set)  # (type, key) -> records named so
    written: dict[tuple[str, str], set[int]] = defaultdict(set)  # ... as written
    written_any: dict[str, set[int]] = defaultdict(set)  # a place or body, either type
    for i, rec in enumerate(records):
        for _lang, text, _ in rec.all_names():
            head = _HEAD_RE.split(text, maxsplit=1)[0].strip()
            for form in (text, head) if head != text else (text,):
                if _last_word(form) in last and (key := _key(form)) in wanted:
                    held[(rec.type, key)].add(i)
                    if form == text:
                        written[(rec.type, key)].add(i)
                        if rec.type != "PER":
                            written_any[key].add(i)
    claimed: dict[tuple[str, str], set[int]] = defaultdict(set)  # by a bare title
    shortened: dict[tuple[str, str], set[int]] = defaultdict(set)  # by a short form
    home: dict[tuple[str, str], set[int]] = defaultdict(set)  # by a home-country place title
    foreign: dict[int, set[str]] = defaultdict(set)  # bare keys of titles naming another place
    for i, (bare_en, bare_ar, short) in found.items():
        kind = records[i].type
        for bare in bare_en + bare_ar:
            claimed[(kind, _key(bare))].add(i)
        for text in records[i].names("en"):
            if not _may_hold_title(text):
                continue
            place = _home_place(text) if kind == "LOC" else None
            if place:
                home[(kind, _key(place))].add(i)
            elif kind != "PER" and _foreign(text):
                foreign[i].update(_key(b) for b in bare_forms(text, kind))
        for form in short:
            shortened[(kind, _key(form))].add(i)
            held[(kind, _key(form))].add(i)  # a long name's short form is the record's name
    opened = kind_openers(records, _key, (f for forms in found.values() for f in forms[2]))
    out = list(records)
    for i in sorted(found.keys() | cased.keys()):
        bare_en, bare_ar, short = found.get(i, ([], [], []))
        rec = records[i]
        own = {_key(t) for _, t, _ in rec.all_names()}
        add: dict[str, list[str]] = {"en": list(cased.get(i, ())), "ar": []}
        for form in short:  # first: the record's own name, shortened
            key = (rec.type, _key(form))
            free = not written[key] - {i} and shortened[key] == {i} and not opened[key] - {i}
            if key[1] and key[1] not in own and free and form not in add["en"]:
                add["en"].append(form)
                own.add(key[1])
        for lang, names in (("en", bare_en), ("ar", bare_ar)):
            for bare in names:
                key = (rec.type, _key(bare))
                # "Tripoli, Libya" beside "Tripoli, Lebanon": the home country's place is the
                # one the plain name means (the shipped places are that country's own)
                first = claimed[key] == {i} or home[key] == {i}
                blockers = held[key] - {i}
                if user_of[i]:  # a shipped alias is no namesake the user wrote down
                    blockers -= alias_only_shipped(blockers, key[1], records, shipped, _key)
                if home[key] == {i}:
                    blockers -= claimed[key]  # the namesakes' titles, not their plain names
                if key[1] in foreign[i]:
                    # "Tripoli, Lebanon" yields to a plain "Tripoli" of either type: a place
                    # typed ORG by its list is still the Tripoli the text means
                    blockers |= written_any[key[1]] - {i}
                if not key[1] or key[1] in own or blockers or not first:
                    continue
                if bare not in add[lang]:
                    add[lang].append(bare)
        if add["en"] or add["ar"]:
            out[i] = replace(
                rec,
                aliases_en=rec.aliases_en + _only(add["en"], arabic=False),
                aliases_ar=rec.aliases_ar + _only(add["ar"], arabic=True),
            )
    return tuple(out)


def _only(names: Iterable[str], *, arabic: bool) -> tuple[str, ...]:
    """The names in the script of the alias list (a bare form keeps its title's script)."""
    return tuple(n for n in names if is_mostly_arabic(n) == arabic)


def described_name(text: str) -> str | None:
    """The name of a title whose parenthesised qualifier describes it rather than names
    another place ("444th Brigade (organization)" -> "444th Brigade"; "Zawiya (Libya)" ->
    None)."""
    parts = _parenthesised(text)
    if not parts or not parts[0].strip(" ,،"):
        return None
    main, qualifier = parts
    return main.strip() if _describes(qualifier) or _is_acronym_of(qualifier, main) else None


def _describes(qualifier: str) -> bool:
    """A lower-case word or a number: "(politician)", "(Libyan politician)", "(born 1960)"."""
    return any(w[:1].islower() or w[:1].isdigit() for w in qualifier.split())


def _foreign(text: str) -> bool:
    """Whether *text* ends with a qualifier naming another place than a home country
    ("Tripoli, Lebanon", "Martyrs' Square (Beirut)"; not "(organization)", "(GNA)", ", Libya")."""
    qualifier = trailing_qualifier(text)
    if qualifier is None or _describes(qualifier.words) or is_home_country(qualifier.words):
        return False
    return not _is_acronym_of(qualifier.words, text[: qualifier.start])


def _home_place(text: str) -> str | None:
    """A place's name before a qualifier naming a home country ("Gharyan, Libya", "Gharyan
    (Libya)" -> "Gharyan": the shipped places are that country's own)."""
    qualifier = trailing_qualifier(text)
    if qualifier is None or not is_home_country(qualifier.words):
        return None
    main = text[: qualifier.start].rstrip(" ,،")
    return main or None


def identification_name(rec: Record) -> str | None:
    """The English name *rec* is identified with the shipped records by, when it is not its
    canonical name as written (see :func:`for_identification`); None otherwise."""
    name = rec.name_en
    if not name:
        return None
    if rec.type == "LOC":
        return _home_place(name)
    if "(" in name:
        # a place's "(state)", "(city)" marks a namesake of another kind: never read bare
        name = described_name(name) or name
    shorter = rank_stripped(name) if rec.type == "PER" else official_short(name)
    name = shorter or name
    return name if name != rec.name_en else None


def for_identification(records: Sequence[Record]) -> tuple[Record, ...]:
    """*records* with each English canonical name read the way the shipped records would
    write it: a describing qualifier or an acronym left out ("X (organization)", "X (GNA)"),
    a person's rank ("Field Marshal X"), a body's official country tail ("X of the State of
    Libya"), a place's home-country qualifier ("Gharyan, Libya"). What
    :mod:`normx.gazetteer.inherit` identifies records by."""
    out = []
    for rec in records:
        name = identification_name(rec)
        out.append(replace(rec, name_en=name) if name else rec)
    return tuple(out)
