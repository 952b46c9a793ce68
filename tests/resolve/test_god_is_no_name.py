"""The word "God" is never a name by itself (translations of Arabic write it often: "God is great",
"God willing"); a three-letter word resembles some Arabic name across scripts by chance."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:kuwait", "LOC", "Kuwait", "الكويت"),
    Record("org:hezbollah", "ORG", "Hezbollah", "حزب الله", aliases_en=("Party of God",)),
]


def test_god_links_nothing() -> None:
    text = (
        'He died, a spokesman said. Video showed a man being dragged by fighters shouting "God'
        ' is great." It was not clear how he died; officials said.'
    )
    doc = Normalizer.from_records(RECORDS[:1]).canonicalize(text)
    assert [m.text for m in doc.mentions if m.id is not None] == []


def test_a_name_ending_in_god_still_links() -> None:
    text = "Fighters of the Party of God crossed the border, the army said."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    assert ("Party of God", "org:hezbollah") in [(m.text, m.id) for m in doc.mentions]
