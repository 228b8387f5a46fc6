"""Cue lists (genres.yml's regular expressions) and counting every genre's cues in one region of a text at once.

A cue list is mostly plain words and a few patterns. Counting them genre by genre scans the region once per
word and once per pattern; `CueTable` finds which of all the genres' words occur with one pass over the
region's two-character pairs (a word whose pairs are not all in the region cannot occur in it), and runs a
genre's pattern only with the alternatives that could match: an alternative needs one of a few literal strings
(会议 of 会议强调, one of 书记|主任|… before a name), and an alternative whose strings are all absent matches
nowhere in the region, so leaving it out finds the same texts. The counts are exactly those of `Cues.count`.
"""
from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern, read for the literal strings it needs
import re._parser as sre_parse
from dataclasses import dataclass, field

import numpy as np

# What makes a cue a pattern rather than a plain word (a plain word is found by substring search).
PATTERN_CHARS = re.compile(r"[.^$*+?{}\[\]\\|()]")
_LAST_BMP = 0xFFFF  # every character outside the pairs' alphabet (and outside the BMP) is read as this one
# A short text is searched for every string (a title for all the title cues): less work than the pairs' tables.
SHORT_WORK = 10_000  # characters × strings
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True)
class Cues:
    """One cue list of genres.yml: its plain words, found by substring search, and the rest as one pattern.

    Python's regex engine tries every branch of an alternation at every position; most cues are plain
    words, and `word in text` finds them far faster. Counting distinct cues found is the same either way.
    """
    words: tuple[str, ...]
    pattern: re.Pattern | None
    branches: tuple[str, ...] = ()  # the pattern's top-level alternatives, in order

    @classmethod
    def compile(cls, source: str) -> Cues:
        words, patterns = [], []
        for branch in _branches(source):
            (patterns if PATTERN_CHARS.search(branch) or not branch else words).append(branch)
        return cls(tuple(dict.fromkeys(words)), re.compile("|".join(patterns), re.M) if patterns else None,
                   tuple(patterns))

    def count(self, text: str, cap: int) -> int:
        """How many distinct cues of the list the text holds, at most cap."""
        n = sum(1 for w in self.words if w in text)
        if n < cap and self.pattern is not None:
            n += len({m.group(0) for m in self.pattern.finditer(text)})
        return min(cap, n)


NO_CUES = Cues((), None)


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a regular expression (| outside groups and classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def scans_quickly(pattern: re.Pattern) -> bool:
    """Whether Python's engine can skip along a text to where a match may start: the pattern is anchored at the
    start, opens on a literal string, or every alternative opens on a literal character (or it is one class).
    Otherwise it tries the whole pattern at every position, many times slower on a line with no match."""
    from re import _compiler as sre_compile
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    first = parsed.data[0] if parsed.data else None
    if first and first[0] is sre.AT and first[1] in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return True
    prefix, _, _ = sre_compile._get_literal_prefix(parsed, parsed.state.flags)
    return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, parsed.state.flags))


def required_strings(branch: str) -> frozenset[str] | None:
    """Literal strings one of which every match of the pattern contains (会议强调|会上 → {会}; 据…(?:消息|报道)
    → {据}), or None when none are known (a class of many characters, an optional part, a flag)."""
    try:
        parsed = sre_parse.parse(branch, re.M)
    except re.error:
        return None
    if parsed.state.flags & (re.I | re.X) or _has_backreference(parsed.data):
        return None
    return _required(parsed.data)


# From U+3000 up, the blocks in which some character has a case (Cyrillic and Latin extensions, Latin ligatures,
# full-width letters); below U+3000 each character is asked. (Checked against str.lower/upper: tests/test_cues.py.)
CASED_BLOCKS = ((0xA640, 0xA7FF), (0xAB30, 0xABBF), (0xFB00, 0xFB4F), (0xFF21, 0xFF5A))


def _cased_span(lo: int, hi: int) -> bool:
    """Some character from lo to hi has a case (as the engine asks: it differs from its lower or upper case)."""
    if hi > 0xFFFF or any(lo <= b and a <= hi for a, b in CASED_BLOCKS):
        return True
    return any(chr(c).lower() != chr(c) or chr(c).upper() != chr(c) for c in range(lo, min(hi, 0x2FFF) + 1))


# An escape in a pattern: a character by its code, a named one, a backreference, or one escaped letter or mark.
_ESCAPE_RE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(N\{[^}]*\}|[1-9g])|(.))", re.S)
_SPAN_RE = re.compile(r"(.)-(.)", re.S)


def _unescaped(m: re.Match) -> str:
    code = m.group(1) or m.group(2) or m.group(3)
    if code:
        return chr(int(code, 16))
    if m.group(4):
        return "A"  # a named character or a backreference: taken to have a case
    ch = m.group(5)
    return "" if ch.isalpha() and ch.isascii() else ch  # \d \s \w \b \n …: no case; \. \( …: the mark itself


def is_cased(source: str) -> bool:
    """Whether re.I can change what the pattern matches: one of its characters, or a range between two of them,
    has a case (a letter: 党建A级, [a-z], [!-~]). Read from the text (a hyphen between any two characters is taken
    for a range), so it may say yes where re.I changes nothing, never no where it does. A Chinese pattern compiled
    with re.I matches the same texts and takes about twice as long to compile (each class is case-folded)."""
    text = _ESCAPE_RE.sub(_unescaped, source)
    if any(ch.lower() != ch or ch.upper() != ch for ch in text):
        return True
    return any(_cased_span(ord(a), ord(b)) for a, b in _SPAN_RE.findall(text) if a <= b)


def _better(a: frozenset[str], b: frozenset[str]) -> bool:
    """Longer strings are rarer; of strings as long, fewer are."""
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _required(items) -> frozenset[str] | None:
    best, run = None, []
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        candidates = [frozenset(["".join(run)])] if run else []
        run = []
        if op is sre.SUBPATTERN:
            _, add_flags, _, sub = av
            if not add_flags & (re.I | re.X):
                candidates.append(_required(sub))
        elif op is sre.ATOMIC_GROUP:
            candidates.append(_required(av))
        elif op is sre.BRANCH:
            parts = [_required(b) for b in av[1]]
            if all(parts):
                candidates.append(frozenset().union(*parts))
        elif op in _REPEATS and av[0] >= 1:
            candidates.append(_required(av[2]))
        elif op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
            candidates.append(frozenset(chr(c) for _, c in av))
        for c in candidates:
            if c and (best is None or _better(c, best)):
                best = c
    return best


def _has_backreference(items) -> bool:
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        for sub in (av if isinstance(av, (list, tuple)) else (av,)):
            if isinstance(sub, sre_parse.SubPattern) and _has_backreference(sub.data):
                return True
            if isinstance(sub, (list, tuple)) and any(isinstance(s, sre_parse.SubPattern)
                                                      and _has_backreference(s.data) for s in sub):
                return True
    return False


@dataclass
class _Genre:
    """One genre's cue list in a CueTable: its words, and its pattern's alternatives with the strings (indices
    in the table) one of which each needs; an alternative is a bit of an int."""
    words: frozenset[int]
    branches: tuple[str, ...]
    pattern: re.Pattern | None
    always: int = 0  # the alternatives that need no string known
    needed: dict[int, int] = field(default_factory=dict)  # string → the alternatives that need it
    patterns: dict[int, re.Pattern | None] = field(default_factory=dict)

    def pattern_for(self, found: set[int]) -> re.Pattern | None:
        """The pattern with only the alternatives that can match where these strings are found."""
        live = self.always
        for i in self.needed.keys() & found:
            live |= self.needed[i]
        if live not in self.patterns:
            kept = [b for bit, b in enumerate(self.branches) if live >> bit & 1]
            self.patterns[live] = (self.pattern if len(kept) == len(self.branches) else
                                   re.compile("|".join(kept), re.M) if kept else None)
        return self.patterns[live]


class CueTable:
    """The cue lists of all genres for one region (the title, the opening …), counted together."""

    def __init__(self, cue_lists: list[tuple[Cues, int]]):
        """The cue lists, each with the most distinct cues of it that count."""
        strings: dict[str, int] = {}

        def index(s: str) -> int:
            return strings.setdefault(s, len(strings))

        self.genres = []
        self.caps = [cap for _, cap in cue_lists]
        for cues, _ in cue_lists:
            genre = _Genre(frozenset(index(w) for w in cues.words), cues.branches, cues.pattern)
            for bit, branch in enumerate(cues.branches):
                need = required_strings(branch)
                if need is None:
                    genre.always |= 1 << bit
                for s in need or ():
                    genre.needed[index(s)] = genre.needed.get(index(s), 0) | 1 << bit
            self.genres.append(genre)
        self.strings = list(strings)
        # Each string's character pairs (a one-character string: its character), as indices into a table of
        # what the text holds: the pairs, then the characters, then an entry always held.
        chars = sorted({c for s in self.strings for c in s if ord(c) < _LAST_BMP})
        self.width = width = len(chars) + 1  # id 0: any other character
        self.char_ids = np.zeros(_LAST_BMP + 1, dtype=np.int64)
        self.char_ids[[ord(c) for c in chars]] = np.arange(1, width)
        ids = [[int(self.char_ids[ord(c)]) for c in s] if all(ord(c) < _LAST_BMP for c in s) else [] for s in self.strings]
        rows = [sorted({a * width + b for a, b in zip(i, i[1:])}) if len(i) > 1 else
                [width * width + i[0]] if i else [] for i in ids]  # [] (an odd character): looked for with `in`
        size = max(map(len, rows), default=0) or 1
        always = width * width + width
        self.keys = np.array([r + [always] * (size - len(r)) for r in rows], dtype=np.int64).reshape(-1, size)

    def found(self, text: str) -> set[int]:
        """The strings the text holds (their indices)."""
        if len(text) < 2 or len(text) * len(self.strings) < SHORT_WORK:
            return {i for i, s in enumerate(self.strings) if s in text}
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        ids = self.char_ids[np.minimum(codes, _LAST_BMP)]
        width = self.width
        held = np.zeros(width * width + width + 1, dtype=bool)
        held[ids[:-1] * width + ids[1:]] = True
        held[width * width + ids] = True
        held[-1] = True
        strings = self.strings
        return {i for i in np.flatnonzero(held[self.keys].all(axis=1)).tolist() if strings[i] in text}

    def count(self, text: str) -> list[int]:
        """How many distinct cues of each list the text holds, at most the list's cap (as Cues.count)."""
        found = self.found(text)
        out = []
        for g, cap in zip(self.genres, self.caps):
            n = len(g.words & found)
            if n < cap and g.pattern is not None:
                pattern = g.pattern_for(found)
                if pattern is not None:
                    n += len({m.group(0) for m in pattern.finditer(text)})
            out.append(min(cap, n))
        return out
