"""articles --as-user: the set's ids come back from the user's own (u-) ids before scoring."""

from benchmarks.eval.articles import own_ids
from normx.resolve.document import Document, Mention


def test_own_ids_takes_the_user_prefix_off_and_leaves_the_rest():
    text = "Tripoli and Sabha"
    mentions = (
        Mention(0, 7, "Tripoli", "loc:u-tripoli", "Tripoli", "LOC", 1.0, "exact"),
        Mention(12, 17, "Sabha", "loc:sabha", "Sabha", "LOC", 1.0, "exact"),
        Mention(8, 11, "and", None, None, None, 0.0, "none"),
    )
    doc = own_ids(Document.build(text, mentions, text))
    assert [m.id for m in doc.mentions] == ["loc:tripoli", "loc:sabha", None]
