"""The offline bundle: the built site/, rewritten for file:// in one pass on every core, zipped to dist/."""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import posixpath
import re
import struct
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import unquote

import yaml

from .errors import ConfigError, display_path
from .search.index import INDEX_DIR, script_of

# Files of the site that mean nothing in the bundle: the sitemap (for crawlers), the 404 page (a
# web server's; its links are absolute to site_url) and source maps (fetched only by developer tools).
EXCLUDED_FILES = {"sitemap.xml", "sitemap.xml.gz", "404.html"}
EXCLUDED_SUFFIXES = (".map",)
# Material's features that fetch() and break from file:// (Material, "Building for offline usage").
OFFLINE_UNSUPPORTED_FEATURES = ("navigation.instant", "navigation.instant.prefetch", "navigation.instant.progress")
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 200
# Every zip entry is dated 1980-01-01 00:00 (the earliest time a zip can hold; MS-DOS date
# 0x21, time 0) with mode 0644, so that two bundles of the same site are byte-identical.
ZIP_DOS_DATE, ZIP_DOS_TIME, ZIP_MODE = 0x21, 0, 0o100644
ZIP_LEVEL = 9

# Where a page names another file: attributes, and in mkdocs-redirects' pages the refresh and
# the script that go to the new address.
URL_ATTR_RE = re.compile(r'(\s(?:href|src|action)=")([^"]*)(")')
REDIRECT_RE = re.compile(r'(content="0; url=|location\.href=")([^"]*)(")')
SCHEME_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
CONFIG_RE = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def run_bundle(build_first: bool = True, *, config_file: str | os.PathLike = "mkdocs.yml",
               dist_dir: str | os.PathLike = "dist", date: dt.date | None = None) -> int:
    """Optionally run the build, then zip its site/ for file:// into dist/. Returns an exit code."""
    config_path = Path(config_file)
    if not config_path.is_file():
        raise ConfigError(f"{config_path}: missing: run the bundle from the repository root")
    if build_first:
        from .pipeline import run_build
        code = run_build(strict=False, run_mkdocs=True, sources_dir="source_texts", root=config_path.parent)
        if code != 0:
            return code
    site_dir = config_path.parent / "site"
    for needed in (site_dir / "index.html", site_dir / INDEX_DIR / "manifest.json"):
        if not needed.is_file():
            # without the built site (or its search index) the bundle would open on 'file not found'
            raise ConfigError(f"{display_path(needed)}: missing: run `python -m build_scripts build` first, or drop --no-build")
    name = f"{bundle_name(site_name(config_path))}-offline-{(date or bundle_date()).isoformat()}"
    zip_path = Path(dist_dir) / f"{name}.zip"
    pages = write_zip(site_dir, zip_path, root=name)
    size_mb = zip_path.stat().st_size / 1_000_000
    print(f"离线包已写好（wrote）：{zip_path}（{pages} 个页面，{size_mb:.1f} MB）；解压后双击其中的 index.html 即可阅读", file=sys.stderr)
    return 0


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: tags such as !!python/object/apply (a slugify function) read as None."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_name(config_file: Path) -> str:
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    return str(config.get("site_name") or "site")


# --- the one pass over the site's files --------------------------------------------------------

def site_files(site_dir: Path) -> list[str]:
    """The site's files that go into the bundle, as sorted POSIX paths under site_dir."""
    return sorted(
        rel for p in site_dir.rglob("*")
        if p.is_file() and (rel := p.relative_to(site_dir).as_posix()) not in EXCLUDED_FILES
        and not p.name.endswith(EXCLUDED_SUFFIXES)
    )


def page_folders(files: list[str]) -> frozenset[str]:
    """The folders a link may name that open their index.html ("" is the site's root)."""
    return frozenset(posixpath.dirname(f) for f in files if posixpath.basename(f) == "index.html")


def file_url(url: str, page_dir: str, folders: frozenset[str]) -> str:
    """A link of a page in page_dir as file:// needs it: a link to a folder names its index.html.

    Links with a scheme (https:, mailto:, data:), absolute paths, a query or fragment alone and
    links to files are left as they are.
    """
    if not url or url[0] in "#?/" or SCHEME_RE.match(url):
        return url
    cut = min((i for i in (url.find("?"), url.find("#")) if i != -1), default=len(url))
    path, rest = url[:cut], url[cut:]
    if path.endswith("/"):
        return f"{path}index.html{rest}"
    last = path.rsplit("/", 1)[-1]
    if last in (".", ".."):
        return f"{path}/index.html{rest}"
    if "." not in last and posixpath.normpath(posixpath.join(page_dir, unquote(path))) in folders:
        return f"{path}/index.html{rest}"
    return url


def rewrite_html(text: str, page: str, folders: frozenset[str]) -> str:
    """A page of the site (its path under the site) as the bundle ships it: links to folders
    name their index.html, and Material's features that fetch() are off."""
    page_dir = posixpath.dirname(page)

    def fix(match: re.Match) -> str:
        return match[1] + file_url(match[2], page_dir, folders) + match[3]

    text = URL_ATTR_RE.sub(fix, text)
    if 'http-equiv="refresh"' in text:
        text = REDIRECT_RE.sub(fix, text)
    config = CONFIG_RE.search(text)
    if config and "navigation.instant" in config[2]:
        settings = json.loads(config[2])
        settings["features"] = [f for f in settings.get("features", []) if f not in OFFLINE_UNSUPPORTED_FEATURES]
        text = text[:config.start(2)] + json.dumps(settings, ensure_ascii=False) + text[config.end(2):]
    return text


# (site folder, page folders) in a worker process: set once there by the pool's initializer
_SITE: tuple[Path, frozenset[str]] | None = None


def _start_worker(site: tuple[Path, frozenset[str]]) -> None:
    global _SITE
    _SITE = site


def bundle_entries(rel: str, site: tuple[Path, frozenset[str]] | None = None) -> list[tuple[str, int, int, bytes]]:
    """What one file of the site becomes in the bundle, as zip entries (path, CRC-32, size,
    deflated bytes): a page rewritten for file://; an index file and its script form
    (search/index.py script_of); any other file as is. Compressed here, on every core."""
    site_dir, folders = site or _SITE
    data = (site_dir / rel).read_bytes()
    if rel.endswith(".html"):
        files = [(rel, rewrite_html(data.decode("utf-8"), rel, folders).encode("utf-8"))]
    elif rel.startswith(INDEX_DIR + "/"):
        files = [(rel, data), (rel + ".js", script_of(rel[len(INDEX_DIR) + 1:], data))]
    else:
        files = [(rel, data)]
    return [(name, zlib.crc32(content), len(content), _deflate(content)) for name, content in files]


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(ZIP_LEVEL, zlib.DEFLATED, -15)  # raw deflate, as zip stores it
    return compressor.compress(data) + compressor.flush()


def converted(site_dir: Path, files: list[str]):
    """bundle_entries of every file, in order, on every core when there are enough files."""
    site = (site_dir, page_folders(files))
    if len(files) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from (bundle_entries(rel, site) for rel in files)
        return
    with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("fork"),
                             initializer=_start_worker, initargs=(site,)) as pool:
        yield from pool.map(bundle_entries, files, chunksize=32)


def write_zip(site_dir: Path, zip_path: Path, root: str) -> int:
    """Zip the converted site under the folder `root`. Returns the number of HTML pages written.

    The entries come compressed from the workers, so the zip is written here rather than through
    zipfile (which compresses in the writing process); it is a plain zip (Zip64 past 65,535
    entries), in file order, with fixed dates and modes: the same site gives the same bytes.
    """
    files = site_files(site_dir)
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(zip_path.name + ".part")
    central, offset = [], 0
    with open(partial, "wb") as out:
        for entries in converted(site_dir, files):
            for rel, crc, size, data in entries:
                name = f"{root}/{rel}".encode("utf-8")
                if offset + len(data) >= 0xFFFFFFFF or size >= 0xFFFFFFFF:
                    raise ConfigError(f"{display_path(site_dir)}: the site is too large for the bundle (4 GB)")
                fields = (20, 0x800, 8, ZIP_DOS_TIME, ZIP_DOS_DATE, crc, len(data), size, len(name))  # 0x800: UTF-8 names
                local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name
                central.append(struct.pack("<IH", 0x02014B50, 0x314) + struct.pack("<HHHHHIIIHH", *fields, 0)
                               + struct.pack("<HHHII", 0, 0, 0, ZIP_MODE << 16, offset) + name)
                out.write(local)
                out.write(data)
                offset += len(local) + len(data)
        directory = b"".join(central)
        out.write(directory)
        count = len(central)
        if count > 0xFFFF:  # Zip64 end record and its locator, then the classic record saying "see Zip64"
            out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), offset))
            out.write(struct.pack("<IIQI", 0x07064B50, 0, offset + len(directory), 1))
            count = 0xFFFF
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), offset, 0))
    partial.replace(zip_path)
    return sum(1 for f in files if f.endswith(".html"))


def bundle_name(site_name: str) -> str:
    """ASCII file name for the site name: 党建文库 -> dangjian-wenku (pinyin of its words)."""
    from pypinyin import lazy_pinyin

    from .topics import segmenter

    words = []
    for word in segmenter().cut(site_name):
        ascii_word = "".join(lazy_pinyin(word)).lower()
        ascii_word = re.sub(r"[^a-z0-9]+", "-", ascii_word).strip("-")
        if ascii_word:
            words.append(ascii_word)
    return "-".join(words) or "site"


def bundle_date() -> dt.date:
    """The date in the zip's name: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()
