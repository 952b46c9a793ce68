"""Report gloss-lexicon renderings that MUSE or FreeDict do not confirm.

MUSE (CC BY-NC) and FreeDict (GPL) may not be shipped, but they may check what is shipped:
this script reads them from /work/shared/data (or --data) and prints, per lexicon entry, the
Arabic renderings neither dictionary gives for the English word. Words are compared as
:mod:`normx.mt.arwords` readings (article, ة/ه and feminine endings folded), so الوطني confirms
وطنية. A multiword rendering counts as confirmed when each of its words is a rendering of some
word of the English key ("united nations" -> الأمم المتحدة). Transliterated entries are checked
the other way: is the Arabic word a dictionary headword at all?

Unconfirmed is not wrong: the dictionaries are general, the lexicon is about names of bodies
(قوات for "forces" is there, مفوضية for "commission" is not). The report is for a curator's eye.

Usage: python scripts/check_gloss_lexicon.py [--data DIR] [--all]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from normx.mt.arwords import arabic_words, gloss_readings
from normx.mt.lexicon import read_lexicon_data

DEFAULT_DATA = Path("/work/shared/data")


def _readings(text: str) -> set[str]:
    return {r for w in arabic_words(text) for r in gloss_readings(w)}


def load_dictionaries(data: Path) -> tuple[dict[str, set[str]], set[str]]:
    """English word -> readings of its Arabic translations; and all Arabic headword readings."""
    en_ar: dict[str, set[str]] = defaultdict(set)
    arabic: set[str] = set()
    for path in (data / "muse-ar-en" / "en-ar.txt",):
        for line in path.read_text(encoding="utf-8").splitlines():
            en, _, ar = line.partition("\t")
            if len(arabic_words(ar)) == 1:
                en_ar[en.strip().lower()] |= _readings(ar)
    for line in (data / "muse-ar-en" / "ar-en.txt").read_text(encoding="utf-8").splitlines():
        arabic |= _readings(line.partition("\t")[0])
    fd = data / "freedict-ar-en"
    for line in (fd / "freedict-eng-ara.tsv").read_text(encoding="utf-8").splitlines():
        en, _, rest = line.partition("\t")
        for sense in rest.split("|"):
            sense = sense.strip().split(". ", 1)[-1]
            for part in sense.replace("،", ",").split(","):
                if len(arabic_words(part)) == 1:
                    en_ar[en.strip().lower()] |= _readings(part)
    for line in (fd / "freedict-ara-eng.tsv").read_text(encoding="utf-8").splitlines():
        arabic |= _readings(line.partition("\t")[0])
    return en_ar, arabic


def _confirmed(key: list[str], rendering: str, en_ar: dict[str, set[str]]) -> bool:
    known = set().union(*(en_ar.get(w, set()) for w in key)) if key else set()
    whole = en_ar.get(" ".join(key), set())
    words = arabic_words(rendering)
    return bool(whole & _readings(rendering)) or all(gloss_readings(w) & known for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--all", action="store_true", help="also list confirmed entries")
    args = parser.parse_args(argv)
    en_ar, arabic = load_dictionaries(args.data)
    lexicon = read_lexicon_data()
    counts = {"entries": 0, "confirmed": 0, "partly": 0, "unconfirmed": 0}
    for word, entry in lexicon["words"].items():
        key = [w for w in word.split() if w not in lexicon["function_words"]]
        bad = [r for r in entry["ar"] if not _confirmed(key, r, en_ar)]
        counts["entries"] += 1
        if not bad:
            counts["confirmed"] += 1
            if args.all:
                print(f"ok          {word}: {', '.join(entry['ar'])}")
            continue
        status = "unconfirmed" if len(bad) == len(entry["ar"]) else "partly"
        counts[status] += 1
        print(f"{status:11} {word}: {', '.join(bad)}  [{entry['source']}]")
    for word, entry in lexicon["transliterated"].items():
        unknown = [
            r for r in entry["ar"] if not all(gloss_readings(w) & arabic for w in arabic_words(r))
        ]
        if unknown:
            print(f"not a headword (transliterated {word}): {', '.join(unknown)}")
    print(
        f"{counts['entries']} word entries: {counts['confirmed']} confirmed, "
        f"{counts['partly']} partly, {counts['unconfirmed']} not confirmed by MUSE/FreeDict",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
