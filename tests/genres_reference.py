"""The reference genre features: the straightforward scan genres.genre_features replaced, each genre's cue
lists counted one by one (Cues.count) and each sign found with a pattern that starts at a line or a lookbehind.
The oracle the faster scan in build_scripts/genres.py and build_scripts/cues.py is checked against
(tests/test_genre_cues.py): for every text, the same features.
"""
from __future__ import annotations

import re

from build_scripts.genres import (BODY_CHARS, CAPS, CLOSING_CHARS, FIRST_PERSON_COUNT, HEAD_CHARS, HEADINGS_CHARS,
                                  OPENING_CHARS, PRACTICE_VERBS, QUESTION_CHARS, TAIL_CHARS, _named_in_title, _rate,
                                  _title_end, _title_is_derived, load_genres)

PRESCRIPTIVE_RE = re.compile(r"(?<![主重需只想紧将摘提简首纪概扼])要(?![求素点闻件害务领么是])|必须|务必")
FIRST_PERSON_RE = re.compile(r"(?<!自)我(?![们国省市县区乡镇村司局院校厂矿部所行党委支队团军])")
DATED_OPENING_RE = re.compile(r"^[^。\n]{0,40}?(?:\d{1,2}月\d{1,2}日|\d{1,2}日(?:上午|下午|晚上?)|近日|日前)")
ARTICLE_RE = re.compile(r"^\s*第[一二三四五六七八九十百]+[条章]", re.M)
ABSTRACT_RE = re.compile(r"^>\s*\*\*摘要")
NOTE_RE = re.compile(r"^>\s*\*\*注：\*\*.*$", re.M)
HEADING_RE = re.compile(r"^#{1,6}\s+(.+)$", re.M)
QUOTE_RE = re.compile(r"“[^“”\n]{10,}”")
MARKUP_RE = re.compile(r"^(?:#{1,6}\s+|>\s?)", re.M)


def genre_features(title: str, body: str) -> dict[str, float]:
    """What the classifier reads from one article (title and Markdown body): each genre's cues found in each
    region (`title:xinwen`, `named:xinde` for a genre named at the end of the title, `occasion:xinwen` for the
    cues of the rest of such a title …) and the signs of structure and voice, each a number of about 0 to 2.
    Features that are 0 are left out."""
    # Only the head and the tail are read: the cues of a long text show in its first pages and last lines.
    head = body[:HEAD_CHARS]
    tail = body[-TAIL_CHARS:] if len(body) > HEAD_CHARS else head
    head, tail = (NOTE_RE.sub("", part) for part in (head, tail))  # the library's notes say nothing of the genre
    text = MARKUP_RE.sub("", head).replace("*", "").strip()
    plain = QUOTE_RE.sub("“”", text)
    closing = QUOTE_RE.sub("“”", MARKUP_RE.sub("", tail).replace("*", "")).strip()[-CLOSING_CHARS:]
    headings = HEADING_RE.findall(body, 0, HEADINGS_CHARS)
    sample = plain[:BODY_CHARS]
    regions = {"title": title, "opening": plain[:OPENING_CHARS], "closing": closing,
               "body": sample + "\n" + "\n".join(headings)}
    # A title the cleaner took from the first sentence (the page had none) is the opening, read as such.
    derived = _title_is_derived(title, text)
    # The genre's name belongs to that genre: the 研究 of …调查研究 is no cue of a paper; the rest of the
    # title only describes the occasion (…培训班开班仪式上的讲话).
    named, modifier = (set(), "") if derived else _named_in_title(title, _title_end(title))
    regions["title"] = "" if derived else modifier
    f: dict[str, float] = {}
    for g in load_genres():
        if g.slug in named:
            f[f"named:{g.slug}"] = 1.0
        for region, cues in (("title", g.title_cues), ("opening", g.opening_cues),
                             ("closing", g.closing_cues), ("body", g.body_cues)):
            n = cues.count(regions[region], CAPS[region])
            if n:  # the rest of a title that names its kind is the occasion
                f[f"{'occasion' if region == 'title' and named else region}:{g.slug}"] = float(n)
    chars = len(sample)
    speaker = len(FIRST_PERSON_RE.findall(sample))
    lines = regions["body"].split("\n")
    signs = {
        "derived_title": float(derived),
        "title_question": float(title.rstrip().endswith(("？", "?"))),
        "first_person": _rate(speaker, chars, 4.0, 2.0) if speaker >= FIRST_PERSON_COUNT else 0.0,
        "first_plural": _rate(sample.count("我们"), chars, 4.0, 2.0),
        "prescriptive": _rate(len(PRESCRIPTIVE_RE.findall(sample)), chars, 6.0, 2.0),
        "exclamations": _rate(sample.count("！"), chars, 2.0, 2.0),
        "practice": min(2.0, sum(1 for verb in PRACTICE_VERBS if verb in regions["body"]) / 5),
        "dated_opening": float(bool(DATED_OPENING_RE.search(plain))),
        "headings": min(2.0, len(headings) / 2),
        "articles": min(2.0, len(ARTICLE_RE.findall(sample)) / 2),
        "comrades": float("同志们" in body),
        "abstract": float(bool(ABSTRACT_RE.match(body))),
        "question_lines": min(2.0, sum(1 for line in lines if len(line) <= QUESTION_CHARS
                                       and line.endswith(("？", "?"))) / 2),
        "quoted": min(2.0, 4 * (len(text) - len(plain)) / max(len(text), 1)),
        "length": min(2.0, len(body) / 2000),
    }
    f.update((k, v) for k, v in signs.items() if v)
    return f
