"""Character-level repairs: whitespace, pinyin annotations, traditional script, folded punctuation."""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from .context import Context
from .text import CJK, CJK_RE, NON_CJK_RUN_RE, cjk_share

SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PINYIN_LETTERS = "a-zA-Zü\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f"
# 發(fā)布: a syllable in parentheses right after a character (half- or full-width parentheses), a space inside
# them allowed ((huì )). The match starts at the parenthesis and looks back for the character: a pattern opening on a
# parenthesis is found fast, one opening on any Chinese character is tried at every position.
# (a character of several readings may carry them all: 为(wéi / wèi), 了(le/liǎo); some pages use square brackets:
# 公【gōng】司)
# (the space a site set after each reading, 會(huì) 發展, goes with it where nearly every reading has one: no space parts
# the characters of a word; on a page whose readings have none, a space after one parts two phrases: …一環(huán) 廉潔…)
PINYIN_RE = re.compile(f"[(（【](?<=[{CJK}][(（【]) ?([{PINYIN_LETTERS}]{{1,7}}[1-5]?(?: ?[/／] ?[{PINYIN_LETTERS}]{{1,7}}[1-5]?){{0,3}}) ?[)）】]"
                       f"(?: (?=[{CJK}]))?")
SPACED_READINGS_MIN, SPACED_READINGS_SHARE = 3, 0.8
PINYIN_HINT_RE = re.compile(f"[(（【] ?[{PINYIN_LETTERS}]")  # cheap first test: a parenthesis opening on a letter
# A reading the page cut off at a line's end: 召开(k
CUT_PINYIN_RE = re.compile(f"[(（](?<=[{CJK}][(（]) ?([{PINYIN_LETTERS}]{{1,6}})$", re.M)
# 曾经(céngjīng), 收入(shōu rù): a word's reading in one pair of parentheses after its two to six characters
WORD_PINYIN_RE = re.compile(f"[(（](?<=[{CJK}]{{2}}[(（]) ?([{PINYIN_LETTERS}]{{3,36}}(?: [{PINYIN_LETTERS}]{{1,7}}){{0,5}}) ?[)）]")
MAX_WORD_CHARS = 6
# A reading with a tone mark after a character that is no Chinese one (l(fā), ?(huà)): only on a page that annotates its
# characters, where the character it read was lost in a wrong decoding.
TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
ORPHAN_READING_RE = re.compile(f"(?<=[^{CJK}\\s(（)）])[(（] ?([a-zü]{{0,5}}[{TONES}][a-zü]{{0,5}}) ?[)）]")


# A character whose first byte a wrong decoding lost, its second byte left as a Latin letter, with its reading after it
# (…保證,F(xiàn)將…: 現 in GBK is 0xAC 0x46, and 0x46 is F).
# Only after a mark (the lost byte went with the mark's, ？F如今): inside a run of garbage the letter is what proves the
# run garbage (remove_garbled_runs), and the run stays garbage whatever the character was.
LOST_BYTE_RE = re.compile(f"(?<=[，。？！；：、,.?!;:》”])([A-Za-z])[(（] ?([a-zü]{{0,5}}[{TONES}][a-zü]{{0,5}}) ?[)）](?=[{CJK}])")


@functools.lru_cache(maxsize=1)
def lost_byte_index() -> dict[tuple[int, str], list[str]]:
    """(second GBK byte, toned reading) → the characters with that byte and reading (built once, when a page needs it)."""
    from pypinyin import Style, pinyin

    index: dict[tuple[int, str], list[str]] = {}
    for cp in range(0x4E00, 0x9FA6):
        c = chr(cp)
        try:
            b = c.encode("gbk")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and 0x40 <= b[1] <= 0x7E and chr(b[1]).isalpha():
            for r in pinyin(c, style=Style.TONE, heteronym=True)[0]:
                index.setdefault((b[1], r), []).append(c)
    return index


def restore_lost_byte(m: re.Match) -> str:
    found = lost_byte_index().get((ord(m.group(1)), unicodedata.normalize("NFC", m.group(2)).lower()), [])
    return found[0] if len(found) == 1 else m.group(0)


# Full-width digits and Latin letters (２０２３年) read as ASCII; full-width punctuation stays.
FULLWIDTH_ALNUM = {o: o - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)) for o in range(*r)}
FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# Page source escaped twice (&amp;nbsp; &amp;amp;lt;): the run of escaped ampersands before an
# entity is one ampersand, so one pass decodes it fully and a second pass finds nothing left.
AMP_RUN_RE = re.compile(r"&(?:amp;|#0*38;|#x0*26;)+(?=(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});)", re.I)
# Pages copied as one line per screen put paragraphs side by side, separated by runs of spaces.
PARA_GAP_RE = re.compile(r"(?<=[。！？”」])\s{2,}(?=\S)")


# … and the quotes' and dashes' entities whose ampersand a wrong decoding turned into a question mark (?ldquo;党建?rdquo;)
LOST_AMP_ENTITY_RE = re.compile(r"[?？](ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|nbsp|quot);")


def decode_entities(text: str, ctx: Context) -> str:
    """&nbsp; &ldquo; &#8220; from copied page source become the characters they name."""
    lost = ";" in text and bool(LOST_AMP_ENTITY_RE.search(text))
    if "&" not in text and not lost:
        return text
    lines = []
    for line in text.split("\n"):
        new = ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), AMP_RUN_RE.sub("&", line)) if "&" in line else line
        if lost:
            new = LOST_AMP_ENTITY_RE.sub(lambda m: html.unescape("&" + m.group(1) + ";"), new)
        ctx.changed("html-entities", line, new)
        lines.append(new)
    return "\n".join(lines)


# A page saved with its editor's markup (<p class="ql-block">…</p><p …>…</p>, …<br/>…): the paragraph
# breaks are the text's own, the tags of layout and emphasis around them only markup. Only a line of several
# paragraphs or breaks, or one opening on a styled paragraph that it closes, is read so (<div markdown="1">…</div>
# written as a line of text is text, shown as written); only these tags go, anything else stays, shown as written.
CLOSING_BLOCK_RE = re.compile(r"</(?:p|div|section|li|h[1-6]|blockquote|td|tr)\s*>\s*|<br\s*/?>\s*", re.I)
EDITOR_OPENING_RE = re.compile(r"\s*<(?:p|div|section|span)\s[^<>]*\b(?:class|style)\s*=[^<>]*>", re.I)  # <p style="…">
LAYOUT_TAG_RE = re.compile(r"</?(?:p|div|section|article|span|font|strong|b|em|i|u|small|big|center|sup|sub|h[1-6]|li|ul|ol"
                           r"|blockquote|table|tbody|thead|tr|td|th)(?:\s[^<>]*)?/?>|<img\s[^<>]*>", re.I)


def unwrap_paragraph_markup(text: str, ctx: Context) -> str:
    """Lines of an editor's HTML become the paragraphs they mark up, without their tags."""
    if "</" not in text and "<br" not in text.lower():
        return text
    lines = []
    for line in text.split("\n"):
        closing = len(CLOSING_BLOCK_RE.findall(line))
        if closing >= 2 or (closing and EDITOR_OPENING_RE.match(line)):
            new = "\n".join(p.strip() for p in LAYOUT_TAG_RE.sub("", CLOSING_BLOCK_RE.sub("\n", line)).split("\n") if p.strip())
            ctx.changed("html-markup", line, new)
            line = new
        lines.append(line)
    return "\n".join(lines)


# Punctuation in its small or vertical presentation forms, which Hong Kong and Taiwan pages and some editors type for
# the ordinary marks (美術︰某某, …等﹔): folded to the full-width marks the rest of the text uses.
PRESENTATION_MARKS = str.maketrans({"︰": "：", "﹕": "：", "﹔": "；", "﹐": "，", "﹑": "、", "﹖": "？", "﹗": "！",
                                    "﹙": "（", "﹚": "）", "﹝": "〔", "﹞": "〕", "︐": "，", "︑": "、", "︒": "。",
                                    "︓": "：", "︔": "；", "︕": "！", "︖": "？"})
PRESENTATION_MARKS_RE = re.compile("[︐-︖︰﹐-﹗﹙﹚﹝﹞]")


SPACE_RUN_RE = re.compile(r" {2,}")  # a run of spaces is kept as two (side-by-side paragraphs are told by it)


def normalize_whitespace(text: str, ctx: Context) -> str:
    """Ideographic spaces, NBSP and tabs become spaces; invisible characters go; lines are trimmed."""
    if FULLWIDTH_ALNUM_RE.search(text):  # translate looks up every character: only when there is one to fold
        text = text.translate(FULLWIDTH_ALNUM)
    if PRESENTATION_MARKS_RE.search(text):
        text = text.translate(PRESENTATION_MARKS)
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub("", text)
    text = SPACES.sub(" ", text)
    lines = [(SPACE_RUN_RE.sub("  ", line) if "   " in line else line).strip() for line in text.split("\n")]
    return "\n".join(unspaced(line) if line.count(" ") >= LETTER_SPACED_MIN
                     else spaced_section_name(line) if " " in line and len(line) <= 20 else line for line in lines)


SPACED_WORD_RE = re.compile(r"[\u4e00-\u9fff](?: +[\u4e00-\u9fff]){1,4}")


def spaced_section_name(line: str) -> str:
    """A section's name set out letter by letter (背    景, 前  言) closed up: the heading it is."""
    from .structure import structure_lexicon  # (structure reads this module's neighbours)
    if not SPACED_WORD_RE.fullmatch(line):
        return line
    word = line.replace(" ", "")
    if word in structure_lexicon()["section_names"]:
        return word
    # (its number set out with it, 一 引 言: the numbered heading it is, 一、引言)
    if word[:1] in "一二三四五六七八九十" and word[1:] in structure_lexicon()["section_names"]:
        return f"{word[:1]}、{word[1:]}"
    return line


# A line set with a space after every Chinese character (a PDF's text: 財 務 委 員 會 審 核 …): the spaces are the
# layout's, not the text's. At least LETTER_SPACED_MIN characters, nearly all of them spaced so.
LETTER_SPACED_MIN = 20
LETTER_SPACED_SHARE = 0.8
_SPACED_PAIR_RE = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


def unspaced(line: str) -> str:
    cjk = len(CJK_RE.findall(line))
    pairs = len(_SPACED_PAIR_RE.findall(line))
    if cjk < LETTER_SPACED_MIN or pairs < LETTER_SPACED_SHARE * cjk:
        return line
    return _SPACED_PAIR_RE.sub("", line)


# A text written in Markdown (an AI tool's answer, a post saved with its markup): ### before its headings. Where two
# or more lines are such headings (short, no sentence's end), the marks go and the headings stay; a single line
# opening on # (# 党员教育是…。, #主题教育#) is shown as written, like every other piece of Markdown in a source.
MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(?=[\u4e00-\u9fff“《（(【\d一二三四五六七八九十])")
MARKDOWN_HEADINGS_MIN = 2


def strip_markdown_marks(text: str, ctx: Context) -> str:
    """The heading marks of a text written in Markdown come off its headings."""
    if "# " not in text:
        return text
    lines = text.split("\n")
    marked = [i for i, line in enumerate(lines) if line.startswith("#") and (m := MARKDOWN_HEADING_RE.match(line))
              and len(line) - m.end() <= 40 and not re.search(r"[。！？!?；;]\s*$", line)]
    if len(marked) < MARKDOWN_HEADINGS_MIN:
        return text
    for i in marked:
        new = MARKDOWN_HEADING_RE.sub("", lines[i])
        ctx.changed("markdown-marks", lines[i], new)
        lines[i] = new
    return "\n".join(lines)


# A wiki page saved as its source (an encyclopedia's edit or diff view): bold and italic in runs of two to five
# apostrophes, [[link]] or [[page|label]], and ==heading== on a line of its own.
WIKI_BOLD_RE = re.compile(r"'{2,5}(?=\S)([^'\n]{1,80}?)'{2,5}")
WIKI_LINK_RE = re.compile(r"(?:(?<=[\u4e00-\u9fff]) (?=\[\[))?\[\[\s*(?:[^\[\]|\n]{1,60}\|)?\s*([^\[\]|\n]{1,60}?)\s*\]\]"
                          r"(?: (?=[\u4e00-\u9fff]))?")  # (a space the wiki set around a link between characters goes with it)
WIKI_HEADING_RE = re.compile(r"^\s*(={2,5})\s*([^=\n]{1,60}?)\s*\1\s*$", re.M)
WIKI_MARKUP_MIN = 2


def strip_wiki_markup(text: str, ctx: Context) -> str:
    """A page in a wiki's own markup reads as text: its marks come off, its headings stand alone on their lines.
    Only on a page with at least two such marks (a quoted '' in a sentence, 2==2 in a formula stay)."""
    if "[[" not in text and "''" not in text and "==" not in text:
        return text
    found = len(WIKI_LINK_RE.findall(text)) + len(WIKI_HEADING_RE.findall(text)) + len(WIKI_BOLD_RE.findall(text))
    if found < WIKI_MARKUP_MIN:
        return text
    new = WIKI_HEADING_RE.sub(lambda m: m.group(2), WIKI_LINK_RE.sub(lambda m: m.group(1), WIKI_BOLD_RE.sub(r"\1", text)))
    ctx.changed("wiki-markup", text[:40], new[:40])
    return new


def split_side_by_side(text: str, ctx: Context) -> str:
    """Paragraphs put side by side (a sentence end, then a run of spaces) go on lines of their own.

    Runs after restore_punctuation, so 党! and 党！ end a sentence alike and a second cleaning pass
    splits nothing new. A long line whose paragraphs a page ran together with one space each (…的重要抓手。 今天，我们…;
    collapsed by a copy from a reader mode or a mirror) is split at those spaces too: inside a paragraph no space
    follows a sentence's end."""
    text = PARA_GAP_RE.sub("\n", text)
    if " " not in text:
        return text
    if "  " in text or "\u3000\u3000" in text:
        text = HEADING_GAP_RE.sub("\\1\n", text)  # 群众的来信  2019年3月，…: a subheading set beside its paragraph
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) >= COLLAPSED_MIN and len(gaps := COLLAPSED_GAP_RE.findall(line)) >= COLLAPSED_GAPS:
            lines[i] = COLLAPSED_GAP_RE.sub("\n", line)
    return "\n".join(lines)


# A short subheading, no mark in it, then two spaces or more and its paragraph (群众的来信  2019年3月，某某…。).
# (a news lead's dateline, 某某网讯  28日上午，…, and a photographer's credit, 某某某摄  图③…, are no subheading)
HEADING_GAP_RE = re.compile(r"(?m)^([ \u3000]*[\u4e00-\u9fff“”]{4,14})(?<![讯电摄道息])[ \u3000]{2,}(?=\S[^\n]{30,}[。！？])")
COLLAPSED_GAP_RE = re.compile(r"(?<=[。！？])[ ](?=[\u4e00-\u9fff“])")
COLLAPSED_MIN, COLLAPSED_GAPS = 200, 3


@functools.lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    """Every pinyin reading of one character, with and without tone marks."""
    from pypinyin import Style, pinyin

    out = set()
    for style in (Style.TONE, Style.NORMAL, Style.TONE3):
        for r in pinyin(char, style=style, heteronym=True, errors="ignore")[0] if pinyin(char, style=style, heteronym=True, errors="ignore") else []:
            out.add(unicodedata.normalize("NFC", r).lower())
    return frozenset(out)


def spells(chars: str, syllables: str) -> bool:
    """Whether syllables (lower case, NFC, no spaces) is one reading of each of chars in turn."""
    if not chars:
        return not syllables
    for r in readings(chars[0]):
        r = r.replace("ü", "v")
        if r and syllables.startswith(r) and spells(chars[1:], syllables[len(r):]):
            return True
    return False


def word_repl(m: re.Match) -> str:
    """Remove a word's reading (曾经(céngjīng)) when it spells the two to six characters before it."""
    syllables = unicodedata.normalize("NFC", m.group(1)).lower().replace(" ", "").replace("ü", "v")
    before = m.string[max(0, m.start() - MAX_WORD_CHARS):m.start()]
    for size in range(2, MAX_WORD_CHARS + 1):
        chars = before[-size:]
        if len(chars) < size or not CJK_RE.fullmatch(chars[0]):
            break
        if spells(chars, syllables):
            return ""
    return m.group(0)


def strip_pinyin_annotations(text: str, ctx: Context) -> str:
    """Remove 發(fā) style readings only where they are a reading of the character before them."""
    if not PINYIN_HINT_RE.search(text):
        return text

    found = [m.group(0).endswith(" ") for m in PINYIN_RE.finditer(text)]
    gone = "" if len(found) >= SPACED_READINGS_MIN and sum(found) >= SPACED_READINGS_SHARE * len(found) else " "

    def repl(m: re.Match) -> str:
        # pypinyin writes ü as v without tone marks (nv, lv4) and as ü with them (nǚ): nü is nv
        known = readings(m.string[m.start() - 1])
        given = m.group(1)
        cut = gone if m.group(0).endswith(" ") else ""
        if "/" not in given and "／" not in given:  # (one reading, as nearly always)
            syllable = unicodedata.normalize("NFC", given).lower()
            return cut if syllable in known or syllable.replace("ü", "v") in known else m.group(0)
        syllables = [unicodedata.normalize("NFC", x).strip().lower() for x in re.split("[/／]", given)]
        return cut if all(x in known or x.replace("ü", "v") in known for x in syllables) else m.group(0)

    def cut_repl(m: re.Match) -> str:  # the beginning of a reading of the character before it
        start = unicodedata.normalize("NFC", m.group(1)).lower().replace("ü", "v")
        known = readings(m.string[m.start() - 1])
        return "" if any(r.replace("ü", "v").startswith(start) for r in known) else m.group(0)

    out = PINYIN_RE.sub(repl, text)  # no match spans lines: the lines stay as they were, one for one
    for _ in range(3):  # a reading repeated (礦(kuang)(kuang), 的(de)(de)(de)): each pass takes the next
        if out == text or not PINYIN_HINT_RE.search(out):
            break
        again = PINYIN_RE.sub(repl, out)
        if again == out:
            break
        out = again
    for _ in range(2):  # (a word's reading repeated: 屋顶(wūdǐng)(wūdǐng))
        again = WORD_PINYIN_RE.sub(word_repl, out)
        if again == out:
            break
        out = again
    if out != text:  # a page that annotates its characters: a reading cut off at a line's end goes too
        out = CUT_PINYIN_RE.sub(cut_repl, out)
        # … and a toned reading whose character a wrong decoding turned into something else (陌l(fā)展); where what
        # is left of the character (its second byte in GBK, a Latin letter) and its reading name one character, it
        # comes back (F(xiàn) → 現, r(shí) → 時)
        if LOST_BYTE_RE.search(out):
            out = LOST_BYTE_RE.sub(restore_lost_byte, out)
        out = ORPHAN_READING_RE.sub("", out)
    for line, new in zip(text.split("\n"), out.split("\n")):
        ctx.changed("pinyin-annotation", line, new)
    return out


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def _tw2s():
    import opencc

    return opencc.OpenCC("tw2s")


# Traditional script writes one character, 著, where simplified has two: 着 (随着, 带着, 着力, 意味着, 着装 …) and
# 著 (著名, 著作, 显著 …). t2s leaves every 著 as it is, so a converted page reads 随著时代、有著 (354 of the 990
# traditional pages of the evaluation set carry one, 603 in all, nearly all of them 着). OpenCC's tw2s reads 著 by
# its phrases (著名 and 显著 stay) but also turns the 著 of a work into 着 (原著, 编著, 专著, 所著 …): its reading is
# taken, except that 著 stays after the characters that make such a word or before 名/作/称/述/录/者 (著者, 著录),
# and is 着 after a verb ending in one of those characters or in 合 (讨论着, 彰显着, 结合着).
ZHU_BEFORE = frozenset("原编论专卓土译遗拙彰撰所巨名显昭杰")
ZHU_AFTER = frozenset("名作称述录者")
ZHE_VERBS = frozenset("讨论 议论 谈论 争论 辩论 评论 彰显 凸显 突显 尽显 结合 配合 融合 契合".split())


ZHU_WINDOW = 4  # characters each side of a 著 that tw2s reads it in (its phrases are at most this long)


def read_zhu(converted: str, original: str) -> str:
    """converted (t2s of original) with each 著 read as simplified writes it: 着 where tw2s reads 着, or after a verb
    of ZHE_VERBS; 著 in a word about a written work (ZHU_BEFORE, ZHU_AFTER) or where tw2s keeps it. tw2s reads only a
    few characters around each 著 (a page holds a handful): converting the whole page again cost 4 % of cleaning."""
    if "著" not in converted:
        return converted
    whole = None
    if len(original) != len(converted):  # (t2s changed a length: never on the evaluation set) read the whole page
        whole = _tw2s().convert(original)
        if len(whole) != len(converted):
            return converted
    out = list(converted)
    k = converted.find("著")
    while k >= 0:
        if converted[max(0, k - 2):k] in ZHE_VERBS:
            out[k] = "着"
        elif (k == 0 or converted[k - 1] not in ZHU_BEFORE) and converted[k + 1:k + 2] not in ZHU_AFTER:
            if whole is None:
                start = max(0, k - ZHU_WINDOW)
                window = _tw2s().convert(original[start:k + ZHU_WINDOW + 1])
                reading = window[k - start] if len(window) == len(original[start:k + ZHU_WINDOW + 1]) else "著"
            else:
                reading = whole[k]
            if reading == "着":
                out[k] = "着"
        k = converted.find("著", k + 1)
    return "".join(out)


def load_converters() -> None:
    """Load OpenCC's t2s table and pypinyin's dictionaries now (both happen on first use; pypinyin
    takes ≈ 0.3 s of CPU to import)."""
    _t2s()
    _tw2s()
    import pypinyin  # noqa: F401


# Share of CJK characters that t2s changes above which a page counts as written in traditional script.
TRADITIONAL_SHARE = 0.03


OVER_CONVERTED_LIAO_RE = re.compile(r"瞭(?![望])")


def convert_traditional(text: str, ctx: Context) -> str:
    """Convert a traditional-script page to simplified (OpenCC t2s) and record it."""
    sample = NON_CJK_RUN_RE.sub("", text[:12000])[:4000]  # the first 4,000 Chinese characters of the first 12,000
    if not sample:
        return text
    converted = _t2s().convert(sample)
    changed = sum(map(str.__ne__, sample, converted)) if converted != sample else 0
    if changed / len(sample) < TRADITIONAL_SHARE:
        return text
    ctx.original_script = "traditional"
    out = read_zhu(_t2s().convert(text), text)
    if "「" in out or "『" in out:
        out = out.translate(CORNER_QUOTES)  # (「…『…』…」: the quotes of Taiwan and Hong Kong, in simplified text “…‘…’…”)
    if "瞭" in out:  # a mirror's over-conversion of 了 (提出瞭, 帶來瞭): simplified writes 瞭 only in 瞭望
        out = OVER_CONVERTED_LIAO_RE.sub("了", out)
    for a, b in zip(text.split("\n"), out.split("\n")):
        ctx.changed("traditional-to-simplified", a, b)
    return out


CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
# Single spaces between Chinese characters inside a sentence, every line or so of a PDF's text (坚持正 风肃纪，…作为具 体实践):
# where a line of the PDF ended. Only in a long line of prose with several of them (a heading glued to its text has one).
PDF_WRAP_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
PDF_WRAP_SPACES_MIN = 3
PDF_LINE_MIN = 12  # characters between two such spaces at least


def close_pdf_wrap_spaces(line: str) -> str:
    if len(line) < 60 or "  " in line or "\u3000" in line or not re.search(r"[。，；]", line):
        return line
    at = [m.start() for m in PDF_WRAP_SPACE_RE.finditer(line)]
    if len(at) < PDF_WRAP_SPACES_MIN or len(line) / len(at) > 120 or line.count(" ") != len(at):
        return line
    # (the PDF's lines are of one width: the spaces stand apart, never a name's or a label's width from each other)
    if min(b - a for a, b in zip([-PDF_LINE_MIN] + at, at)) < PDF_LINE_MIN:
        return line
    return PDF_WRAP_SPACE_RE.sub("", line)


FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


FULL_MARKS = frozenset("，：；")  # (not ！？: a run of spaced question marks is lost characters, found later by its spaces)
CJK_PUNCT = frozenset("，。、；：！？“”‘’（）《》「」『』【】…—")


def _is_cjkish(ch: str) -> bool:
    return bool(ch) and (ch in CJK_PUNCT or bool(CJK_RE.match(ch)))


# Skipped when looking for a mark's neighbours: spaces, and the marks this step converts (either
# width), so a decision never depends on another conversion — 党!!! becomes 党！！！ in one pass,
# and a second pass changes nothing.
_SKIP = set(" ") | set(FULL) | set(FULL.values())


def _neighbours(line: str, i: int) -> tuple[str, str]:
    j = i - 1
    while j >= 0 and line[j] in _SKIP:
        j -= 1
    k = i + 1
    while k < len(line) and line[k] in _SKIP:
        k += 1
    return (line[j] if j >= 0 else ""), (line[k] if k < len(line) else "")


PAREN_RE = re.compile(r"[()]")
PUNCT_RE = re.compile(r"[,:;!?]")
# A URL is ASCII: in Chinese text it ends at the first Chinese character.
URL_RE = re.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+")


# The fast path decides like _restore_slow: a mark's neighbours are the nearest characters that are
# not in _SKIP, so it works on whole runs of marks (党!!! → 党！！！ in one pass, and idempotent).
_CJKP = CJK + "。、“”‘’《》「」『』【】…—"  # Chinese, and Chinese punctuation this step never writes
_MARKS = re.escape("".join(sorted(_SKIP - {" "})))
# A run: spaces and marks with a ,;:!? among them (the whole stretch of them, as the greedy
# [ marks]*[,;:!?][ marks]* takes it), written to open on its first character: a pattern opening on a
# class is scanned fast, one opening on a look-behind is tried at every position.
_RUN_START = f"[ {_MARKS}]"
_RUN_REST = f"(?:(?<=[,;:!?])[ {_MARKS}]*|[ {_MARKS}]*?[,;:!?][ {_MARKS}]*)"
# a run of marks right after Chinese: every ,;:!? in it; a run right before Chinese: its , and ;
_AFTER_CJK_RE = re.compile(f"{_RUN_START}(?<=[{_CJKP}][ {_MARKS}]){_RUN_REST}")
_BEFORE_CJK_RE = re.compile(f"{_RUN_START}{_RUN_REST}(?=[{_CJKP}])")
_TO_FULL = str.maketrans({c: FULL[c] for c in ",;:!?"})
_COMMA_TO_FULL = str.maketrans({c: FULL[c] for c in ",;"})
_SLOW_RE = re.compile(f"[()]|://|www\\.| [,;:!?]|[,;:!?] |^[ {_MARKS}]*[,;:!?]")


# A semicolon between figures or after the last one of a Chinese line (…的0.5%;3000元以上…, 排名前5;): the list's
# mark, which neither neighbour being Chinese left in ASCII.
_FIGURE_SEMICOLON_RE = re.compile(r"(?<=[0-9%]);(?=[0-9]|\s*$)")


LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
PERCENT_COMMA_RE = re.compile(r"(?<=\d%),(?=\s*[\d\u4e00-\u9fff“])")


# A full stop folded to ASCII after a Chinese sentence: a Chinese word (or its closing quote or bracket) before it, a
# Chinese word or the line's end after it (1.引言, 3.5%, 某某.docx, 等等... are none).
CJK_PERIOD_RE = re.compile(r"(?<=[\u4e00-\u9fff”）》])\.(?![.\d])(?=[\u4e00-\u9fff“《（]|\s*$)")


DOT_RADICAL_RE = re.compile(r"(?<=[\u4e00-\u9fff”）])丶(?=[\u4e00-\u9fff“（])")
CITATION_MARK_RE = re.compile(r"\[(?:M|J|N|D|C|R|S|Z|EB/OL|EB|OL|G|A|P)\]")


def ends_clause(line: str, at: int) -> bool:
    """Whether the dot at `at` ends a sentence of prose: a clause of eight characters or more before it (or the line's
    end, the line a sentence of twenty or more), a comma in the
    line, and no quote or book title open around it (《七律.党颂》, “党徽闪耀.创城有我”, 红心向党迎七一.研学入心促奋进: a
    separator between short phrases)."""
    before = line[:at]
    if CITATION_MARK_RE.search(line, at, at + 80):
        return False  # ②某某.决胜…[M].北京：人民出版社: a citation's parts, parted by dots, up to its kind's mark
    clause = re.split(r"[，,。！？；：:;!?、]", before)[-1]
    return ((len(clause.strip()) >= 8 or (not line[at + 1:].strip() and len(line) >= 20)) and bool(re.search(r"[，,]", line))
            and before.count("《") <= before.count("》") and before.count("“") <= before.count("”"))


def restore_line_punctuation(line: str) -> str:
    """Turn ASCII ,:;()!? back to full width inside Chinese text; numbers, times, URLs, Latin stay. A full stop
    folded to ASCII between Chinese sentences (…组成部分.习近平…, …活动20余次.) turns back too."""
    if "丶" in line:
        line = DOT_RADICAL_RE.sub("、", line)  # (党建丶工会丶共青团: the radical 丶 typed for the enumeration comma)
    if "." in line and CJK_PERIOD_RE.search(line) and cjk_share(line) >= 0.5:
        line = CJK_PERIOD_RE.sub(lambda m: "。" if ends_clause(line, m.start()) else ".", line)
    if not PUNCT_RE.search(line) and "(" not in line:
        return line
    line = _restore_marks(line)
    if "%," in line and cjk_share(line) >= 0.5:
        line = PERCENT_COMMA_RE.sub("，", line)  # (占33%,30岁以下…: a percentage ends its clause; no thousands follow a %)
    if ";" in line and "://" not in line and "www." not in line and (
            cjk_share(line) >= 0.5 or (not LATIN_LETTER_RE.search(line) and cjk_share(line) >= 0.25)):
        # (女性占比76.63%;: a short line of figures is Chinese text too, its words few beside the digits)
        line = _FIGURE_SEMICOLON_RE.sub("；", line)
    return line


def _restore_marks(line: str) -> str:
    if _SLOW_RE.search(line):
        return _restore_slow(line)
    line = _AFTER_CJK_RE.sub(lambda m: m.group(0).translate(_TO_FULL), line)
    if "," not in line and ";" not in line:  # all the second pass turns to full width
        return line
    return _BEFORE_CJK_RE.sub(lambda m: m.group(0).translate(_COMMA_TO_FULL), line)


def _restore_slow(line: str) -> str:
    """The careful pass, for lines with parentheses, URLs or spaces around punctuation."""
    if not PUNCT_RE.search(line) and "(" not in line:
        return line
    chars = list(line)
    url_spans = [m.span() for m in URL_RE.finditer(line)] if "/" in line or "www" in line else []

    def in_url(i: int) -> bool:
        return bool(url_spans) and any(a <= i < b for a, b in url_spans)

    # parentheses: convert a matched pair when it sits in Chinese text
    stack = []
    for m in PAREN_RE.finditer(line):
        i = m.start()
        if in_url(i):
            continue
        if line[i] == "(":
            stack.append(i)
        elif stack:
            j = stack.pop()
            before, _ = _neighbours(line, j)
            _, after = _neighbours(line, i)
            if CJK_RE.search(line, j + 1, i) or _is_cjkish(before) or _is_cjkish(after):
                chars[j], chars[i] = "（", "）"
    for m in PUNCT_RE.finditer(line):
        i = m.start()
        c = line[i]
        if in_url(i):
            continue
        prev, nxt = _neighbours(line, i)
        if c == ",":
            if prev.isdigit() and nxt.isdigit():
                continue
            if _is_cjkish(prev) or _is_cjkish(nxt):
                chars[i] = FULL[c]
        elif c == ":":
            if prev.isdigit() and nxt.isdigit():
                continue
            if _is_cjkish(prev) or (prev == "" and _is_cjkish(nxt)):
                chars[i] = FULL[c]
        elif c == ";":
            if _is_cjkish(prev) or _is_cjkish(nxt):
                chars[i] = FULL[c]
        elif _is_cjkish(prev):  # ! ?
            chars[i] = FULL[c]
    # A full-width mark carries its own space: the one space typed after the ASCII mark, or before it, goes when
    # Chinese stands beyond it (强调, 把… → 强调，把…); a run of spaces, which may part two columns, stays.
    drop = [k for k in (m.start() for m in LONE_SPACE_RE.finditer(line, 1, len(line) - 1)) if (
        (chars[k - 1] in FULL_MARKS and chars[k - 1] != line[k - 1] and CJK_RE.match(chars[k + 1]))
        or (chars[k + 1] in FULL_MARKS and chars[k + 1] != line[k + 1] and CJK_RE.match(chars[k - 1])))]
    for k in reversed(drop):
        del chars[k]
    return "".join(chars)


LONE_SPACE_RE = re.compile(r"(?<! ) (?! )")


# ASCII double quotes in pairs on one line ("吱呀——"铁门轻响): a pair around Chinese text, with Chinese (or the
# line's edge) right outside it, is a pair of Chinese quotes folded to ASCII. An attribute's value (href="…"), a
# quote set off by spaces (!!! warning "提醒" …, a link's "title"), Latin text and a line with an odd count stay.
QUOTE_PAIR_RE = re.compile(r'"([^"\n]{1,300}?)"')
# ASCII single quotes around Chinese words, between Chinese (不打'擦边球'，): the inner quotes ‘’ folded.
SINGLE_QUOTE_PAIR_RE = re.compile(r"(?<=[\u4e00-\u9fff“，：、])'([\u4e00-\u9fff][\u4e00-\u9fff·、]{0,28})'(?=[\u4e00-\u9fff”，。、；：！？])")


QUOTE_SIDE_MARKS = frozenset(",.;:!?")


# A line quoting with closing marks only (用”△”标注, ”党建成长乐园”): every other one was the opening mark.
REVERSED_PAIR_RE = re.compile(r"”([^“”\n]{1,30})”")


def restore_quotes(line: str) -> str:
    if "〝" in line or "〞" in line:  # (the double prime quotation marks some sites type for Chinese quotes: 〝…〞, “…〞)
        line = line.replace("〝", "“").replace("〞", "”")
    if "”" in line and "“" not in line and line.count("”") % 2 == 0:
        line = REVERSED_PAIR_RE.sub(lambda m: "“" + m.group(1) + "”" if CJK_RE.search(m.group(1)) or not re.search(r"[A-Za-z0-9\s]", m.group(1)) else m.group(0), line)
    if "'" in line and line.count("'") % 2 == 0 and CJK_RE.search(line):
        line = SINGLE_QUOTE_PAIR_RE.sub(lambda m: "‘" + m.group(1) + "’", line)  # (不打'擦边球': the inner quotes folded too)
    if '"' not in line or line.count('"') % 2:
        return line

    def pair(m: re.Match) -> str:
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        # (two quoted words side by side, "舌尖上的歪风""车轮上的腐败": each pair's neighbour is the other's mark)
        before, after = ("“" if before == '"' else before), ("”" if after == '"' else after)
        # (Chinese inside, and Chinese or the line's edge right outside: "提醒" set off by spaces is written as it stands)
        # (an ASCII mark outside it is a Chinese mark folded too, converted after this: 哽咽,"这面…", "陈书记",开口)
        if not CJK_RE.search(m.group(1)) or not (before == "" or _is_cjkish(before) or before in QUOTE_SIDE_MARKS) \
                or not (after == "" or _is_cjkish(after) or after in QUOTE_SIDE_MARKS):
            return m.group(0)
        return "“" + m.group(1).strip() + "”"  # (" 阿姨，加油！": the spaces a site set inside the marks go with them)

    return QUOTE_PAIR_RE.sub(pair, line)


# A book's or document's title marked with doubled ASCII angle brackets, or half of them (<<中国共产党章程>>,
# 《入党志愿书>>): the title marks 《》 folded to what a keyboard types.
ASCII_BOOK_TITLE_RE = re.compile(r"<<([^<>《》\n]{0,30}[\u4e00-\u9fff][^<>《》\n]{0,30})(?:>>|》)"
                                 r"|《([^<>《》\n]{0,30}[\u4e00-\u9fff][^<>《》\n]{0,30})>>")


# Spaces a site set around Chinese punctuation between Chinese words (形势严峻 。 采访…, 当前 ， 多地…): none in Chinese.
# (A space after a mark alone may part two paragraphs a page ran together: it stays for split_side_by_side.)
SPACED_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff”）])[ ]+([，。、；：！？])[ ]?(?=[\u4e00-\u9fff“（])")


# Spaces a site set inside Chinese quotes (的 “ 花海 ” ，): none in Chinese.
SPACED_QUOTE_RE = re.compile(r"“[ ]+([\u4e00-\u9fff][^“”\n]{0,30}?[\u4e00-\u9fff])[ ]+”")


# … and beside them in running text (五月的 “花海” ，是…)
SPACE_BY_QUOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ ]+(?=“[^“”\n]{1,30}”)|(?<=”)[ ]+(?=[\u4e00-\u9fff，。、；：])")


ARROW_LEAD_RE = re.compile(r"^\s*(?:>{2,3}|»{1,2}|>\s*>|〉{2,8}|》{3,8})\s*(?=[\u4e00-\u9fff\d“《【])")
HYPHEN_LEAD_RE = re.compile(r"^-{2,8}\s*(?=[\u4e00-\u9fff“《])")
# The two halves of a dash set apart by a space, between words (…入人心— —某某开展…).
SPACED_DASH_RE = re.compile(r"(?<=[\u4e00-\u9fff”》）)])\s*—[ \u3000]+—\s*(?=[\u4e00-\u9fff“《])")


def restore_punctuation(text: str, ctx: Context) -> str:
    if "\u2015" in text:  # the horizontal bar an old GBK code page gives for the dash (――): the dash (——)
        text = text.replace("\u2015", "\u2014")
    out = []
    for line in text.split("\n"):
        if ",?" in line or "，?" in line:
            line = COMMA_LOST_MARK_RE.sub(r"\1", line)  # (压力大,? 在…: a question mark never follows a comma, a lost character does)
        if " " in line:
            line = close_pdf_wrap_spaces(line)
        new = restore_line_punctuation(restore_quotes(line))
        if "<<" in new or ">>" in new:
            new = ASCII_BOOK_TITLE_RE.sub(lambda m: f"《{m.group(1) or m.group(2)}》", new)
        if " " in new and SPACED_MARK_RE.search(new):
            new = SPACED_MARK_RE.sub(r"\1", new)
        if new.lstrip()[:1] in ">»〉》" and (arrows := ARROW_LEAD_RE.match(new)):
            new = new[arrows.end():]  # (>>27日，市委…: a site's arrows pointing at its text)
        if new[:2] == "--" and (lead := HYPHEN_LEAD_RE.match(new)):
            new = "——" + new[lead.end():]  # (----注重思路创新，…: hyphens typed for the dash that leads a point)
        if "— " in new and SPACED_DASH_RE.search(new):
            new = SPACED_DASH_RE.sub("——", new)  # (…入人心— —某某开展…: the dash's halves set apart)
        if "“ " in new or " ”" in new:
            new = SPACED_QUOTE_RE.sub(r"“\1”", new)
        if "..." in new or "。。。" in new:
            new = ASCII_ELLIPSIS_RE.sub("……", new)  # (收获很大......今后: the ellipsis typed as dots)
        if "„„" in new:
            new = LOW_QUOTES_ELLIPSIS_RE.sub("……", new)  # (熟睡的脸庞„„: the ellipsis a wrong code page made low quotes)
        if " " in new and ("月" in new or "年" in new) and (spaced := SPACED_DATE_RE.search(new)) and " " in spaced.group(0):
            new = SPACED_DATE_RE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), new)  # (2024 年 7 月 1 日: a PDF's spacing)
        if (" “" in new or "” " in new) and ("，" in new or "。" in new) and len(new) >= 20:  # (running text, not a headline's phrases)
            new = SPACE_BY_QUOTE_RE.sub("", new)
        ctx.changed("full-width-punctuation", line, new)
        out.append(new)
    return "\n".join(out)


COMMA_LOST_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff])([,，])\?+\s*(?=[\u4e00-\u9fff“])")
# Dots typed for the ellipsis between Chinese words (收获很大......今后, 等等。。。): the ellipsis.
# (not at the line's end, where dots say the site cut the text; not after a full stop, 。...: written so)
LOW_QUOTES_ELLIPSIS_RE = re.compile(r"(?<=[\u4e00-\u9fff，。！？”）])„{2,}")
ASCII_ELLIPSIS_RE = re.compile(r"(?<=[\u4e00-\u9fff，”）])(?:\.{3,}|。{3,})(?=[\u4e00-\u9fff“（，。！？”])")
# A date spaced out around its digits (2024 年 7 月 1 日, 7 月 1 日): one word.
SPACED_DATE_RE = re.compile(r"(?<![\d.])(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<![\d.])(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")
# A page saved flat: its paragraphs run into one long line, a space after each paragraph's last stop (…热潮。 知识竞赛…).
FLAT_BREAK_RE = re.compile(r"([。！？]”?)[ \u3000]+(?=[\u4e00-\u9fff“（(【\d])")
FLAT_LINE_MIN = 150
FLAT_BREAKS_MIN = 2
FLAT_PIECE_MIN = 40  # characters on each side of a break
# A line opening on the page's labels (发表时间：…作者：…): a header run into the text, which split_collapsed_head reads.
FLAT_META_LEAD_RE = re.compile(r"^\s*(?:发表|发布|更新)?(?:时间|日期)\s*[:：]|^\s*(?:作者|来源|编辑|记者)\s*[:：]")
FLAT_BREAK_SHARE = 0.6  # of its sentences' stops at most: a space after every sentence is a writer's habit, no paragraphs


def split_flat_paragraphs(text: str, ctx: Context) -> str:
    """Break a long line at the spaces after sentence stops where the page ran its paragraphs together: at least two
    such breaks, and not after nearly every sentence (then the spaces are how the writer sets sentences apart)."""
    if "。 " not in text and "。\u3000" not in text and "！ " not in text and "？ " not in text and "” " not in text:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) >= FLAT_LINE_MIN and not FLAT_META_LEAD_RE.match(line) \
                and (breaks := len(FLAT_BREAK_RE.findall(line))) >= FLAT_BREAKS_MIN \
                and breaks <= FLAT_BREAK_SHARE * len(re.findall(r"[。！？]", line)):
            pieces, start = [], 0
            for m in FLAT_BREAK_RE.finditer(line):
                pieces.append(line[start:m.start(1)] + m.group(1))
                start = m.end()
            pieces.append(line[start:])
            merged = [pieces[0]]
            for piece in pieces[1:]:  # (a short piece, a site's closing line or a credit glued on, stays where it was)
                if len(piece) < FLAT_PIECE_MIN or len(merged[-1]) < FLAT_PIECE_MIN:
                    merged[-1] += " " + piece
                else:
                    merged.append(piece)
            if len(merged) > 1:
                new = "\n".join(merged)
                ctx.changed("split-flat-paragraphs", line, new.replace("\n", " | "))
                line = new
        out.append(line)
    return "\n".join(out)
