"""The title "High Representative" is a title: its "High" names no body (the High National Elections
Commission named earlier is not meant)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:hnec", "ORG", "High National Elections Commission", "المفوضية الوطنية العليا"),
    Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي"),
    Record("per:ashton", "PER", "Catherine Ashton", "كاثرين آشتون"),
]


def test_high_of_the_title_links_nothing() -> None:
    text = (
        "The High National Elections Commission announced the results. The High "
        "Representative of the European Union, Catherine Ashton, welcomed them."
    )
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    found = [(m.text, m.id) for m in doc.mentions if m.id is not None]
    assert ("High", "org:hnec") not in found
    assert ("High National Elections Commission", "org:hnec") in found
    assert ("Catherine Ashton", "per:ashton") in found
