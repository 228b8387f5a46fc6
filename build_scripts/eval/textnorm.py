"""Normal forms of text for comparing a raw page with the cleaner's output, and their hashes."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")
# Punctuation the cleaner may restore to its Chinese form, mapped to one form for comparison.
_PUNCT = str.maketrans({"。": ".", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "《": "<", "》": ">",
                        "【": "[", "】": "]", "〔": "[", "〕": "]", "—": "-", "–": "-", "…": "..."})


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


def to_simplified(s: str) -> str:
    return _t2s().convert(s)


# t2s keeps a traditional page's 著 where the cleaner writes 着 (normalize.read_zhu): compared as one character.
_ZHE = str.maketrans("着", "著")


def norm(s: str) -> str:
    """Letters and digits only: NFKC, simplified script (着 read as 著), no spaces, punctuation or symbols, lower case."""
    return _norm(s).translate(_ZHE)


def _norm(s: str) -> str:
    s = to_simplified(unicodedata.normalize("NFKC", s or ""))
    return "".join(ch for ch in s.lower() if unicodedata.category(ch)[0] in "LN")


def norm_han(s: str) -> str:
    """Chinese characters and digits only: what a kept line must still show (glued pinyin, Latin
    debris and punctuation around them are the cleaner's to remove or restore)."""
    return "".join(ch for ch in norm(s) if ch.isdigit() or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def norm_punct(s: str) -> str:
    """Like norm, but punctuation stays (in one form): for junk that is punctuation, such as ，，."""
    s = to_simplified(unicodedata.normalize("NFKC", s or "")).translate(_PUNCT).translate(_ZHE)
    return _SPACE.sub("", s.lower())


def digest(s: str) -> str:
    """A short hash of a text's normal form: enough to check a saved page, never the text."""
    return hashlib.sha1(_norm(s).encode()).hexdigest()[:12]  # as the judgments were written (着 not folded)


def ranges(nums: list[int]) -> str:
    """[1, 2, 3, 7] → '1-3,7' (judgment files stay short and readable)."""
    out, nums = [], sorted(set(nums))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(out)


def parse_ranges(value) -> list[int]:
    """'1-3,7', [1, '5-6'] or 4 → sorted line numbers."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    out: set[int] = set()
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        if "-" in item:
            a, b = item.split("-", 1)
            out.update(range(int(a), int(b) + 1))
        else:
            out.add(int(item))
    return sorted(out)
