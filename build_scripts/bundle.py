"""The offline bundle: build a file://-friendly copy of the site and zip it to dist/."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path
from urllib.parse import urljoin

from .errors import ConfigError, display_path
from .offline_search import install_offline_search

# The vendored iframe-worker shim (MIT, see its header). Material's offline plugin adds
# https://unpkg.com/iframe-worker/shim to `extra.polyfills` unless a polyfill whose URL contains
# "iframe-worker" is already there, so shipping it under that name keeps every request local.
SHIM_SOURCE = Path(__file__).parent / "assets" / "iframe-worker-shim.js"
SHIM_SITE_PATH = "assets/offline/iframe-worker-shim.js"

# Features that need fetch() or a server and break from file:// (Material, "Building for offline
# usage": instant loading, analytics, git repository, versioning, comments).
OFFLINE_UNSUPPORTED_FEATURES = ("navigation.instant", "navigation.instant.prefetch", "navigation.instant.progress")

# Files of the online build that mean nothing in the bundle: the sitemap (for crawlers), the
# 404 page (a web server's; its links are absolute to site_url) and source maps (1 MB, fetched
# only by developer tools).
EXCLUDED_FILES = {"sitemap.xml", "sitemap.xml.gz", "404.html"}
EXCLUDED_SUFFIXES = (".map",)

# Search in the bundle: the published site is searched with its own index (site_search.py),
# which a page opened from file:// cannot fetch, so the bundle turns Material's search back on
# (its index is the input of our worker, offline_search.py), with the settings the published
# site had: Chinese segmented by jieba with this field's user dictionary (path relative to the
# project folder).
OFFLINE_SEARCH_CONFIG = {"lang": "zh", "jieba_dict_user": "build_scripts/taxonomy/userdict.txt"}
OFFLINE_SEARCH_FEATURES = ("search.highlight", "search.suggest")

# 1980-01-01 is the earliest time a zip entry can hold; every entry gets it so that two
# bundles of the same site are byte-identical.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)

def run_bundle(build_first: bool = True, *, config_file: str | os.PathLike = "mkdocs.yml",
               dist_dir: str | os.PathLike = "dist", date: dt.date | None = None) -> int:
    """Optionally run the pipeline, then build the offline site and write the zip. Returns an exit code."""
    config_path = Path(config_file)
    if not config_path.is_file():
        raise ConfigError(f"{config_path}: missing: run the bundle from the repository root")
    if build_first:
        from .pipeline import run_build
        code = run_build(strict=False, run_mkdocs=True, sources_dir="source_texts", root=config_path.parent)
        if code != 0:
            return code
    quiet_jieba()
    with tempfile.TemporaryDirectory(prefix="offline-site-") as tmp:
        site_dir = Path(tmp) / "site"
        site_name = build_offline_site(config_path, site_dir)
        name = f"{bundle_name(site_name)}-offline-{(date or bundle_date()).isoformat()}"
        zip_path = Path(dist_dir) / f"{name}.zip"
        pages = write_zip(site_dir, zip_path, root=name)
    size_mb = zip_path.stat().st_size / 1_000_000
    print(f"wrote {zip_path} ({pages} pages, {size_mb:.1f} MB): unzip it and open index.html", file=sys.stderr)
    return 0


def quiet_jieba() -> None:
    """jieba logs its dictionary loading to stderr at DEBUG; a build should stay quiet."""
    with warnings.catch_warnings():
        # jieba 0.42.1 imports pkg_resources, which warns that it is deprecated (see requirements.txt)
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        import jieba

    jieba.setLogLevel(logging.WARNING)


def build_offline_site(config_file: Path, site_dir: Path) -> str:
    """Build the site of `config_file` for file:// into `site_dir`; return the site name.

    The published configuration stays the single source of truth: it is loaded as is and only
    changed here in memory (offline plugin on, Material's search on, file URLs, local shim, no
    fetch-based features), so the published site keeps its directory URLs and its own
    search. After the build, Material's search is handed to our worker (offline_search.py),
    which answers within a second where Material's takes seconds.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    # The project folder is the working directory of the build, as for the published site: the
    # search plugin resolves jieba_dict_user relative to it.
    config_file = Path(config_file).resolve()
    site_dir = Path(site_dir).resolve()
    try:
        with contextlib.chdir(config_file.parent):
            config = load_config(str(config_file), site_dir=str(site_dir), use_directory_urls=False, strict=False)
            home = Path(config.docs_dir) / "index.md"
            if not home.is_file():
                # without the generated home page the bundle would open on a 'file not found'
                raise ConfigError(
                    f"{display_path(home)}: missing: run `python -m build_scripts build` first, or drop --no-build"
                )
            prepare_offline_config(config)
            build(config)
    except MkDocsException as e:
        raise ConfigError(f"{display_path(config_file)}: offline build failed: {e}") from None
    shim_target = site_dir / SHIM_SITE_PATH
    shim_target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM_SOURCE, shim_target)
    install_offline_search(site_dir)
    return config.site_name


def prepare_offline_config(config) -> None:
    """Turn a loaded published MkDocs config into the offline variant, in place."""
    from material.plugins.offline.plugin import OfflinePlugin

    add_offline_search(config)
    if "material/offline" not in config.plugins and "offline" not in config.plugins:
        plugin = OfflinePlugin()
        errors, _warnings = plugin.load_config({}, config.config_file_path)
        if errors:
            raise ConfigError(f"{config.config_file_path}: offline plugin: {errors}")
        config.plugins["material/offline"] = plugin
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    config.extra["polyfills"] = [*polyfills, SHIM_SITE_PATH]
    features = config.theme.get("features") or []
    config.theme["features"] = [f for f in features if f not in OFFLINE_UNSUPPORTED_FEATURES]
    # Material shows repository facts fetched from api.github.com when repo_url is set; keep
    # edit links working by turning them into absolute URLs, then drop the repository widget.
    if config.repo_url:
        base = config.repo_url.rstrip("/") + "/"
        for key in ("edit_uri", "edit_uri_template"):
            value = config[key]
            if value and "://" not in value:
                # mkdocs joins the same way (Page._set_edit_url), except after '?' or '#'
                config[key] = config.repo_url + value if value.startswith(("?", "#")) else urljoin(base, value)
        config.repo_url = None
        config.repo_name = None


def add_offline_search(config) -> None:
    """Turn Material's search plugin on (OFFLINE_SEARCH_CONFIG) unless the config already has it."""
    from material.plugins.search.plugin import SearchPlugin

    if "material/search" in config.plugins or "search" in config.plugins:
        return
    plugin = SearchPlugin()
    errors, _warnings = plugin.load_config(dict(OFFLINE_SEARCH_CONFIG), config.config_file_path)
    if errors:
        raise ConfigError(f"{config.config_file_path}: search plugin: {errors}")
    config.plugins["material/search"] = plugin
    features = config.theme.get("features") or []
    config.theme["features"] = [*features, *(f for f in OFFLINE_SEARCH_FEATURES if f not in features)]


def bundle_name(site_name: str) -> str:
    """ASCII file name for the site name: 党建文库 -> dangjian-wenku (pinyin of jieba's words)."""
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


def write_zip(site_dir: Path, zip_path: Path, root: str) -> int:
    """Zip `site_dir` under the folder `root`, deterministically: sorted entries, fixed times and modes.

    Returns the number of HTML pages written.
    """
    files = sorted(
        p for p in site_dir.rglob("*")
        if p.is_file()
        and p.relative_to(site_dir).as_posix() not in EXCLUDED_FILES
        and not p.name.endswith(EXCLUDED_SUFFIXES)
    )
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(zip_path.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in files:
            info = zipfile.ZipInfo(f"{root}/{path.relative_to(site_dir).as_posix()}", date_time=ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, so the mode above is honoured everywhere
            zf.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(zip_path)
    return sum(1 for p in files if p.suffix == ".html")
