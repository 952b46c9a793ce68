"""A father's name inside his son's chain: "Idriss Deby Itno" against the son's "Mahamat Idriss
Déby Itno" is the father; a bare family name after a son introduced by such a chain is the
father the document names in full later (normx.resolve.father_chain)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

SON = Record(
    "per:mahamat-deby",
    "PER",
    "Mahamat Déby",
    "محمد إدريس ديبي",
    aliases_en=("Mahamat Idriss Déby Itno",),
)
FATHER = Record("per:idriss-deby", "PER", "Idriss Déby", "إدريس ديبي")
KHALIFA = Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر")
SADDAM = Record("per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر")


def _ids(records: list[Record], text: str, said: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == said]


def test_a_sons_name_without_his_given_name_is_the_father():
    text = "The rebels launched the offensive in which the president Idriss Deby Itno was killed."
    assert _ids([SON, FATHER], text, "Idriss Deby Itno") == ["per:idriss-deby"]


def test_the_sons_whole_chain_stays_the_son():
    text = "The president Mahamat Idriss Deby Itno received the delegation on Monday."
    assert _ids([SON, FATHER], text, "Mahamat Idriss Deby Itno") == ["per:mahamat-deby"]


def test_without_a_father_in_the_gazetteer_the_son_stands():
    text = "The rebels launched the offensive in which the president Idriss Deby Itno was killed."
    assert _ids([SON], text, "Idriss Deby Itno") == ["per:mahamat-deby"]


CHAIN_THEN_FATHER = (
    "The units, led by the commander of the land forces Saddam Khalifa Haftar, moved south.\n\n"
    "The Front fought for years beside the forces of Haftar before it left.\n\n"
    "The president welcomed in a call with Khalifa Haftar the efforts of the army."
)


def test_a_bare_family_name_after_a_chained_son_is_the_father_named_later():
    assert _ids([KHALIFA, SADDAM], CHAIN_THEN_FATHER, "Haftar") == ["per:khalifa-haftar"]


def test_in_the_sons_own_paragraph_the_family_name_is_the_son():
    text = (
        "The commander of the land forces Saddam Khalifa Haftar moved south, and Haftar said "
        "the border was closed.\n\nThe president called Khalifa Haftar on Tuesday."
    )
    assert _ids([KHALIFA, SADDAM], text, "Haftar") == ["per:saddam-haftar"]


def test_a_father_never_named_leaves_the_son():
    text = (
        "The units, led by Saddam Khalifa Haftar, moved south.\n\n"
        "The Front fought for years beside the forces of Haftar before it left."
    )
    assert _ids([KHALIFA, SADDAM], text, "Haftar") == ["per:saddam-haftar"]
