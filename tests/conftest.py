"""Shared fixtures: one site build per session, a local HTTP server, the offline bundle, Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests in CI (CI=true, as GitHub Actions and .ci/run set it) draw the same examples on
# every run, so a failure there reproduces locally with CI=true; elsewhere they explore afresh.
# (Hypothesis 6.170 loads a profile like it by itself when it sees CI set; this one does not
# depend on that detection.) Loaded here, before any test module builds its settings on the default.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    settings.load_profile("ci")

def find_chromium() -> Path | None:
    """The browser to drive: $CHROMIUM when set, else Chromium or Chrome on the PATH, else macOS's apps."""
    if os.environ.get("CHROMIUM"):
        return Path(os.environ["CHROMIUM"])
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return Path(shutil.which(name))
    apps = [Path("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")]
    return next((p for p in apps if p.exists()), None)


CHROMIUM = find_chromium()
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
# What a copy of the repository for a test build leaves out: VCS data, the venv, build outputs.
COPY_IGNORE_TOP = {".git", ".venv", "site", "dist", ".cache", ".pytest_cache", ".hypothesis", "node_modules", "mutants"}
COPY_IGNORE_ANYWHERE = {"__pycache__"}
COPY_IGNORE_PATHS = {"bench/out"}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}


def indexed_documents(site: Path) -> list[dict]:
    """Every document of a built site's search index (build_scripts/search/): title, url, date, source, summary."""
    from build_scripts.search import index, reader

    return reader.documents(site / index.INDEX_DIR)


def site_search_results(site: Path, query: str) -> list[dict]:
    """What the site's search page lists for a query, best first (reader.search reads the index as the page does)."""
    from build_scripts.search import index, reader

    return reader.search(site / index.INDEX_DIR, query)


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    """Run `python -m build_scripts ARGS` in `project`; fail the test with its output if it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "build_scripts", *args], cwd=project, capture_output=True, text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"build_scripts {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def _ignore_outputs(directory: str, names: list[str]) -> set[str]:
    relative = Path(directory).relative_to(REPO).as_posix()
    ignored = {n for n in names if n in COPY_IGNORE_ANYWHERE}
    if relative == ".":
        ignored |= {n for n in names if n in COPY_IGNORE_TOP}
    ignored |= {n for n in names if f"{relative}/{n}" in COPY_IGNORE_PATHS}
    return ignored


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """A copy of the repository with `python -m build_scripts build` run once; returns its root.

    The build happens in a temporary copy so that tests never touch the working tree's docs/ or
    site/. The built site is `built_site / "site"`. Reuse this fixture instead of building again.
    """
    project = tmp_path_factory.mktemp("project") / "repo"
    shutil.copytree(REPO, project, ignore=_ignore_outputs)
    run_cli(project, "build")
    return project


@pytest.fixture(scope="session")
def offline_bundle(built_site, tmp_path_factory) -> Path:
    """The zip written by `python -m build_scripts bundle --no-build` from the built copy."""
    run_cli(built_site, "bundle", "--no-build")
    zips = sorted((built_site / "dist").glob("*.zip"))
    assert len(zips) == 1, f"expected one zip in dist/, found {[z.name for z in zips]}"
    return zips[0]


@pytest.fixture(scope="session")
def unzipped_bundle(offline_bundle, tmp_path_factory) -> Path:
    """The offline bundle unzipped into a fresh folder; returns the folder holding index.html."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_bundle) as zf:
        zf.extractall(target)
    (root,) = [p for p in target.iterdir() if p.is_dir()]
    return root


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    # socketserver's default backlog is 5: a browser opening its six connections at once on a
    # loaded machine overflows it, the kernel drops the extra SYNs and Chromium retries them after
    # 1 s, 3 s, 7 s … — a page's "load" then waits past any timeout (seen once in CI).
    request_queue_size = 128

    def handle_error(self, request, client_address):
        """A browser that drops a connection it no longer needs is not a failure of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve_directory(directory: Path):
    """Start a threaded HTTP server for `directory` on 127.0.0.1; return (server, base_url)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL of the built site served from 127.0.0.1 (ends with '/')."""
    server, url = serve_directory(built_site / "site")
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def served_bundle_url(unzipped_bundle) -> str:
    """Base URL of the unzipped offline bundle put on a web server (an intranet), on 127.0.0.1."""
    server, url = serve_directory(unzipped_bundle)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright, headless; never a downloaded browser."""
    if CHROMIUM is None or not CHROMIUM.exists():
        pytest.skip(f"no Chromium found ({CHROMIUM or 'not on the PATH'}): `make test` installs Debian's chromium "
                    "(apt-get install chromium); elsewhere set CHROMIUM=/path/to/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def is_local_url(url: str) -> bool:
    """True for URLs that stay on this machine: file:, data:, blob:, about:, and 127.0.0.1/localhost."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname in LOCAL_HOSTS


@pytest.fixture
def requests_seen() -> list[str]:
    """Every URL the browser requested during the test (filled by the `page` fixture)."""
    return []


@pytest.fixture
def external_requests(requests_seen):
    """Call it to get the requests of this test that would have left the machine, sorted."""
    return lambda: sorted({url for url in requests_seen if not is_local_url(url)})


@pytest.fixture
def page(chromium, requests_seen):
    """A fresh Chromium page (zh-CN, 1280x800) that records every request and blocks external ones.

    Blocked requests are still recorded, so a test asserting `requests_seen` are all local fails
    when the page tries to reach another host, without waiting for a network that is not there.
    """
    context = chromium.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800})
    context.on("request", lambda request: requests_seen.append(request.url))

    def block_external(route):
        if is_local_url(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.route("**/*", block_external)
    page = context.new_page()
    page.set_default_timeout(30_000)  # a loaded CI machine runs the suite at half speed
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    """Where browser tests save screenshots: $SCREENSHOT_DIR when set (to look at them), else a temp dir."""
    wanted = os.environ.get("SCREENSHOT_DIR")
    path = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
