"""The only reader of source_texts/: decoding, metadata header and sidecar, validation."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .article import Source
from .errors import SourceError

# Control characters can only arrive through YAML escapes ("\x02"); they mean nothing in a title and
# \x02/\x03 are Python-Markdown's placeholder marks, so they are dropped from every value.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
META_KEYS = {"title", "date", "authors", "source_name", "source_url", "keywords", "topics", "genre", "slug"}
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A source larger than this is refused rather than risk a build that never ends.
MAX_BYTES = 20 * 1024 * 1024
BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
# Files people save by mistake under a .txt name, recognised by their first bytes.
MAGIC = [
    (b"\x89PNG", "一张 PNG 图片"), (b"\xff\xd8\xff", "一张 JPEG 图片"), (b"GIF8", "一张 GIF 图片"),
    (b"%PDF", "一个 PDF 文档"), (b"PK\x03\x04", "一个压缩包（或 .docx/.xlsx 文档）"),
    (b"\xd0\xcf\x11\xe0", "一个旧版 Word/Excel 文档"), (b"RIFF", "一个音视频文件"),
]
# Chinese pages come in these; limiting the candidates keeps detection from guessing Latin-1.
CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yml")


def decode_bytes(data: bytes, label: str) -> tuple[str, str]:
    """Decode raw bytes to text; return (text, encoding name)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError:
                raise SourceError(label, "undecodable", f"文件开头有 {enc} 标记，内容却不是 {enc}；请另存为 UTF-8")
    kind = next((name for magic, name in MAGIC if data.startswith(magic)), None)
    if kind:
        raise SourceError(label, "binary file", f"这是{kind}，不是文字；请把文章文字复制到 UTF-8 编码的 .txt 文件里")
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise SourceError(label, "binary file", "这不是文字文件（含有 NUL 字节）；请把网页文字保存为 UTF-8 编码的 .txt 文件")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None:
        raise SourceError(label, "undecodable", "认不出文件的编码；请另存为 UTF-8")
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head.count(b"\x00") > len(head) // 4


# What a decoded binary file is full of: control characters other than line and tab breaks, the
# private-use area, and U+FFFD (a byte sequence the codec could not decode).
_NOT_TEXT_RE = re.compile("[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]")
_CJK_RE = re.compile("[\u4e00-\u9fff]")


def check_text(text: str, label: str) -> None:
    """Refuse text that is empty or mostly control characters (a binary file that decoded)."""
    if not text.strip():
        raise SourceError(label, "empty file", "文件里没有文字；请把文章文字粘贴进去，或者删除这个文件")
    sample = text[:20000]
    bad = len(_NOT_TEXT_RE.findall(sample))
    lost = sample.count("\ufffd")
    # (a page saved with its commas lost to U+FFFD, …的要求�坚持…, is still mostly Chinese text: its U+FFFD are gaps in it,
    # not a binary file's bytes; control and private-use characters count however Chinese the rest is)
    if lost and len(_CJK_RE.findall(sample)) >= 0.5 * len(sample.replace(" ", "").replace("\n", "")):
        bad -= lost
    if bad > max(8, len(sample) // 50):
        raise SourceError(label, "binary file", "这看起来不是文字；请把网页文字保存为 UTF-8 编码的 .txt 文件")


def split_header(text: str, label: str) -> tuple[dict, str, int]:
    """Split an optional YAML metadata header off the top; return (meta, rest, header lines)."""
    m = re.match(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", text, re.S)
    if not m:
        return {}, text, 0
    block = m.group(1) or ""
    meta = parse_yaml(block, label, line_offset=1)
    return meta, text[m.end():], m.group(0).count("\n")


def parse_yaml(block: str, label: str, line_offset: int = 0) -> dict:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = (mark.line + 1 + line_offset) if mark else "?"
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise SourceError(f"{label}:{line}", "invalid YAML", f"{problem}；请改正元数据（值里有 ':' 或 '#' 时用引号括起来）")
    except ValueError as e:  # PyYAML builds dates itself: date: 2023-02-30 fails here
        m = re.search(r"^date\s*:\s*(.+?)\s*$", block, re.M)
        value = m.group(1) if m else "?"
        raise SourceError(label, "date", f"{value!r} 不是真实的日期（{e}）；请写成 年-月-日，如 2023-05-01")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(label, "invalid metadata", "元数据要写成一行一个的 '键: 值'")
    return data


def validate_meta(meta: dict, label: str) -> dict:
    """Check keys and value shapes; return a normalised copy."""
    out = {}
    for key, value in meta.items():
        if key not in META_KEYS:
            raise SourceError(label, "unknown metadata key", f"{key!r} 不是可用的键；可用的键：{', '.join(sorted(META_KEYS))}")
        if value is None:
            continue
        if key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                value = value.isoformat()
            value = str(value)
            if not DATE_RE.match(value):
                raise SourceError(label, "date", f"{value!r} 不是日期；请写成 2023-05-01 这样的 年-月-日，或者不写")
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise SourceError(label, "date", f"{value!r} 不是真实的日期；请写成 年-月-日，如 2023-05-01")
        elif key in ("authors", "keywords", "topics"):
            if isinstance(value, str):
                value = [v for v in re.split(r"[,，;；、\s]+", value) if v]
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                raise SourceError(label, key, f"{key} 要写成列表，如 [甲, 乙]")
            value = [CONTROL_RE.sub("", str(v)).strip() for v in value if CONTROL_RE.sub("", str(v)).strip()]
        elif key == "genre":
            from .genres import validate_genre
            value = validate_genre(CONTROL_RE.sub("", str(value)).strip(), label)
        elif key == "slug":
            value = str(value)
            if not SLUG_RE.match(value):
                raise SourceError(label, "slug", f"{value!r} 不能用作网址名；只用小写英文字母、数字和 '-'（不能有 '/'、'..'）")
        else:
            if not isinstance(value, (str, int, float)):
                raise SourceError(label, key, f"{key} 要写成一段文字")
            value = CONTROL_RE.sub("", str(value)).strip()
            if key == "source_url" and not re.match(r"^https?://", value):
                raise SourceError(label, "source_url", f"{value!r} 不是网址；请写成 https://… 的形式")
        out[key] = value
    return out


def read_source(path: str | Path) -> Source:
    """Read one source text and its metadata; raise SourceError when it cannot be used."""
    path = Path(path)
    label = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(label, "missing", "没有这个文件；请检查路径")
    except IsADirectoryError:
        raise SourceError(label, "not a file", "请给出一个 .txt 源文本的路径")
    except OSError as e:
        raise SourceError(label, "unreadable", f"{e.strerror}；请检查文件的读取权限")
    if len(data) > MAX_BYTES:
        raise SourceError(label, "too large", f"{len(data) // 1048576} MB，超过了 {MAX_BYTES // 1048576} MB 的上限；请按文章拆分成几个文件")
    if not data.strip():
        raise SourceError(label, "empty file", "文件里没有文字；请把文章文字粘贴进去，或者删除这个文件")
    text, encoding = decode_bytes(data, label)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, label)
    meta, text, _ = split_header(text, label)
    meta = validate_meta(meta, label)
    side = sidecar_path(path)
    if side.exists():
        try:
            side_text = side.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SourceError(str(side), "undecodable", "请把元数据文件另存为 UTF-8")
        meta.update(validate_meta(parse_yaml(side_text, str(side)), str(side)))
    if not text.strip():
        raise SourceError(label, "empty file", "文件里只有元数据；请把文章文字粘贴到元数据块下面")
    return Source(
        path=label,
        name=path.name,
        stem=path.stem,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        meta=meta,
        raw_size=len(data),
    )
