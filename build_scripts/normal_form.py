"""NFKC, the form in which duplicate detection and the search index compare text, in less time.

unicodedata.normalize("NFKC", text) takes about a millisecond for an article of ten thousand
characters: full-width punctuation (，：（）) keeps Chinese text from being in NFKC already, and
then the whole text is decomposed and composed again. Most of what NFKC changes in such text is
one character for its plain ASCII form, which a substitution does in a twentieth of that time.
"""
from __future__ import annotations

import functools
import re
import unicodedata

LAST_BMP = 0xFFFF


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text): the same string.

    Each character whose compatibility decomposition is plain ASCII (full-width forms, the
    ideographic space, the ellipsis …) is first replaced by that decomposition. This leaves the
    text's NFKD unchanged (NFKD decomposes each character, then orders combining marks), and so
    its NFKC. When the result is in NFKC already (the quick check of unicodedata.is_normalized,
    which answers Chinese and ASCII text at once), it is the text's NFKC; otherwise (a combining
    mark, a Hangul jamo, a character outside the table) the full normalisation runs.

    The replacement is one str.replace per distinct character found (a Chinese text holds a few: ，：（）；！？),
    not a Python call per occurrence (several hundred in an article). The replacements are ASCII, which no
    character of the table is, so replacing one character at a time gives what replacing them all at once does.
    """
    pattern, forms = _ascii_forms()
    replaced = text
    for char in set(pattern.findall(text)):
        replaced = replaced.replace(char, forms[char])
    if unicodedata.is_normalized("NFKC", replaced):
        return replaced
    return unicodedata.normalize("NFKC", text)


@functools.lru_cache(maxsize=1)
def _ascii_forms() -> tuple[re.Pattern, dict[str, str]]:
    """The characters of the Basic Multilingual Plane whose NFKD is other ASCII text, one pattern for
    them, and their NFKD (613 characters; 0.03 s, once per process)."""
    forms = {}
    for code in range(0x80, LAST_BMP + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:  # surrogates: no characters
            continue
        decomposed = unicodedata.normalize("NFKD", char)
        if decomposed != char and decomposed.isascii():
            forms[char] = decomposed
    return re.compile("[" + "".join(map(re.escape, forms)) + "]"), forms
