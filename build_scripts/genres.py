"""Genre (文体): the closed list in taxonomy/genres.yml and the choice of one genre per article.

The genre is judged from the text, never from the site it came from: each genre's cues (genres.yml) found
in the title, the opening and closing sentences and the body, the genre's name at the end of the title, and
the structure and the voice of the whole (an abstract, sections under headings, a first-person voice,
同志们, numbered articles of a rule, question lines, sentence after sentence of what must be done), a few kinds
of evidence that tell apart the genres most often mistaken for each other (practice over time against one
dated event, an author arguing), and words learned from the labelled pages: the character pairs of the title,
the opening, the closing and the headings. How much each weighs is not set by hand: a multinomial logistic
regression fitted on the evaluation set's dev pages (build_scripts/eval/fit_genres.py) writes
taxonomy/genre_weights.json, and a genre's score is a dot product.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import yaml

from .arrays import distinct
from .cues import NO_CUES, Cues, CueTable
from .errors import ConfigError, SourceError
from .notices import Notice

# libyaml's safe loader where PyYAML has it (the same data in a sixth of the time: this file is read before the
# build forks its workers, on its critical path), else PyYAML's own.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

GENRES_FILE = Path(__file__).parent / "taxonomy" / "genres.yml"
# The classifier's weights, fitted on the evaluation set's dev pages by build_scripts/eval/fit_genres.py.
WEIGHTS_FILE = Path(__file__).parent / "taxonomy" / "genre_weights.json"
# Where each cue list of genres.yml is looked for (characters of the plain text), and how many distinct
# cues found there count at most.
OPENING_CHARS, CLOSING_CHARS = 200, 200
BODY_CHARS = 2500  # the structure cues of a long text show in its first pages
# The Markdown read for them (markup and quotations take room) and for the headings.
HEAD_CHARS, TAIL_CHARS, HEADINGS_CHARS = 4000, 600, 20000
REGIONS = ("title", "opening", "closing", "body")
CAPS = {"title": 2, "opening": 2, "closing": 2, "body": 4}
# A warning says no genre is clear when the best genre's probability is under DOUBT_PROBABILITY, or the
# second is nearly as likely (the best less than twice as likely: log-odds within DOUBT_MARGIN).
DOUBT_PROBABILITY, DOUBT_MARGIN = 0.5, math.log(2)
# 我 per 1,000 characters is the first-person voice of a learning reflection; one 我 in a short text (a
# speaker's 我和大家) is no voice yet: it counts from this many.
FIRST_PERSON_COUNT = 3
# (The patterns below that look behind a character do so after it, 要(?<!主要) rather than (?<!主)要: a pattern
# that starts with its characters lets the regex engine skip to them instead of trying every position.)
# What ought to be done (要, 必须), sentence after sentence: the voice of a commentary or a speech, not of a
# report of what was done. (A report of a meeting quotes its 要 now and then.) 应当 is left out: it is the
# word of rules and of explainers of them (入党介绍人应当…), not of an argument.
PRESCRIPTIVE_RE = re.compile(r"要(?<![主重需只想紧将摘提简首纪概扼]要)(?![求素点闻件害务领么是])|必须|务必")
# A unit's practice told as such: verbs of sustained work (坚持, 着力, 探索 …); a report of one event has few.
PRACTICE_VERBS = ("坚持", "持续", "不断", "着力", "深化", "推进", "健全", "完善", "建立", "打造", "创新", "探索", "推行",
                  "实施", "构建", "搭建", "聚焦", "围绕", "立足", "紧扣", "注重", "强化")
# 我 as a speaker (not 我们, 我国, 我市 …, nor 自我 of 自我批评, 自我革命): a learning reflection's voice.
FIRST_PERSON_RE = re.compile(r"我(?<!自我)(?![们国省市县区乡镇村司局院校厂矿部所行党委支队团军])")
# An event told as news opens with its day: 6月28日上午，…; 2024年5月8日，…
DATED_OPENING_RE = re.compile(r"^[^。\n]{0,40}?(?:\d{1,2}月\d{1,2}日|\d{1,2}日(?:上午|下午|晚上?)|近日|日前)")
# A rule's articles: lines that start 第一条, 第二章.
ARTICLE_RE = re.compile(r"^\s*第[一二三四五六七八九十百]+[条章]", re.M)
ARTICLE_NUMBER_RE = re.compile(r"第[一二三四五六七八九十百]+[条章]")  # looked for first: most texts have none
ABSTRACT_RE = re.compile(r"^>\s*\*\*摘要")
NOTE_RE = re.compile(r"^>\s*\*\*注：\*\*.*$", re.M)
NOTE_MARK = "**注：**"
# A heading line, ^#{1,6}\s+(.+)$: a # that no other character than a newline precedes.
HEADING_RE = re.compile(r"#(?<![^\n]#)#{0,5}\s+(.+)$", re.M)
# Long quotations are other people's voices (a party member quoted in a report, a leader's words in an
# analysis): their 我 and 作为一名党员 say nothing of the article's own genre.
QUOTE_RE = re.compile(r"“[^“”\n]{10,}”")
# The marks at the start of a line, ^(?:#{1,6}\s+|>\s?), written as HEADING_RE is.
MARKUP_RE = re.compile(r"#(?<![^\n]#)#{0,5}\s+|>(?<![^\n]>)\s?", re.M)
# Questions standing as lines of their own (at most QUESTION_CHARS long): a Q&A or an explainer.
QUESTION_CHARS = 60


# Words learned from the labelled pages (word_features): the character pairs of the title, of the first and
# last characters of the text and of the headings. A pair's feature is named WORD_PREFIX + region + "/" + pair.
WORD_PREFIX = "w/"
WORD_REGIONS = ("t", "o", "c", "h", "b")
WORD_OPENING_CHARS, WORD_CLOSING_CHARS, WORD_HEADINGS_CHARS = 150, 150, 600
# The pairs of the text itself (its first BODY_CHARS): what the text is made of (会上, 近年, 成效, 应当, 体会) tells
# the genres apart that its head and tail alone confuse (a unit's practice against one event, a plan against an
# explainer). Fitted on dev batches a…by and scored on the 450 dev pages of bz–ct labelled after them, genre
# accuracy 79.3% -> 80.9% (cut at bq: 80.0% -> 80.5%, at cf: 76.9% -> 78.0%): eval/RESULTS.md, round 17.
WORD_BODY_CHARS = BODY_CHARS
DIGITS = str.maketrans("123456789０１２３４５６７８９", "0" * 19)

EVIDENCE_CHARS = 800
# Kinds of evidence (evidence_features). Practice over time: a unit's way of working, told with what came of it.
PRACTICE_SPAN_RE = re.compile(r"以来|近年来|多年来|先后|累计|截至目前|截至\d|常态化|长效|形成了|逐步|机制|模式|品牌|经验|做法|成效")
# One event's day: 6月28日, 28日上午.
EVENT_DATE_RE = re.compile(r"日(?:(?<=\d月\d日)|(?<=\d月\d\d日)|(?<=\d日)(?=上午|下午|晚))")  # found from its 日
# An author arguing: what cannot be, what only makes it work, both sides of a demand.
ARGUMENT_RE = re.compile(r"不能|不可|不得不|才能|才会|切莫|岂能|难道|何以|既要|更要|应该|决不|绝不|不是[^。\n]{1,20}而是|只有[^。\n]{1,20}才|笔者|我们|试问|须知")
# A question inside a paragraph (a question standing as a line is question_lines).
QUESTION_MARK_RE = re.compile(r"[？?](?!\s*$)", re.M)
# A commentary's hook: the news it starts from, cited after its paragraph with the medium and the day
# （某某日报，5月22日）, （9月28日，某某社）; a report tells its own news and cites none.
NEWS_HOOK_RE = re.compile(r"[（(](?=[^（()）\n]{0,24}?\d{1,2}月\d{1,2}日)(?=[^（()）\n]{0,24}?(?:网|报|社|台|新闻|客户端))"
                          r"[^（()）\n]{4,30}[）)]")
HOOK_CHARS = 400  # where the hook is looked for: the first paragraphs
WRITER = "笔者"
# How a text is made, beyond the words of its kind (rates like the kinds above, each about 0 to 2). An author
# reasoning: the connectives of an argument (然而, 因此, 如果 …), more in a commentary or a reflection than in a report.
CONNECTIVE_RE = re.compile(r"然而|但是|因此|所以|如果|倘若|若|只要|因为|可见|显然|其实")
# A commentary's target: not a named unit, but 一些党员干部, 有的地方, 个别领导.
SOME_PEOPLE_RE = re.compile(r"(?:一些|有的|个别|少数|部分|不少)(?:党员|干部|地方|单位|人|同志|领导)")
# 了 of what was done: a report, a summary, a reflection tells it; a plan or a rule, which says what is to be done,
# has little of it.
DONE = "了"
# Figures (dates, counts, shares): reports, summaries and surveys are full of them; commentaries and reflections are not.
FIGURE_RE = re.compile(r"\d+")
# A template's blanks (xx局, 20XX年, ××同志): 范文 of a summary, a survey, a plan; no report of a real event has them.
BLANK_RE = re.compile(r"[xX×]{2}")
# A paragraph led by a short sentence of its own (突出党建引领。…, 强化制度保障。…): how a unit's practice, a plan
# or a summary lays out its points; a news report's paragraphs start with who did what.
# Two patterns: the text's first line, and a line after a break (searched for by its \n: a pattern that starts with
# ^|\n is tried at every position of the text, ten times as long); no match spans a line break, so they count
# what (?:^|\n)[^。\n，；：]{3,14}。 finds.
FIRST_LEAD_SENTENCE_RE = re.compile(r"[^。\n，；：]{3,14}。")
LEAD_SENTENCE_RE = re.compile(r"\n[^。\n，；：]{3,14}。")
# The course of one event (会上, 活动中, 随后, 会后): the news of a meeting or an activity told as it went.
EVENT_COURSE_RE = re.compile(r"会上|活动中|随后|活动现场|仪式上|会议要求|最后，|会后")

# A subtitle after the main title (——以某某为例, ——基于某某的考察): the main title may name the kind.
SUBTITLE_RE = re.compile(r"\s*(?:——|--|—)")


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
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
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


@lru_cache(maxsize=4)
def cue_tables(path: Path = GENRES_FILE) -> dict[str, CueTable]:
    """Each region's cue lists of all the genres (in the list's order, each with its cap), to be counted together."""
    genres = load_genres(path)
    tables = {}
    for region in REGIONS:
        lists = [(getattr(g, f"{region}_cues"), CAPS[region]) for g in genres]
        if region == "body":  # and the verbs of practice, counted as one more list
            lists.append((Cues(PRACTICE_VERBS, None), len(PRACTICE_VERBS)))
        tables[region] = CueTable(lists)
    return tables


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



def _unmark(part: str) -> str:
    """A part of the Markdown body as text: without the library's notes (they say nothing of the genre), the
    marks of headings and quotations and the emphasis."""
    if NOTE_MARK in part:
        part = NOTE_RE.sub("", part)
    return MARKUP_RE.sub("", part).replace("*", "")


def _rate(count: int, chars: int, per: float, cap: float) -> float:
    """count per 1,000 characters, divided by per and capped (a feature of about 0 to cap)."""
    return min(cap, count * 1000 / max(chars, 1) / per)


def genre_features(title: str, body: str) -> dict[str, float]:
    """What the classifier reads from one article (title and Markdown body): each genre's cues found in each
    region (`title:xinwen`, `named:xinde` for a genre named at the end of the title, `occasion:xinwen` for the
    cues of the rest of such a title …) and the signs of structure and voice, each a number of about 0 to 2.
    Features that are 0 are left out."""
    return _features(title, body, words=False)


def article_features(title: str, body: str, vocabulary: WordVocabulary | None = None) -> dict[str, float]:
    """All the classifier reads: genre_features, evidence_features and the character pairs of word_features
    (only those of the vocabulary, when one is given: the pairs the fitted weights name)."""
    return _features(title, body, words=True, vocabulary=vocabulary)


def _features(title: str, body: str, words: bool, vocabulary: WordVocabulary | None = None,
              word_rows: list[np.ndarray] | None = None) -> dict[str, float]:
    """word_rows: given with a vocabulary, the word features are left out of the features and their rows in the
    vocabulary appended to it instead (scored as one sum of a matrix's rows: scores_of)."""
    # Only the head and the tail are read: the cues of a long text show in its first pages and last lines.
    short = len(body) <= HEAD_CHARS  # the tail is the head
    text = _unmark(body[:HEAD_CHARS]).strip()
    plain = QUOTE_RE.sub("“”", text)
    closing = (plain if short else QUOTE_RE.sub("“”", _unmark(body[-TAIL_CHARS:])).strip())[-CLOSING_CHARS:]
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
    counts = {region: table.count(regions[region]) for region, table in cue_tables().items()}
    practice = counts["body"][-1]
    for i, g in enumerate(load_genres()):
        if g.slug in named:
            f[f"named:{g.slug}"] = 1.0
        for region in REGIONS:
            if counts[region][i]:
                # The rest of a title that names its kind only tells the occasion (参观… of …的感想): its cues
                # are weighed apart from those of a title that names no kind.
                name = "occasion" if region == "title" and named else region
                f[f"{name}:{g.slug}"] = float(counts[region][i])
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
        "practice": min(2.0, practice / 5),
        "dated_opening": float(bool(DATED_OPENING_RE.search(plain))),
        # Two headings already lay a text out in sections (一、…二、…): a plan, a summary, an account of practice.
        "headings": min(2.0, len(headings) / 2),
        "articles": min(2.0, len(ARTICLE_RE.findall(sample)) / 2) if ARTICLE_NUMBER_RE.search(sample) else 0.0,
        "comrades": float("同志们" in body),
        "abstract": float(bool(ABSTRACT_RE.match(body))),
        "question_lines": min(2.0, sum(1 for line in lines if len(line) <= QUESTION_CHARS
                                       and line.endswith(("？", "?"))) / 2),
        "quoted": min(2.0, 4 * (len(text) - len(plain)) / max(len(text), 1)),
        "length": min(2.0, len(body) / 2000),
    }
    f.update((k, v) for k, v in signs.items() if v)
    if words:
        f.update(evidence_features(sample, plain[:OPENING_CHARS]))
        # (a title that names its kind, 某某读后感, is read by it: the text's own pairs are left out, lest the many
        # small weights of a report's words outvote it; on the later batches they cost such pages two in sixty-five)
        args = ("" if derived else title, plain, closing, headings)
        if word_rows is not None and vocabulary is not None:
            word_rows.append(vocabulary.rows(word_codes(*args, "" if named else plain)))
        else:
            f.update(word_features(*args, vocabulary, "" if named else plain))
    return f


def evidence_features(sample: str, opening: str) -> dict[str, float]:
    """The kinds of evidence that tell apart the genres most often mistaken for each other (`ev/…`, about 0
    to 2): a unit's practice over time (以来, 累计, 形成了…机制) against one dated event, and an author
    arguing (rhetorical questions, 不能, 才能, 既要…又要, a cited news item to start from, 笔者, 然而, 因此,
    一些党员干部) against a report; and how the text is made: 了 of what was done (not in a plan or a rule), figures,
    a template's blanks, paragraphs led by a short sentence of their own, the course of one event (会上, 随后).
    Rates are per EVIDENCE_CHARS at least: one 不能 in a paragraph of an explainer is no argument yet."""
    chars = max(len(sample), EVIDENCE_CHARS)
    found = {
        "span": _rate(len(PRACTICE_SPAN_RE.findall(sample)), chars, 3.0, 2.0),
        "event_dates": min(2.0, len(EVENT_DATE_RE.findall(sample)) / 2),
        "event_opening": float(bool(EVENT_DATE_RE.search(opening))),
        "argument": _rate(len(ARGUMENT_RE.findall(sample)), chars, 3.0, 2.0),
        "rhetorical": min(2.0, _count(QUESTION_MARK_RE, sample, "？?") / 2),
        "news_hook": float(bool(NEWS_HOOK_RE.search(sample, 0, HOOK_CHARS))),
        # The writer naming himself 笔者: a commentary's (or a paper's, a survey's) voice; no report, of an event or
        # of a unit's practice, speaks so (none of the 618 such dev pages).
        "writer": float(WRITER in sample),
        "connectives": _rate(len(CONNECTIVE_RE.findall(sample)), chars, 3.0, 2.0),
        "some_people": _rate(len(SOME_PEOPLE_RE.findall(sample)), chars, 1.5, 2.0),
        "done": _rate(sample.count(DONE), chars, 6.0, 2.0),
        "figures": _rate(len(FIGURE_RE.findall(sample)), chars, 12.0, 2.0),
        "blanks": _rate(_count(BLANK_RE, sample, "xX×"), chars, 2.0, 2.0),
        "lead_sentences": _rate(bool(FIRST_LEAD_SENTENCE_RE.match(sample)) + len(LEAD_SENTENCE_RE.findall(sample)),
                                chars, 1.5, 2.0),
        "event_course": _rate(len(EVENT_COURSE_RE.findall(sample)), chars, 1.0, 2.0),
    }
    return {f"ev/{k}": v for k, v in found.items() if v}


def _count(pattern: re.Pattern, text: str, needs: str) -> int:
    """len(pattern.findall(text)), 0 at once when the text holds none of the characters every match starts with:
    a pattern that starts with a class of characters is tried at every position, where `in` finds a character in
    a twentieth of the time (most texts have no ？ or ×× at all)."""
    return len(pattern.findall(text)) if any(c in text for c in needs) else 0


def _pairs(text: str) -> set[str]:
    """The distinct two-character pairs of a text, digits read as 0."""
    text = text.translate(DIGITS)
    return {text[i:i + 2] for i in range(len(text) - 1)}


def word_features(title: str, plain: str, closing: str, headings: list[str],
                  vocabulary: WordVocabulary | None = None, body_text: str = "") -> dict[str, float]:
    """The character pairs of the title, of the first and last sentences, of the headings and of the text itself
    (`w/t/通知`, `w/o/日上`, `w/h/做法`, `w/b/会上` …), each 1.0: words learned from the labelled pages, not written
    by hand. body_text: the text as plain (its first WORD_BODY_CHARS count; empty, no `w/b/` pairs).

    fit_genres learns only pairs found on pages of several batch groups (so no one site's vocabulary is
    learned) and keeps the weights that matter; the build looks up only the pairs of that vocabulary."""
    if vocabulary is not None:
        return vocabulary.find(word_codes(title, plain, closing, headings, body_text))
    regions = _word_regions(title, plain, closing, headings, body_text)
    return {f"{WORD_PREFIX}{region}/{pair}": 1.0 for region, text in regions.items() for pair in _pairs(text)
            if not pair[0].isspace() and not pair[1].isspace()}


def _word_regions(title: str, plain: str, closing: str, headings: list[str], body_text: str) -> dict[str, str]:
    return {"t": title, "o": plain[:WORD_OPENING_CHARS], "c": closing[-WORD_CLOSING_CHARS:],
            "h": "\n".join(headings)[:WORD_HEADINGS_CHARS], "b": body_text[:WORD_BODY_CHARS]}


def word_codes(title: str, plain: str, closing: str, headings: list[str], body_text: str = "") -> np.ndarray:
    """The pair codes (_pair_codes) of all the regions word_features reads."""
    regions = _word_regions(title, plain, closing, headings, body_text)
    return np.concatenate([_pair_codes(region, text) for region, text in regions.items()])


def _pair_codes(region: str, text: str) -> np.ndarray:
    """The text's two-character pairs as numbers (region, first and second code point: 2 + 21 + 21 bits),
    digits read as 0: thousands of pairs looked up at once, without a Python string for each."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    digits = ((codes >= 0x31) & (codes <= 0x39)) | ((codes >= 0xFF10) & (codes <= 0xFF19))  # (as DIGITS reads them)
    chars = np.where(digits, np.uint32(0x30), codes).astype(np.uint64)
    return (chars[:-1] << np.uint64(21)) | chars[1:] | np.uint64(WORD_REGIONS.index(region) << 42)


@dataclass(frozen=True)
class WordVocabulary:
    """The word features the fitted weights name: their pair codes (sorted) and their names, in that order."""
    codes: np.ndarray
    names: tuple[str, ...]

    @classmethod
    def of(cls, names: list[str]) -> WordVocabulary:
        coded = {}
        for name in names:
            region, _, pair = name[len(WORD_PREFIX):].partition("/")
            if region in WORD_REGIONS and len(pair) == 2:  # coded as _pair_codes codes it
                coded[(WORD_REGIONS.index(region) << 42) | (ord(pair[0]) << 21) | ord(pair[1])] = name
        order = sorted(coded)
        return cls(np.array(order, dtype=np.uint64), tuple(coded[c] for c in order))

    def rows(self, codes: np.ndarray) -> np.ndarray:
        """The indices of the vocabulary's features among these pair codes, ascending, each once."""
        if not len(self.codes) or not len(codes):
            return np.zeros(0, dtype=np.intp)
        at = np.searchsorted(self.codes, codes)
        at[at == len(self.codes)] = 0
        return distinct(at[self.codes[at] == codes])

    def find(self, codes: np.ndarray) -> dict[str, float]:
        """The features of the vocabulary among these pair codes (each 1.0)."""
        return {self.names[i]: 1.0 for i in self.rows(codes).tolist()}


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression: each genre's score is its bias plus the weighted features."""
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]  # feature → genre → weight
    # The word features the weights name: the only pairs looked up.
    vocabulary: WordVocabulary = field(default_factory=lambda: WordVocabulary.of([]), compare=False, repr=False)

    @cached_property
    def rows(self) -> tuple[tuple[str, ...], dict[str, tuple[tuple[int, float], ...]]]:
        """The genres in the bias's order, and each feature's weights as (genre's index, weight): scoring adds
        into a list, in the same order as through the dicts."""
        slugs = tuple(self.bias)
        at = {s: i for i, s in enumerate(slugs)}
        return slugs, {name: tuple((at[s], w) for s, w in per.items()) for name, per in self.weights.items()}

    @cached_property
    def word_matrix(self) -> np.ndarray:
        """The word features' weights, a row per feature of the vocabulary (in its order), a column per genre (in the
        bias's order): an article's ~300 word features are one sum of rows (scores_of), not a Python loop over each."""
        slugs = tuple(self.bias)
        return np.array([[self.weights.get(name, {}).get(s, 0.0) for s in slugs] for name in self.vocabulary.names],
                        dtype=float).reshape(len(self.vocabulary.names), len(slugs))


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_FILE) -> Model:
    """The fitted weights (read-only, loaded once per process)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {k: dict(v) for k, v in data["weights"].items()}
        model = Model(dict(data["bias"]), weights, WordVocabulary.of(sorted(weights)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ConfigError(f"{path}: cannot read the genre weights ({e}); "
                          f"refit them with python -m build_scripts.eval.fit_genres")
    missing = sorted(set(genre_names()) - set(model.bias))
    if missing:
        raise ConfigError(f"{path}: no weights for the genres {', '.join(missing)}; "
                          f"refit them with python -m build_scripts.eval.fit_genres")
    return model


def score_features(features: dict[str, float], model: Model) -> dict[str, float]:
    slugs, rows = model.rows
    scores = list(model.bias.values())
    for name, value in features.items():
        for i, w in rows.get(name, ()):
            scores[i] += w * value
    return dict(zip(slugs, scores))


def scores_of(title: str, body: str, model: Model) -> tuple[dict[str, float], dict[str, float]]:
    """An article's features other than its words, and every genre's score: score_features of all its features (the
    same up to rounding), with the word features summed as rows of the model's word_matrix."""
    rows: list[np.ndarray] = []
    features = _features(title, body, True, model.vocabulary, rows)
    slugs, table = model.rows
    scores = list(model.bias.values())
    for name, value in features.items():
        for i, w in table.get(name, ()):
            scores[i] += w * value
    if rows and len(rows[0]):
        scores = (np.array(scores) + model.word_matrix[rows[0]].sum(axis=0)).tolist()
    return features, dict(zip(slugs, scores))


def score_genres(title: str, body: str) -> dict[str, float]:
    """Every genre's score (log-odds, up to a constant) for one article (title and Markdown body)."""
    return scores_of(title, body, load_model())[1]


def with_credits(body: str, authors: list[str]) -> str:
    """The body as the genre is judged from it: a commentator's credit (某某报评论员), which the cleaner moves out of
    the text into the authors, read at its head again, where the page had it."""
    credits = [a for a in authors if "评论员" in a]
    return "\n\n".join(credits + [body]) if credits else body


# 笔者, or a paper speaking of itself (本文在…基础上…进行了…研究, 本文通过…分析): a writer's voice no report is written in.
WRITER_VOICE_RE = re.compile(r"笔者|本文(?:在|通过|从|以|试图|拟|旨在|针对|结合|基于|对|就|围绕|运用|采用)[^。！？]{0,40}?"
                             r"(?:分析|研究|探讨|探究|阐述|论述|提出|梳理|剖析|考察)")


QUESTION_TITLE_RE = re.compile(r"[？?]\s*$|几(?:年|次|个|天|月|种|类|项|条)|(?:什么|怎么|怎样|如何|多久|多长时间|几年|几次|哪些|哪几|是否|为什么|为何|吗|呢|有哪|是啥)\s*$")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
STUB_BODY_MAX = 30  # Chinese characters of text under a question, at most, for the page to be only the question


def classify_genre(title: str, body: str) -> tuple[str, Notice | None]:
    """The likeliest genre, and a warning when no genre is clear."""
    features, scores = scores_of(title, body, load_model())
    order = {g.slug: i for i, g in enumerate(load_genres())}
    ranked = sorted(scores, key=lambda s: (-scores[s], order[s]))
    if ranked[0] == "xinwen" and WRITER_VOICE_RE.search(body):
        # 笔者 is a commentator's, a researcher's or a practitioner's voice: no report on the set was written in
        # it (32 labelled pages say 笔者, none of them news); nor is a paper's 本文…研究 (11 dev pages, none news)
        ranked = ranked[1:] + ranked[:1]
    if ranked[0] != "zhishi" and QUESTION_TITLE_RE.search(title or "") and len(HAN_RE.findall(body)) < STUB_BODY_MAX:
        # a question with (next to) no text under it: a Q&A site's page whose answer was not saved; what it asks
        # is an explainer's question, never a report's
        ranked.remove("zhishi")
        ranked.insert(0, "zhishi")
    best, second = ranked[0], ranked[1]
    total = sum(math.exp(s - scores[best]) for s in scores.values())
    # No cue of any genre found: the guess is only the commonest kind of page, however sure it looks.
    if (1 / total < DOUBT_PROBABILITY or scores[best] - scores[second] < DOUBT_MARGIN
            or not any(":" in name for name in features)):
        names = genre_names()
        return best, Notice("genre-doubtful", f"文体不明确，暂定为“{names[best]}”（其次是“{names[second]}”）；"
                                              f"可在元数据里写 genre: 指定")
    return best, None
