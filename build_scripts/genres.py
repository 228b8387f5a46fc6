"""Genre (文体): the closed list in taxonomy/genres.yml and the choice of one genre per article.

The genre is judged from the text, never from the site it came from: cues in the title weigh most,
then cues in the opening and closing sentences, then the structure and the voice of the whole (an
abstract, sections under headings, a first-person voice, 同志们, numbered articles of a rule,
question-and-answer lines, sentence after sentence of what must be done).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import ConfigError, SourceError
from .notices import Notice

GENRES_FILE = Path(__file__).parent / "taxonomy" / "genres.yml"
# Where each cue list of genres.yml is looked for (characters of the plain text), how much one distinct
# cue found there weighs, and how many distinct cues count at most.
OPENING_CHARS, CLOSING_CHARS = 200, 200
BODY_CHARS = 2500  # the structure cues of a long text show in its first pages
# The Markdown read for them (markup and quotations take room) and for the headings.
HEAD_CHARS, TAIL_CHARS, HEADINGS_CHARS = 4000, 600, 20000
WEIGHTS = {"title": 3.0, "opening": 2.0, "closing": 1.5, "body": 0.75}
CAPS = {"title": 2, "opening": 2, "closing": 2, "body": 4}
# A title the cleaner had to take from the first sentence (no title on the page) is the opening, not a
# title: its cues weigh as the opening's.
DERIVED_TITLE_WEIGHT = 0.5
# A Chinese title names its kind last (…开班仪式上的讲话, …学习心得, …实施方案): the genre's own name
# (title_end in genres.yml) at the end of the title weighs this much, once, however many of the genre's
# title cues that name holds (…述职报告 is one name, not 述职 and 报告): more than a speech's 同志们 and
# 各位领导 together, since a 述职报告 is read out to comrades too.
TITLE_NAMED_WEIGHT = 8.0
# …and then the other genres' title cues only describe the occasion (…培训班开班仪式上的讲话): they weigh
# as this.
TITLE_MODIFIER_WEIGHT = 1.0
# When nothing speaks for any genre, the likeliest genre of a party-building page: news is the commonest
# kind of page saved from the web, then a unit's account of its practice, then commentary.
PRIOR = {"xinwen": 0.6, "jingyan": 0.4, "pinglun": 0.3}
# Structural signs: 我 per 1,000 characters from which a text speaks in the first person, and the
# weight of each sign.
FIRST_PERSON_MIN = 5.0
# …and at least this many times: one 我 in a short text (a speaker's 我和大家) is no voice yet.
FIRST_PERSON_COUNT = 3
SIGN_WEIGHTS = {"practice": 1.5, "first_person": 0.5, "comrades": 3.0, "abstract": 4.0, "question": 1.0, "questions": 1.5,
                "prescriptive": 1.0, "sections": 1.5}
# A text in sections under headings (一、…, 二、…) is a plan, a report, a paper or an account of practice:
# news and commentary run on in paragraphs.
SECTIONS_MIN = 2
# A text that says what ought to be done (要, 必须 this many times per 1,000 characters) is no report of
# what was done: it speaks for a commentary and against news and a unit's practice. (A report of a meeting
# quotes its 要 now and then; a commentary argues with them sentence after sentence.) 应当 is left out: it is
# the word of rules and of explainers of them (入党介绍人应当…), not of an argument.
PRESCRIPTIVE_RE = re.compile(r"(?<![主重需只想紧将摘提简首纪概扼])要(?![求素点闻件害务领么是])|必须|务必")
PRESCRIPTIVE_MIN = 6.0
# A unit's practice told as such: this many distinct verbs of sustained work (坚持, 着力, 探索 …) in
# the text (a report of one event has few).
PRACTICE_VERBS = ("坚持", "持续", "不断", "着力", "深化", "推进", "健全", "完善", "建立", "打造", "创新", "探索", "推行",
                  "实施", "构建", "搭建", "聚焦", "围绕", "立足", "紧扣", "注重", "强化")
PRACTICE_MIN = 5
# The best genre must lead by this much, and score at least DOUBT_FLOOR, or a warning says so.
DOUBT_MARGIN, DOUBT_FLOOR = 0.5, 2.5
# 我 as a speaker (not 我们, 我国, 我市 …, nor 自我 of 自我批评, 自我革命): a learning reflection's voice.
FIRST_PERSON_RE = re.compile(r"(?<!自)我(?![们国省市县区乡镇村司局院校厂矿部所行党委支队团军])")
ABSTRACT_RE = re.compile(r"^>\s*\*\*摘要")
NOTE_RE = re.compile(r"^>\s*\*\*注：\*\*.*$", re.M)
HEADING_RE = re.compile(r"^#{1,6}\s+(.+)$", re.M)
# Long quotations are other people's voices (a party member quoted in a report, a leader's words in an
# analysis): their 我 and 作为一名党员 say nothing of the article's own genre.
QUOTE_RE = re.compile(r"“[^“”\n]{10,}”")
MARKUP_RE = re.compile(r"^(?:#{1,6}\s+|>\s?)", re.M)
# Questions standing as lines of their own (at most QUESTION_CHARS long): a Q&A or an explainer, when
# there are at least QUESTION_LINES of them.
QUESTION_CHARS, QUESTION_LINES = 60, 2


# A subtitle after the main title (——以某某为例, ——基于某某的考察): the main title may name the kind.
SUBTITLE_RE = re.compile(r"\s*(?:——|--|—)")


# What makes a cue a pattern rather than a plain word (a plain word is found by substring search).
PATTERN_CHARS = re.compile(r"[.^$*+?{}\[\]\\|()]")


@dataclass(frozen=True)
class Cues:
    """One cue list of genres.yml: its plain words, found by substring search, and the rest as one pattern.

    Python's regex engine tries every branch of an alternation at every position; most cues are plain
    words, and `word in text` finds them far faster. Counting distinct cues found is the same either way.
    """
    words: tuple[str, ...]
    pattern: re.Pattern | None

    @classmethod
    def compile(cls, source: str) -> Cues:
        words, patterns = [], []
        for branch in _branches(source):
            (patterns if PATTERN_CHARS.search(branch) or not branch else words).append(branch)
        return cls(tuple(dict.fromkeys(words)), re.compile("|".join(patterns), re.M) if patterns else None)

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


@dataclass(frozen=True)
class Genre:
    slug: str
    name: str
    description: str
    title_cues: Cues
    body_cues: Cues
    title_end: re.Pattern | None = None
    title_start: re.Pattern | None = None
    title_about: re.Pattern | None = None
    opening_cues: Cues = NO_CUES
    closing_cues: Cues = NO_CUES


@lru_cache(maxsize=4)
def load_genres(path: Path = GENRES_FILE) -> tuple[Genre, ...]:
    """The closed genre list (read-only, loaded once per process)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read the genre list: {str(e).splitlines()[0]}")
    out = []
    for i, g in enumerate((data or {}).get("genres") or [], 1):
        try:
            for key in ("title", "title_end", "title_start", "title_about", "opening", "closing", "body"):
                if g.get(key):
                    re.compile(g[key])  # report a bad pattern here, with the genre's number
            out.append(Genre(g["slug"], g["name"], g["description"], Cues.compile(g["title"]), Cues.compile(g["body"]),
                             re.compile(f"(?:{g['title_end']})$") if g.get("title_end") else None,
                             re.compile(f"^(?:{g['title_start']})") if g.get("title_start") else None,
                             re.compile(g["title_about"]) if g.get("title_about") else None,
                             *(Cues.compile(g[k]) if g.get(k) else NO_CUES for k in ("opening", "closing"))))
        except (KeyError, TypeError, re.error) as e:
            raise ConfigError(f"{path}: genre {i}: {e}: write slug, name, description, title and body")
    if not out:
        raise ConfigError(f"{path}: genres: the list is empty")
    return tuple(out)


def genre_names() -> dict[str, str]:
    return {g.slug: g.name for g in load_genres()}


def validate_genre(value: str, label: str) -> str:
    """A genre given in a source's metadata: a slug (or its Chinese name) from the list."""
    names = {g.name: g.slug for g in load_genres()}
    slug = names.get(value, value)
    if slug not in genre_names():
        raise SourceError(label, "unknown genre", f"{value!r} 不是文体；可用的文体："
                          + ", ".join(f"{g.slug}（{g.name}）" for g in load_genres()))
    return slug


def _title_is_derived(title: str, text: str) -> bool:
    """The title is the start of the first sentence (the page had none), not a line of its own."""
    first = text.split("\n", 1)[0]
    return len(first) > len(title) and first.startswith(title) and first[len(title)] not in "（( 　"


def _title_end(title: str) -> int:
    """Where the title's last word ends: before trailing punctuation, numbers and （…） notes."""
    end = len(title)
    while True:
        stripped = title[:end].rstrip()
        if stripped.endswith(("）", ")")):
            opening = max(stripped.rfind("（"), stripped.rfind("("))
            if opening >= 0 and len(stripped) - opening <= 14:
                end = opening
                continue
        if stripped and not stripped[-1].isalpha():
            end = len(stripped) - 1
            continue
        return len(stripped)


def _named_in_title(title: str, end: int) -> tuple[set[str], str]:
    """The genre of a title about writing some kind of text (怎样写好…讲稿: an explainer, whatever kind it
    names), else the genres whose own name ends the title (of two, the longer name: …的调查研究 is a
    survey, not a 研究) or its main title before a subtitle (…对比研究——以某某社区为例), else the genre
    whose way of opening a title starts it (什么…, 为什么…: a question asked); and the rest of the title,
    which only describes the occasion or the subject."""
    for g in load_genres():
        m = g.title_about.search(title) if g.title_about is not None else None
        if m:
            return {g.slug}, title[:m.start()] + title[m.end():]
    subtitle = SUBTITLE_RE.search(title, 0, end)
    for stop in (end, _title_end(title[:subtitle.start()])) if subtitle else (end,):
        starts = {}
        for g in load_genres():
            m = g.title_end.search(title, 0, stop) if g.title_end is not None else None
            if m:
                starts[g.slug] = m.start()
        if starts:
            first = min(starts.values())
            return {slug for slug, start in starts.items() if start == first}, title[:first] + title[stop:]
    for g in load_genres():
        m = g.title_start.match(title) if g.title_start is not None else None
        if m:
            return {g.slug}, title[m.end():]
    return set(), title


def score_genres(title: str, body: str) -> dict[str, float]:
    """Every genre's score for one article (title and Markdown body)."""
    # Only the head and the tail are read: the cues of a long text show in its first pages and last lines.
    head = body[:HEAD_CHARS]
    tail = body[-TAIL_CHARS:] if len(body) > HEAD_CHARS else head
    head, tail = (NOTE_RE.sub("", part) for part in (head, tail))  # the library's notes say nothing of the genre
    text = MARKUP_RE.sub("", head).replace("*", "").strip()
    plain = QUOTE_RE.sub("“”", text)
    closing = QUOTE_RE.sub("“”", MARKUP_RE.sub("", tail).replace("*", "")).strip()[-CLOSING_CHARS:]
    regions = {
        "title": title,
        "opening": plain[:OPENING_CHARS],
        "closing": closing,
        "body": plain[:BODY_CHARS] + "\n" + "\n".join(HEADING_RE.findall(body, 0, HEADINGS_CHARS)),
    }
    derived = _title_is_derived(title, text)
    end = _title_end(title)
    # The genre's name belongs to that genre: the 研究 of …调查研究 is no cue of a paper.
    named, modifier = (set(), title) if derived else _named_in_title(title, end)
    scores = {}
    for g in load_genres():
        s = PRIOR.get(g.slug, 0.0)
        weights = dict(WEIGHTS)
        if derived:
            weights["title"] = DERIVED_TITLE_WEIGHT
        elif named and g.slug not in named:
            weights["title"] = TITLE_MODIFIER_WEIGHT
        for region, cues in (("title", g.title_cues), ("opening", g.opening_cues),
                             ("closing", g.closing_cues), ("body", g.body_cues)):
            if region == "title" and g.slug in named:
                s += TITLE_NAMED_WEIGHT  # its own name, however many of its title cues that name holds
                continue
            text_of = modifier if region == "title" and named else regions[region]
            s += weights[region] * cues.count(text_of, CAPS[region])
        scores[g.slug] = s
    sample = plain[:BODY_CHARS]
    speaker = len(FIRST_PERSON_RE.findall(sample))
    first_person = speaker * 1000 / max(len(sample), 1)
    w = SIGN_WEIGHTS
    if first_person >= FIRST_PERSON_MIN and speaker >= FIRST_PERSON_COUNT:
        scores["xinde"] += w["first_person"] * min(4.0, first_person)
    if len(PRESCRIPTIVE_RE.findall(sample)) * 1000 / max(len(sample), 1) >= PRESCRIPTIVE_MIN:
        scores["pinglun"] += w["prescriptive"]
        scores["xinwen"] -= w["prescriptive"]
        scores["jingyan"] -= w["prescriptive"]
    if sum(1 for verb in PRACTICE_VERBS if verb in regions["body"]) >= PRACTICE_MIN:
        scores["jingyan"] += w["practice"]
    if len(HEADING_RE.findall(body, 0, HEADINGS_CHARS)) >= SECTIONS_MIN:
        scores["xinwen"] -= w["sections"]
        scores["pinglun"] -= w["sections"]
    if "同志们" in body:
        scores["jianghua"] += w["comrades"]
    if ABSTRACT_RE.match(body):
        scores["lilun"] += w["abstract"]
    if title.rstrip().endswith(("？", "?")):
        scores["zhishi"] += w["question"]
    if sum(1 for line in regions["body"].split("\n")
           if len(line) <= QUESTION_CHARS and line.endswith(("？", "?"))) >= QUESTION_LINES:
        scores["zhishi"] += w["questions"]
    return scores


def classify_genre(title: str, body: str) -> tuple[str, Notice | None]:
    """The likeliest genre, and a warning when no genre is clear."""
    scores = score_genres(title, body)
    order = {g.slug: i for i, g in enumerate(load_genres())}
    ranked = sorted(scores, key=lambda s: (-scores[s], order[s]))
    best, second = ranked[0], ranked[1]
    if scores[best] < DOUBT_FLOOR or scores[best] - scores[second] < DOUBT_MARGIN:
        names = genre_names()
        return best, Notice("genre-doubtful", f"文体不明确，暂定为“{names[best]}”（其次是“{names[second]}”）；"
                                              f"可在元数据里写 genre: 指定")
    return best, None
