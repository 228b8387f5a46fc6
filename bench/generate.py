"""Generate N synthetic raw articles from the real seeds' lines, with the web junk real pages carry.

Each article is a scraped page as the library receives it: site chrome above the title (menus,
breadcrumbs, a date/source line, share buttons), a body of paragraphs and headings drawn from the
seeds in source_texts/, some paragraphs annotated with pinyin or cut by a document site's page
markers, and a tail of related-article lists, comment boxes and copyright lines. Article i is a
function of (seed, i) only, so the first 1,000 of a 10,000 run are the 1,000 run.

    python bench/generate.py 1000            # → bench/out/1000/source_texts/
    python bench/generate.py 5000 --out DIR
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "source_texts"
OUT = REPO / "bench" / "out"
DEFAULT_SEED = 20240601

# The junk vocabulary is written for this benchmark in the style of such pages (not copied from any).
SECTIONS = ["党建动态", "基层风采", "理论学习", "党建研究", "工作交流", "专题专栏", "经验材料", "党务知识"]
MENU = ["首页", "新闻中心", "党建动态", "理论学习", "基层风采", "组织建设", "廉政建设", "群团工作", "联系我们"]
PLACES = ["江苏", "浙江", "山东", "河南", "湖北", "四川", "广西", "陕西", "辽宁", "福建", "安徽", "云南",
          "甘肃", "江西", "湖南", "河北", "山西", "贵州", "吉林", "内蒙古"]
INDUSTRIES = ["电力", "交通投资", "建工", "能源", "水务", "燃气", "港务", "煤业", "铁路", "烟草", "化工",
              "有色金属", "通信", "机场", "粮食储备"]
ORG_KINDS = ["集团有限公司", "有限责任公司", "股份有限公司", "分公司", "项目部", "发展有限公司"]
SITES = ["党建网", "党建在线", "先锋网", "组工网", "党员之家", "范文网", "文档网", "文库"]
SUBJECTS = ["基层党组织建设", "党建品牌创建", "党建与生产经营融合", "党员教育管理", "党务干部队伍建设",
            "思想政治工作", "班组建设", "国有企业党建", "“互联网+党建”", "党内民主与党务公开", "制度与机制创新",
            "党支部标准化建设", "“三会一课”制度落实", "党风廉政建设", "基层党建创新"]
FRAMES = ["关于{s}的几点思考", "{s}的实践与探索", "新时代{s}创新路径研究", "浅谈{s}", "以{s}推动{t}",
          "{o}{s}工作经验", "加强{s} 助力{t}", "{s}存在的问题及对策", "{o}推进{s}的做法", "深化{s}的路径探析",
          "{s}：现状、难点与对策", "聚焦{s} 激发{t}新活力"]
GOALS = ["高质量发展", "生产经营", "提质增效", "改革发展", "安全生产", "企业治理", "基层治理"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = "建国华明伟芳娜敏静丽强磊军洋勇艳杰涛超秀兰霞平刚桂英"
SHARE = ["分享到：微信 微博 QQ空间 复制链接", "[收藏] [打印] [关闭] [返回顶部]", "【字体：大 中 小】【打印本页】【关闭窗口】",
         "扫一扫在手机打开当前页", "分享至： 微信好友 朋友圈 新浪微博"]
TAIL_HEADS = ["相关推荐", "相关文章", "猜你喜欢", "推荐阅读", "热点文章", "最新文章"]
TAIL_LINES = ["网友评论 0 条 我要评论", "验证码： 看不清？换一张", "上一篇：{a}", "下一篇：{b}",
              "版权所有 © {y} {site} 保留所有权利", "备案号：X ICP备{n}号", "本站文章均来自网络，如有侵权请联系删除",
              "责任编辑：{e}", "温馨提示：本文档由用户上传，下载前请确认内容"]
RELATED_OFFSETS = (1, 2, 3, 5, 8, 13)  # the related list names titles of the articles after this one
PINYIN_WORDS = ["党建", "支部", "党员", "组织", "基层", "品牌", "融合", "创新", "引领", "堡垒", "先锋", "作风"]

HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)+[、.]?)")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_RE = re.compile(r"[^。！？]+[。！？]”?")


@dataclass
class SeedLines:
    """Lines of the real seeds, sorted into the kinds an article is made of."""

    paragraphs: list[str]  # simplified-script body paragraphs
    traditional: list[str]  # body paragraphs of the traditional-script seed
    headings: list[str]  # simplified-script headings
    sentences: list[str]  # simplified-script sentences, to splice into new paragraphs


def is_traditional(text: str) -> bool:
    return sum(text.count(c) for c in "黨組織國發") > sum(text.count(c) for c in "党组织国发")


def load_seed_lines(seed_dir: Path = SEEDS) -> SeedLines:
    """Split every seed into body paragraphs and headings; chrome lines (short, no sentence) are left out."""
    paragraphs, traditional, headings = [], [], []
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        old_script = is_traditional(text)
        for line in text.splitlines():
            line = line.strip()
            cjk = len(CJK_RE.findall(line))
            if HEADING_RE.match(line) and 6 <= len(line) <= 40:
                if not old_script:
                    headings.append(line)
            elif cjk >= 60 and line[-1] in "。！？”；" and not line.startswith(("摘要", "关键词", "1、")):
                (traditional if old_script else paragraphs).append(line)
    if not paragraphs or not headings:
        raise SystemExit(f"{seed_dir}: no seed paragraphs found; run from the repository with source_texts/ present")
    sentences = sorted({s for p in paragraphs for s in SENTENCE_RE.findall(p) if len(s) >= 12})
    return SeedLines(sorted(set(paragraphs)), sorted(set(traditional)), sorted(set(headings)), sentences)


def make_paragraph(deck: list[str], lines: SeedLines, rng: random.Random) -> str:
    """A new paragraph of 2–6 seed sentences dealt from the article's deck, so articles differ as real ones do."""
    out = []
    for _ in range(rng.randint(2, 6)):
        if not deck:
            deck += rng.sample(lines.sentences, len(lines.sentences))
        out.append(deck.pop())
    return "".join(out)


def make_title(rng: random.Random) -> str:
    org = rng.choice(PLACES) + rng.choice(INDUSTRIES) + rng.choice(ORG_KINDS)
    return rng.choice(FRAMES).format(s=rng.choice(SUBJECTS), t=rng.choice(GOALS), o=org)


def make_date(rng: random.Random) -> str:
    return f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def add_pinyin(paragraph: str, rng: random.Random) -> str:
    """Annotate one word with its pinyin, as reading-aid pages do: 党建（dǎng jiàn）."""
    from pypinyin import Style, pinyin

    words = [w for w in PINYIN_WORDS if w in paragraph]
    if not words:
        return paragraph
    word = rng.choice(words)
    marks = " ".join(p[0] for p in pinyin(word, style=Style.TONE))
    return paragraph.replace(word, f"{word}（{marks}）", 1)


def paginate(paragraphs: list[str], title: str, rng: random.Random) -> list[str]:
    """Cut the body the way document sites do: page markers, a page break in mid-sentence."""
    out: list[str] = []
    page = 1
    for para in paragraphs:
        if len(para) > 120 and rng.random() < 0.3:
            cut = rng.randint(40, len(para) - 40)
            page += 1
            out += [para[:cut], "", f"{title}_第{page}页", "", para[cut:]]
        else:
            out.append(para)
        out.append("")
    return out


def make_article(i: int, lines: SeedLines, titles: list[str], seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """Article i: (file name, raw text). Deterministic in (seed, i)."""
    rng = random.Random(f"{seed}:{i}")
    title = titles[i]
    date = make_date(rng)
    site = rng.choice(PLACES) + rng.choice(SITES)
    traditional = bool(lines.traditional) and rng.random() < 0.08
    pool = lines.traditional if traditional else lines.paragraphs
    count = rng.randint(6, 22)
    verbatim = rng.sample(pool, min(len(pool), count))
    body: list[str] = []
    deck: list[str] = []
    for n in range(count):
        if n and rng.random() < 0.25 and not traditional:
            body.append(rng.choice(lines.headings))
        if traditional or (n < len(verbatim) and rng.random() < 0.5):
            para = verbatim[n % len(verbatim)]
        else:
            para = make_paragraph(deck, lines, rng)
        if not traditional and rng.random() < 0.1:
            para = add_pinyin(para, rng)
        body.append(para)

    head: list[str] = []
    if rng.random() < 0.6:
        head.append(" | ".join(MENU[: rng.randint(5, len(MENU))]))
    if rng.random() < 0.7:
        head.append(f"当前位置：首页 > {rng.choice(SECTIONS)} > {title}")
    head += ["", title, ""]
    style = rng.randrange(3)
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if style == 0:
        head.append(f"时间：{date} {clock}  来源：{site}  作者：{person(rng)}  浏览次数：{rng.randint(10, 9999)}")
    elif style == 1:
        head.append(f"{date} {clock}   {site}     [ 字体: ] [ 阅读: ] [ 文档下载 ]")
    else:
        head.append(f"发布日期：{date}  信息来源：{site}")
    if rng.random() < 0.5:
        head.append(rng.choice(SHARE))
    head.append("")

    text_lines = paginate(body, title, rng) if rng.random() < 0.15 else [x for p in body for x in (p, "")]
    if rng.random() < 0.5:
        text_lines.append(f"（作者：{person(rng)}  {rng.choice(PLACES)}{rng.choice(INDUSTRIES)}{rng.choice(ORG_KINDS)}）")
        text_lines.append("")

    tail = [rng.choice(SHARE), ""]
    others = [titles[i + k] for k in RELATED_OFFSETS]
    fills = {"a": others[0], "b": others[1], "y": date[:4], "site": site, "n": rng.randint(10000000, 99999999),
             "e": person(rng)}
    for line in rng.sample(TAIL_LINES, rng.randint(2, 5)):
        tail.append(line.format(**fills))
    tail += ["", rng.choice(TAIL_HEADS)]
    tail += others[2: 2 + rng.randint(2, 4)]
    text = "\n".join(head + text_lines + tail) + "\n"
    name = f"{i:05d}_{hashlib.sha1(title.encode('utf-8')).hexdigest()[:16]}.txt"
    return name, text


def make_titles(n: int, seed: int = DEFAULT_SEED) -> list[str]:
    """n distinct titles; title i depends only on (seed, i) and the titles before it."""
    rng = random.Random(f"{seed}:titles")
    titles: list[str] = []
    seen: set[str] = set()
    while len(titles) < n:
        t = make_title(rng)
        if t not in seen:
            seen.add(t)
            titles.append(t)
    return titles


def generate(n: int, out_dir: Path, seed: int = DEFAULT_SEED, seed_dir: Path = SEEDS) -> list[Path]:
    """Write n raw articles into out_dir (created; stale .txt files removed); return their paths."""
    lines = load_seed_lines(seed_dir)
    titles = make_titles(n + max(RELATED_OFFSETS), seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {}
    for i in range(n):
        name, text = make_article(i, lines, titles, seed)
        wanted[name] = text
    for stale in out_dir.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    paths = []
    for name, text in sorted(wanted.items()):
        path = out_dir / name
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("--out", type=Path, help="folder to write (default bench/out/<n>/source_texts)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    out = args.out or OUT / str(args.n) / "source_texts"
    paths = generate(args.n, out, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles, {size / 1e6:.1f} MB, to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
