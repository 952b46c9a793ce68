"""A generic noun that opens a paragraph goes on from the paragraph before.

"The Authority" refers to the body just named that says the noun; with two such bodies in
reach and neither in the noun's sentence or paragraph it stayed undecided, and a head the
document had settled on (the roads authority, called "the Authority" twice) took it. A
paragraph that opens "And the head of the Authority, X, said" continues the one before, which
named the railway authority twice: the body named in the paragraph right before, when it is
the only one there, is the noun's (normx.resolve.noun_rivals; session 30, h-v49fix,
articles-v49's 4903)."""

from pathlib import Path

from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("generic_paragraph.yaml")

TEXT = """\
Derna - The Authority of the Roads and the Bridges opened on Thursday the bridge of Derna.

And the director of the Authority in the region said that the bridge is the largest that the \
Authority rebuilt after the disaster.

And about the railway, the minister said that the Authority of the Implementation and the \
Management of the Project of the Railways returned to the works of the line to Sirte, and that \
the Authority of the Railways is negotiating with a company to complete the line.

And the head of the Authority said that the Authority received the approval of the planning \
ministry on the designs."""


def test_the_noun_goes_on_from_the_paragraph_before() -> None:
    nz = Normalizer.load([GAZETTEER], defaults=False, use_cache=False)
    found = mention_pairs(nz, TEXT)
    authorities = [i for t, i in found if t == "Authority"]
    assert authorities[:2] == ["org:roads-authority", "org:roads-authority"]
    assert authorities[2:] == ["org:railway-authority", "org:railway-authority"]
