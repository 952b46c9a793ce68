"""A letter glued to "&" and another letter is half of an abbreviation, no name.

Companies abbreviate their names with letters joined by an ampersand: "Hyundai E&C"
(Engineering & Construction), "AT&T", "P&O", "S&P". The tokenizer splits at the "&", and the
lone "E" then spelled the telecom group e& (normalised "e") exactly (articles-v50). A letter
or two glued on one side to "&" with a letter on its other side is read as a piece of that
abbreviation: no mention of its own. "e&" written alone (a space or a stop after the "&")
still names the group.
"""

from __future__ import annotations

MAX_LETTERS = 2  # "E" of "E&C", "AT" of "AT&T"


def ampersand_piece(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is at most two letters glued to an "&" that a letter
    follows ("E" of "E&C"), or that a letter precedes ("C" of "E&C")."""
    word = text[start:end]
    if not word.isalpha() or len(word) > MAX_LETTERS:
        return False
    after = text[end : end + 1] == "&" and text[end + 1 : end + 2].isalpha()
    before = start >= 2 and text[start - 1] == "&" and text[start - 2].isalpha()
    return after or before
