"""A small held-out gazetteer: canonical names (English and Arabic) only.

None of the variant spellings the tests query ("Khaled Al-Mashri", "Abu Qirin", "Gadafy") is a
name or alias here: variant resolution is what is being tested.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:khalid-al-mishri", "PER", "Khalid al-Mishri", "خالد المشري"),
    Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر"),
    Record("per:salah-al-din-al-namroush", "PER", "Salah al-Din al-Namroush", "صلاح الدين النمروش"),
    Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا"),
    Record("per:fayez-al-sarraj", "PER", "Fayez al-Sarraj", "فايز السراج"),
    Record("per:muammar-gaddafi", "PER", "Muammar Gaddafi", "معمر القذافي"),
    Record("per:saif-al-islam-gaddafi", "PER", "Saif al-Islam Gaddafi", "سيف الإسلام القذافي"),
    Record("per:abdul-hamid-dbeibeh", "PER", "Abdul Hamid Dbeibeh", "عبد الحميد الدبيبة"),
    Record("per:adnan-ozbal", "PER", None, "عدنان أوزبال"),
    Record("per:khaled-khalifa", "PER", "Khaled Khalifa", "خالد خليفة"),
    Record("per:ali-zeidan", "PER", "Ali Zeidan", "علي زيدان"),
    Record("per:issa-abdul-majid", "PER", "Issa Abdul Majid", "عيسى عبد المجيد"),
    Record("loc:abu-qurayn", "LOC", "Abu Qurayn", "أبو قرين"),
    Record("loc:al-washka", "LOC", None, "الوشكة"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ghadames", "LOC", "Ghadames", "غدامس"),
    Record("org:house-of-representatives", "ORG", "House of Representatives", "مجلس النواب"),
]


@pytest.fixture(scope="session")
def nz():
    return Normalizer.from_records(RECORDS)


@pytest.fixture(scope="session")
def records():
    return RECORDS
