"""A small gazetteer of Libyan bodies and places: Arabic and English canonical names only.

None of the phrases the tests match is an alias here: the gloss matcher must reach the body
through its Arabic name.
"""

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt.gloss import GlossMatcher

RECORDS = (
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:ssc", "ORG", "Supreme Security Committee", "اللجنة الأمنية العليا"),
    Record("org:jmc", "ORG", "5+5 Joint Military Commission", "اللجنة العسكرية المشتركة 5+5"),
    Record("org:opsroom", "ORG", "Sirte–Jufra Operations Room", "غرفة عمليات سرت والجفرة"),
    Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    ),
    Record("org:tpf", "ORG", "Tripoli Protection Force", "قوة حماية طرابلس"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:jufra", "LOC", "Jufra", "الجفرة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
)
# A made-up body of another town, only to test that places keep bodies apart.
DECOY = Record("org:test-sirte-protection-force", "ORG", None, "قوة حماية سرت")


@pytest.fixture(scope="session")
def index() -> NameIndex:
    return NameIndex.build(RECORDS)


@pytest.fixture(scope="session")
def matcher(index: NameIndex) -> GlossMatcher:
    return GlossMatcher(index)


@pytest.fixture(scope="session")
def decoy_matcher() -> GlossMatcher:
    return GlossMatcher(NameIndex.build((*RECORDS, DECOY)))
