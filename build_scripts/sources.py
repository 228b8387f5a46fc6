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
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx document)"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel document"), (b"RIFF", "a media file"),
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
                raise SourceError(label, "undecodable", f"it starts with a {enc} byte-order mark but is not {enc}; re-save it as UTF-8")
    kind = next((name for magic, name in MAGIC if data.startswith(magic)), None)
    if kind:
        raise SourceError(label, "binary file", f"this is {kind}, not text; copy the article's text into a UTF-8 .txt file")
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise SourceError(label, "binary file", "this is not text (it holds NUL bytes); save the page's text as a UTF-8 .txt file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None:
        raise SourceError(label, "undecodable", "the encoding could not be detected; re-save the file as UTF-8")
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head.count(b"\x00") > len(head) // 4


def check_text(text: str, label: str) -> None:
    """Refuse text that is empty or mostly control characters (a binary file that decoded)."""
    if not text.strip():
        raise SourceError(label, "empty file", "the file holds no text; paste the article's text into it or delete it")
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0xE000 <= ord(c) <= 0xF8FF or c == "\ufffd")
    if bad > max(8, len(sample) // 50):
        raise SourceError(label, "binary file", "this does not look like text; save the page's text as a UTF-8 .txt file")


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
        raise SourceError(f"{label}:{line}", "invalid YAML", f"{problem}; fix the metadata (quote values that hold ':' or '#')")
    except ValueError as e:  # PyYAML builds dates itself: date: 2023-02-30 fails here
        m = re.search(r"^date\s*:\s*(.+?)\s*$", block, re.M)
        value = m.group(1) if m else "?"
        raise SourceError(label, "date", f"{value!r} is not a real date ({e}); write it as YYYY-MM-DD")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(label, "invalid metadata", "the metadata must be 'key: value' lines")
    return data


def validate_meta(meta: dict, label: str) -> dict:
    """Check keys and value shapes; return a normalised copy."""
    out = {}
    for key, value in meta.items():
        if key not in META_KEYS:
            raise SourceError(label, "unknown metadata key", f"{key!r} is not one of {', '.join(sorted(META_KEYS))}")
        if value is None:
            continue
        if key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                value = value.isoformat()
            value = str(value)
            if not DATE_RE.match(value):
                raise SourceError(label, "date", f"{value!r} is not a date; write it as 2023-05-01 or leave it out")
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise SourceError(label, "date", f"{value!r} is not a real date; write it as YYYY-MM-DD")
        elif key in ("authors", "keywords", "topics"):
            if isinstance(value, str):
                value = [v for v in re.split(r"[,，;；、\s]+", value) if v]
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                raise SourceError(label, key, f"write {key} as a list of names")
            value = [CONTROL_RE.sub("", str(v)).strip() for v in value if CONTROL_RE.sub("", str(v)).strip()]
        elif key == "genre":
            from .genres import validate_genre
            value = validate_genre(CONTROL_RE.sub("", str(value)).strip(), label)
        elif key == "slug":
            value = str(value)
            if not SLUG_RE.match(value):
                raise SourceError(label, "slug", f"{value!r} is not allowed; use lowercase ASCII letters, digits and '-' (no '/', '..')")
        else:
            if not isinstance(value, (str, int, float)):
                raise SourceError(label, key, f"write {key} as plain text")
            value = CONTROL_RE.sub("", str(value)).strip()
            if key == "source_url" and not re.match(r"^https?://", value):
                raise SourceError(label, "source_url", f"{value!r} is not a web address; write it as https://…")
        out[key] = value
    return out


def read_source(path: str | Path) -> Source:
    """Read one source text and its metadata; raise SourceError when it cannot be used."""
    path = Path(path)
    label = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(label, "missing", "no such file; check the path")
    except IsADirectoryError:
        raise SourceError(label, "not a file", "give the path of a .txt source text")
    except OSError as e:
        raise SourceError(label, "unreadable", f"{e.strerror}; check the file's permissions")
    if len(data) > MAX_BYTES:
        raise SourceError(label, "too large", f"{len(data) // 1048576} MB is over the {MAX_BYTES // 1048576} MB limit; split the text into articles")
    if not data.strip():
        raise SourceError(label, "empty file", "the file holds no text; paste the article's text into it or delete it")
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
            raise SourceError(str(side), "undecodable", "save the metadata file as UTF-8")
        meta.update(validate_meta(parse_yaml(side_text, str(side)), str(side)))
    if not text.strip():
        raise SourceError(label, "empty file", "the file holds only metadata; paste the article's text below the header")
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
