"""A French name's lower-case word spelled like an English stop word: "monétaire international".

:func:`normx.detect.french_names.french_name` extends a body's capitalised head over the French
words after it. A span's edges are then trimmed of English stop words, and some French name
words are spelled like one: "international" ends the French name of the IMF ("Fonds monétaire
international"), and is a stop word that ends no English name ("... said the international").
Right after a lower-case word that only French writes so ("monétaire": an accent, or a word
of the French lexicon English does not spell alike), a lower-case word of the French lexicon
is French, a word of the name, not the English stop word (:func:`french_stop_word`). So is
one right after such a word capitalised inside the name's complement: "le ministère du
Gouvernement local" (وزارة الحكم المحلي), whose "local" ended no span (articles-v50).
"""

from __future__ import annotations

from normx.detect.french_accents import written_french
from normx.detect.tokens import Token
from normx.mt.french import default_french_names


def french_stop_word(tokens: list[Token], t: int) -> bool:
    """Token *t*, lower case and a word of the French lexicon, follows a French-only lower-case
    word of the same name (see the module docstring)."""
    if t == 0:
        return False
    tok, prev = tokens[t], tokens[t - 1]
    if tok.cap or not tok.joined:
        return False
    names = default_french_names()
    if tok.form not in names.words:
        return False
    if prev.cap and (t < 2 or tokens[t - 2].cap or tokens[t - 2].form not in names.connectors):
        return False  # a capitalised French word only inside the complement: "du Gouvernement"
    return prev.form in names.only_french or written_french(prev.text)
