"""The benchmark's instruments: a timed subprocess with its peak memory, cleaning throughput, search bytes."""
from __future__ import annotations

import functools
import gzip
import http.server
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
POLL_SECONDS = 0.25
# Where Chromium is looked for: $CHROMIUM, then these commands on the PATH, then macOS's apps.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_APPS = ("/Applications/Chromium.app/Contents/MacOS/Chromium",
                 "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
# A result of Material's search (the reference) or of the search page of the site and the
# offline bundle (overrides/assets/site-search.js).
RESULT_SELECTOR = ".md-search-result__item, .site-search__result"
# The search has answered: a result shows, or the site's search page says nothing matched.
ANSWERED_JS = f"""() => document.querySelector({RESULT_SELECTOR!r})
    || (document.querySelector('.site-search__status') || {{textContent: ''}}).textContent.startsWith('没有找到')"""
# How many documents matched, where the page says it.
TOTAL_JS = "(document.querySelector('.site-search__results[data-total]') || document.body).dataset.total || null"
SEARCH_PARTS = ("search", "lunr", "worker")


# --- a subprocess, its time and memory --------------------------------------------------------

def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(root: int) -> tuple[int, int]:
    """(summed RSS, largest single RSS) of a process and all its descendants, in bytes."""
    kids = _children_map()
    total = largest = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        rss = _rss(pid)
        total += rss
        largest = max(largest, rss)
        stack += kids.get(pid, [])
    return total, largest


def run_with_peak_rss(cmd: list[str], cwd: Path) -> dict:
    """Run cmd to the end; its wall time, exit code, stderr, and peak RSS sampled every 0.25 s.

    peak_rss sums the whole process tree (the build, its cleaning workers, MkDocs) at each sample:
    what the machine must hold at once. max_single_rss is the largest single process seen.
    """
    env = dict(os.environ, PYTHONHASHSEED="0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        peak = single = 0
        while proc.poll() is None:
            total, largest = tree_rss(proc.pid)
            peak, single = max(peak, total), max(single, largest)
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # CPU seconds of the whole tree (children count once their parent has waited for them): a
    # figure that other work on a shared machine does not inflate the way it inflates wall time.
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu_seconds": cpu, "returncode": proc.returncode, "stderr": stderr, "peak_rss": peak,
            "max_single_rss": single, "loadavg": round(os.getloadavg()[0], 2)}


# --- cleaning throughput ----------------------------------------------------------------------

_SOURCES: list = []  # set before the pool forks; workers read it by index


def _clean_at(i: int) -> int:
    from build_scripts.cleaning import clean_source
    return len(clean_source(_SOURCES[i]).body)


def _load_at(i: int) -> int:
    from build_scripts.pipeline import load_one
    return 0 if load_one(_SOURCES[i]).problem else 1


def cleaning_throughput(paths: list[Path], repeats: int) -> dict:
    """MB/s of raw text through clean_source in one process and in one process per core (fork).

    Sources are read (decoded) beforehand: the figure is the cleaner's. `pipeline_per_core` is
    the pipeline's whole per-article step (read + clean + keywords and vectors), one process.
    """
    global _SOURCES
    from build_scripts.sources import read_source
    from build_scripts.topics import segmenter

    _SOURCES = [read_source(p) for p in paths]
    raw = sum(s.raw_size for s in _SOURCES)
    indexes = range(len(_SOURCES))
    segmenter()  # load the dictionary before timing and before forking
    cores = os.cpu_count() or 1

    from build_scripts.cleaning import forget_lines
    one, one_cpu = [], []
    for _ in range(repeats):
        forget_lines()  # each run cleans the texts as a build does, once: nothing remembered from the run before
        started, cpu = time.perf_counter(), time.process_time()
        for i in indexes:
            _clean_at(i)
        one.append(time.perf_counter() - started)
        one_cpu.append(time.process_time() - cpu)
    every = []
    ctx = multiprocessing.get_context("fork")
    for _ in range(repeats):
        forget_lines()  # (the forked workers start from this process's caches)
        with ctx.Pool(cores) as pool:
            started = time.perf_counter()
            pool.map(_clean_at, indexes, chunksize=max(1, len(_SOURCES) // (8 * cores)))
            every.append(time.perf_counter() - started)
    # The pipeline's per-article step reads files itself: pass paths this time.
    _SOURCES = [str(p) for p in paths]
    started = time.perf_counter()
    for i in indexes:
        _load_at(i)
    load_seconds = time.perf_counter() - started
    _SOURCES = []
    one_s, every_s = statistics.median(one), statistics.median(every)
    return {
        "raw_bytes": raw,
        "cores": cores,
        "one_core_mb_s": round(raw / one_s / 1e6, 3),
        # per CPU-second: what one core does when nothing else runs on it
        "one_core_cpu_mb_s": round(raw / statistics.median(one_cpu) / 1e6, 3),
        "loadavg": round(os.getloadavg()[0], 2),
        "all_cores_mb_s": round(raw / every_s / 1e6, 3),
        "one_core_runs_s": [round(x, 3) for x in one],
        "all_cores_runs_s": [round(x, 3) for x in every],
        "pipeline_step_one_core_mb_s": round(raw / load_seconds / 1e6, 3),
    }


# --- search -----------------------------------------------------------------------------------

def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def search_files(site: Path) -> dict:
    """What a site ships for search: Material's search_index.json (the reference) or the site's search-index/."""
    out = {}
    index = site / "search" / "search_index.json"
    if index.exists():
        # What the same index would weigh written as UTF-8: Material escapes every Chinese character
        # (and the zero-width space it puts between words) as \uXXXX, six bytes for three.
        import json
        utf8 = json.dumps(json.loads(index.read_bytes()), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        out["search_index_json"] = {"bytes": index.stat().st_size, "gzip_bytes": gzip_size(index),
                                    "utf8_bytes": len(utf8), "utf8_gzip_bytes": len(gzip.compress(utf8, 6, mtime=0))}
    own = site / "search-index"
    if own.is_dir():
        files = [p for p in own.rglob("*") if p.is_file()]
        out["search_index"] = {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}
    return out


def timed_search(page, url: str, timeout_s: float) -> tuple[bool, float, int, object]:
    """Open a search address; (answered in time, seconds from the start of loading, results shown,
    the page's count of articles found)."""
    started = time.perf_counter()
    page.goto(url)
    found = True
    try:
        page.wait_for_function(ANSWERED_JS, timeout=timeout_s * 1000)
    except Exception:  # playwright's TimeoutError: report it as a figure, not a crash
        found = False
    seconds = time.perf_counter() - started
    return found, seconds, page.locator(RESULT_SELECTOR).count(), page.evaluate(TOTAL_JS)


def search_from_files(root: Path, query: str, timeout_s: float = 60.0) -> dict:
    """Open an unzipped bundle's index.html?q=<query> from file:// in Chromium: the time until the
    first result shows (from the start of loading), and the bytes of every file the page read."""
    from playwright.sync_api import sync_playwright

    urls: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("request", lambda req: urls.append(req.url))
        found, seconds, results, matched = timed_search(page, (root / "index.html").as_uri() + "?q=" + quote(query),
                                                        timeout_s)
        browser.close()
    read = [Path(unquote(urlsplit(u).path)) for u in dict.fromkeys(urls) if u.startswith("file:")]
    read = [p for p in read if p.is_file()]
    search = [p for p in read if any(part in p.relative_to(root).as_posix() for part in SEARCH_PARTS)]
    return {"found": found and results > 0, "results_shown": results, "results_total": matched,
            "seconds_to_results": round(seconds, 2), "files_read": len(read), "bytes": sum(p.stat().st_size for p in read),
            "search_bytes": sum(p.stat().st_size for p in search),
            "search_files": sorted(p.relative_to(root).as_posix() for p in search)}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _local_file(site: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path).lstrip("/")
    target = site / path
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def find_chromium() -> str | None:
    """The Chromium (or Chrome) executable to drive: $CHROMIUM when set, else the first one found."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"] if os.access(os.environ["CHROMIUM"], os.X_OK) else None
    found = (shutil.which(name) for name in CHROMIUM_NAMES)
    return next((p for p in found if p), None) or next((p for p in CHROMIUM_APPS if os.access(p, os.X_OK)), None)


def browser_problem() -> str | None:
    """Why the browser measurement cannot run (checked before any long work), or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed; run `make bench` (it installs requirements-test.txt) or pass --no-browser"
    if find_chromium() is None:
        return "no Chromium found (set CHROMIUM=/path/to/chromium, or as root: apt-get install chromium) or pass --no-browser"
    return None


def search_in_browser(site: Path, query: str, timeout_s: float = 180.0, page_path: str = "") -> dict:
    """Open /?q=<query> in Chromium on a local server; bytes fetched until the first result shows.

    Bytes are the files served (the local server does not compress) and their gzip size (what a
    host such as GitHub Pages sends for text; a file stored gzip-compressed, as the site's index
    files are, is sent as it is). `search_*` counts only requests for search code and index
    (URLs containing search, lunr or worker).
    """
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    urls: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.on("requestfinished", lambda req: urls.append(req.url))
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            found, seconds, results, matched = timed_search(page, f"{base}{page_path}?q={quote(query)}", timeout_s)
            found = found and results > 0
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    total = total_gz = search = search_gz = 0
    files = []
    for url in dict.fromkeys(urls):
        local = _local_file(site, url)
        if local is None:
            continue
        size = local.stat().st_size
        with open(local, "rb") as f:
            gz = size if f.read(2) == b"\x1f\x8b" else gzip_size(local)
        total += size
        total_gz += gz
        rel = local.relative_to(site).as_posix()
        if any(part in rel for part in SEARCH_PARTS):
            search += size
            search_gz += gz
            files.append(rel)
    return {"found": found, "results_shown": results, "results_total": matched, "seconds_to_results": round(seconds, 2),
            "requests": len(urls), "bytes": total, "gzip_bytes": total_gz,
            "search_bytes": search, "search_gzip_bytes": search_gz, "search_files": sorted(files)}
