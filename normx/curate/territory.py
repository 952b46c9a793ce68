"""The Libya country record from OpenSanctions rigour's territory data (MIT).

Source: ``rigour-org-symbols/territory_ly.yml`` (rigour ``resources/territories/ly.yml``). It
gives the English name, the Wikidata QID, official former names (``names_strong``) and the name
of Libya in ~90 languages (``names_weak``). Only Arabic-language and a few Latin-script names of
languages English-language news quotes are kept: most weak names are in other scripts, and some
Latin ones are adjectives ("Libyan") or collide with Arabic name parts ("Libi", as in al-Libi).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from normx.curate.names import clean, fix_case, is_arabic_language, is_latin
from normx.curate.records import RecordDict, make_record
from normx.text.resources import word_list

RELATIVE_PATH = Path("rigour-org-symbols/territory_ly.yml")
SOURCE = "rigour territories/ly.yml (MIT, OpenSanctions)"
RECORD_ID = "loc:libya"

# Weak (other-language) names of Libya kept as aliases: French, German, Italian/Spanish,
# Portuguese, Dutch forms that appear in European-language sources quoted in English text.
# (data/names.yaml, libya_latin_weak_names)
LATIN_WEAK_NAMES: frozenset[str] = frozenset(
    word_list("normx.curate", "names.yaml", "libya_latin_weak_names")
)
# The official name, as the rigour record's summary gives it ("officially the State of Libya").
OFFICIAL_EN: tuple[str, ...] = ("State of Libya",)


def records(data_dir: Path) -> list[RecordDict]:
    """The single record ``loc:libya``."""
    data = yaml.safe_load((data_dir / RELATIVE_PATH).read_text(encoding="utf-8"))
    weak = [clean(str(n)) for n in data.get("names_weak", [])]
    strong = [fix_case(clean(str(n))) for n in data.get("names_strong", [])]
    arabic = [n for n in weak if is_arabic_language(n)]
    latin_weak = [n for n in weak if is_latin(n) and n in LATIN_WEAK_NAMES]
    official = [fix_case(n) for n in weak if is_latin(n) and n.isupper()]
    name = clean(data["name"])
    full = clean(data.get("full_name", ""))
    return [
        make_record(
            RECORD_ID,
            "LOC",
            en=name,
            ar=arabic[0] if arabic else None,
            aliases_en=[full, *OFFICIAL_EN, *strong, *official, *latin_weak],
            aliases_ar=arabic[1:],
            xref={"wikidata": data["qid"]},
            source=SOURCE,
            note="country",
        )
    ]
