"""A title word before a body's name (normx.resolve.context_words, normx.resolve.linker).

MT keeps the Arabic العامة ("general") in front of a body's name: "the General Intelligence
Service" (جهاز المخابرات العامة), "the General Administration of the Criminal Investigation"
(الإدارة العامة للبحث الجنائي). "General" is also a rank, and a rank is stripped as context that
makes what follows a person's name; before a body's name it is a word of that name instead.
Records are invented bodies under their canonical names only, none spelled like the texts.
"""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record

# a body whose Arabic name holds العامة ("general"): the title word is the name's own word
GENERAL_SERVICE = Record(
    "org:northland-state-intelligence",
    "ORG",
    "Northland State Intelligence Organisation",
    name_ar="جهاز المخابرات العامة",
)
# a body whose names lack "general": the rank word is a stray word, not a person's title
LIBYAN_SERVICE = Record(
    "org:libyan-intelligence-test",
    "ORG",
    "Libyan Intelligence Service",
    name_ar="جهاز المخابرات الليبية",
)
ICC = Record(
    "org:icc-test", "ORG", "International Criminal Court", name_ar="المحكمة الجنائية الدولية"
)
CID = Record(
    "org:northland-criminal-police",
    "ORG",
    "Northland Criminal Police Directorate",
    name_ar="الإدارة العامة للبحث الجنائي",
)
OMAR = Record("per:omar-haddad-test", "PER", "Omar Haddad", name_ar="عمر حداد")
PLACE = Record("loc:qasr-tamim-test", "LOC", "Qasr Tamim", name_ar="قصر تميم")


def test_the_title_word_opens_a_body_name_the_gloss_reaches() -> None:
    text = "And the General Intelligence Service arrested a spy ring in Qasr Tamim."
    assert ("General Intelligence Service", "org:northland-state-intelligence") in pairs(
        [GENERAL_SERVICE, OMAR, PLACE], text
    )


def test_a_rank_before_a_body_head_makes_no_person() -> None:
    # "General" is stripped (no name of the body has it), but what follows ends in a body's
    # head noun: the body, reached by likeness, is not dropped as a person's look-alike
    text = "And the General Intelligence Service arrested a spy ring in Qasr Tamim."
    assert ("Intelligence Service", "org:libyan-intelligence-test") in pairs(
        [LIBYAN_SERVICE, OMAR, PLACE], text
    )


def test_a_rank_before_a_person_stays_a_rank() -> None:
    text = "And General Omar Haddad arrived in Qasr Tamim."
    assert ("Omar Haddad", "per:omar-haddad-test") in pairs(
        [GENERAL_SERVICE, LIBYAN_SERVICE, OMAR, PLACE], text
    )


def test_criminal_investigation_glosses_to_al_bahth_al_jinai() -> None:
    # "criminal investigation" is البحث الجنائي, where the words alone say التحقيق (gloss.yaml)
    for text, name in [
        ("And the Criminal Investigation arrested two men.", "Criminal Investigation"),
        (
            "And the Administration of the Criminal Investigation arrested two men.",
            "Administration of the Criminal Investigation",
        ),
    ]:
        assert (name, "org:northland-criminal-police") in pairs([CID, OMAR, PLACE], text)


def test_general_administration_is_the_body_whole() -> None:
    text = "And the General Administration of the Criminal Investigation arrested two men."
    name = "General Administration of the Criminal Investigation"
    assert (name, "org:northland-criminal-police") in pairs([CID, OMAR, PLACE], text)


def test_a_criminal_court_is_no_international_one() -> None:
    # "criminal" is glossed only inside "criminal investigation": alone it would make a
    # town's criminal court (محكمة الجنايات) most of the ICC's name
    text = "The prosecution will refer the file to the Criminal Court after the reports."
    assert ("Criminal Court", "org:icc-test") not in pairs([ICC, CID, PLACE], text)
