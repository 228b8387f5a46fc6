"""Warnings about one article: a kind (an ASCII rule name to search for) and a message in Chinese.

A warning's kind decides what it means for the build: `fact` kinds state something about the page
that the contributor cannot change (the page shows no date; it was cut off), so `build --strict`
does not fail on them; every other kind asks the contributor to look and, usually, to give a value
in the source's metadata.
"""
from __future__ import annotations

from dataclasses import dataclass

# kind → whether it only states a fact about the page
KINDS = {
    "title-derived": False,   # no title line found; one was made from the text
    "title-doubtful": False,  # a title was chosen, with low confidence
    "no-date": True,
    "truncated": True,
    "little-text": True,      # the page holds a title and almost no text (a heading or a question saved alone)
    "off-topic": True,        # the page is no article on party work (a novel's chapter, a betting advert, no word of it)
    "garbled-text": False,    # runs of mis-decoded characters were found (and removed when safe)
    "genre-doubtful": False,
    "no-topic": False,
    "few-keywords": False,
    "duplicate": False,
}


@dataclass(frozen=True)
class Notice:
    kind: str
    message: str

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown warning kind {self.kind!r}")

    @property
    def is_fact(self) -> bool:
        return KINDS[self.kind]

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"
