"""A compound surname written without its Abd: "Abdel Fattah Ghaffar" for the Abdel Fattah
Abdel Ghaffar the document names in full.

Arabic names built on Abd ("servant of": عبد الغفار) are one name, which normalisation keeps as
one token (``abd-ghaffar``); translations and headlines drop the second Abd of a name whose
given name is also an Abd- compound, leaving a bare "Ghaffar" that no word of the full name
matches. For coreference only, and only for a name of two words or more whose other words the
full name covers: the last word may be read as the Abd- compound. A lone "Ghaffar" is not read
so (another person may bear the bare name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.text.normalize import NameToken

ABD_FORM = "abd-"


def with_abd(
    forms: Sequence[str], core_words: Callable[[str], tuple[NameToken, ...]]
) -> tuple[NameToken, ...] | None:
    """The words of a name of 2+ words with its last word read as ``Abd``-compound, or None
    when the last word already is one (or is not one word). *core_words* analyses a name
    (:meth:`~normx.resolve.runtime.Runtime.core_words`), *forms* are its folded words."""
    if len(forms) < 2 or forms[-1].startswith(ABD_FORM):
        return None
    tail = core_words(f"abdel {forms[-1]}")
    if len(tail) != 1 or not tail[0].form.startswith(ABD_FORM):
        return None  # the other words are not analysed then (a first pass meets most of them)
    head = core_words(" ".join(forms[:-1]))
    if len(head) != len(forms) - 1:
        return None
    return (*head, tail[0])
