"""Labour, civil-service and social-insurance bodies (session 26, articles-v48's rules).

Each test has its own small gazetteer and its own sentences: canonical names only, none of the
article set's spellings.
"""

from link_pairs import pairs_for

from normx.detect.tokens import _tokenize_python, tokenize
from normx.gazetteer.schema import Record

MOE = Record("org:moe", "ORG", "Ministry of Education (Libya)", "وزارة التربية والتعليم")
MOJ = Record("org:moj", "ORG", "Ministry of Justice (Libya)", "وزارة العدل")
SSF = Record("org:ssf", "ORG", None, "صندوق الضمان الاجتماعي")  # Arabic only
IMF = Record("org:imf", "ORG", "International Monetary Fund", "صندوق النقد الدولي")
UGTT = Record("org:ugtt", "ORG", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل")
UNSC = Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي")
HOR = Record("org:hor", "ORG", "House of Representatives (Libya)", "مجلس النواب")
ACA = Record("org:aca", "ORG", "Administrative Control Authority", "هيئة الرقابة الإدارية")
CIVIL = Record("org:civil", "ORG", None, "وزارة الخدمة المدنية")  # Arabic only
HEALTH = Record("org:health", "ORG", "Ministry of Health (Libya)", "وزارة الصحة")
GNU = Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية")
LIBYA = Record("loc:libya", "LOC", "Libya", "ليبيا")
SALEH = Record("per:saleh", "PER", "Aguila Saleh Issa", "عقيلة صالح عيسى")


def test_social_security_fund_and_its_head() -> None:
    """ "Social Security" glosses الضمان الاجتماعي (not الأمن): the Arabic-only fund is reached,
    and "the Fund" after it is the fund."""
    links = pairs_for([SSF, MOJ, UNSC], linked_only=True)  # "Security": a word of names
    found = links(
        "The auditors reviewed the Fund of the Social Security last year. Officials said that "
        "the Fund will publish its accounts."
    )
    assert found == [("Fund of the Social Security", "org:ssf"), ("Fund", "org:ssf")]


def test_french_caisse_and_la_caisse_among_funds() -> None:
    """ "Caisse de sécurité sociale" is the fund, and "la Caisse" stays the Caisse after the
    Fonds monétaire international (both صندوق): a French noun is the body's own word."""
    links = pairs_for([SSF, IMF], linked_only=True)
    found = links(
        "Les retraités de la Caisse de sécurité sociale attendent. Le Fonds monétaire "
        "international a recommandé une réforme, que le gouvernement dit avoir engagée avec "
        "la Caisse pour les pensions."
    )
    assert ("Caisse de sécurité sociale", "org:ssf") in found
    assert ("Caisse", "org:ssf") in found
    assert ("Caisse", "org:imf") not in found


def test_french_sentence_opening_elision() -> None:
    """ "L'Union ..." at a sentence start: the capital elision is a word of its own, so the
    French name after it is read whole."""
    text = "L'Union générale tunisienne du travail menace d'une grève."
    assert [t.text for t in tokenize(text)][:2] == ["L", "Union"]
    assert [t.text for t in _tokenize_python(text)][:2] == ["L", "Union"]
    assert [t.text for t in tokenize("O'Brien and D'Alema spoke.")][:2] == ["O'Brien", "and"]
    links = pairs_for([UGTT, ACA], linked_only=True)
    found = links(
        "Le syndicat a protesté.\n\nL'Union générale tunisienne du travail menace d'une "
        "grève. L'Autorité de contrôle administratif enquête."
    )
    assert ("Union générale tunisienne du travail", "org:ugtt") in found
    assert ("Autorité de contrôle administratif", "org:aca") in found


def test_le_parlement_after_its_full_name() -> None:
    """ "le Parlement" is a definite reference as "the Parliament" is."""
    links = pairs_for([HOR], linked_only=True)
    found = links(
        "La loi a été votée par la Chambre des représentants en 2023. Depuis, le Parlement "
        "n'a pas adopté de budget."
    )
    assert ("Parlement", "org:hor") in found


def test_french_pronoun_is_no_name() -> None:
    links = pairs_for([SALEH])
    found = links('Aguila Saleh a parlé. "Celui qui vole paie", a-t-il dit.')
    assert ("Celui", "per:saleh") not in found
    assert all(text != "Celui" for text, _ in found)


def test_conseil_des_ministres_is_the_government() -> None:
    links = pairs_for([GNU], linked_only=True)
    found = links(
        "Le Gouvernement d'union nationale a gelé les embauches, a annoncé le Premier ministre "
        "devant le Conseil des ministres."
    )
    assert ("Conseil des ministres", "org:gnu") in found


def test_the_ministry_of_the_minister_named_by_surname() -> None:
    """The title introduced the minister; a later sentence names him only by surname and then
    "the Ministry": his ministry, not the one named since."""
    links = pairs_for([CIVIL, HEALTH], linked_only=True)
    found = links(
        "The Ministry of the Civil Service froze the hiring. "
        "The Minister of the Civil Service, Salem Al-Warshafani, said that the audit found "
        "duplicated posts in the Ministry of Health and other bodies. And Al-Warshafani said "
        "that the Ministry will link every salary with the national number."
    )
    assert ("Ministry", "org:civil") in found
    assert ("Ministry", "org:health") not in found


def test_foreign_ministry_gives_way_to_the_frames_spelled_out() -> None:
    """A bare "Ministry of Transport" that is exactly Egypt's name, in a text that never names
    Egypt, is Libya's ministry whose longer English name holds every word."""
    egypt = Record("org:mot-eg", "ORG", "Ministry of Transport (Egypt)", "وزارة النقل المصرية")
    libya = Record(
        "org:mot-ly",
        "ORG",
        "Ministry of Transport and Communications (Libya)",
        "وزارة المواصلات والنقل",
    )
    links = pairs_for([egypt, libya, LIBYA], linked_only=True)
    found = links("In Libya, the Ministry of Transport said that flights would resume.")
    assert ("Ministry of Transport", "org:mot-ly") in found


def test_bare_un_mission_in_a_story_about_one_country() -> None:
    un = Record("org:un", "ORG", "United Nations", "الأمم المتحدة")
    unsmil = Record(
        "org:unsmil",
        "ORG",
        "United Nations Support Mission in Libya",
        "بعثة الأمم المتحدة للدعم في ليبيا",
    )
    links = pairs_for([un, unsmil, LIBYA], linked_only=True)
    found = links(
        "Libya has two governments. The United Nations wants one budget for Libya. The U.N. "
        "mission has proposed a mechanism to agree spending."
    )
    assert ("U.N. mission", "org:unsmil") in found
    assert ("United Nations", "org:un") in found


def test_body_then_a_members_name() -> None:
    """ "the member of the <body> <person>" with no comma: the person's name, opening with a
    given name persons of the gazetteer hold, is no word of the body's name."""
    hcs = Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة")
    zeidan = Record("per:zeidan", "PER", "Ali Zeidan", "علي زيدان")
    issawi = Record("per:issawi", "PER", "Ali Al-Issawi", "علي العيساوي")
    links = pairs_for([hcs, zeidan, issawi])
    found = links(
        "And the member of the High Council of the State Ali Al-Marghani demanded a session."
    )
    assert ("High Council of the State", "org:hcs") in found
    assert ("High Council of the State Ali Al-Marghani", None) not in found
