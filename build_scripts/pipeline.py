"""The one orchestrator: read → clean → gather and validate all → topics → render → MkDocs → search index."""
from __future__ import annotations

import copy
import ctypes
import datetime as dt
import gc
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import dedupe, intake, output, slugs, topics
from .website import feed, render
from .search import analyzer as search_analyzer
from .search import index as search_index
from .cache import RENDER_GLOBS, ArticleCache, code_fingerprint, load_state, save_state
from .errors import LibraryError, SourceError, display_path
from .notices import Notice
from .related import rank_related

# Below this many sources, worker start-up costs more than it saves.
PARALLEL_FROM = 12
# MkDocs runs in one process per core (at most this many) from this many articles on.
SHARD_MKDOCS_FROM = 200
MAX_MKDOCS_PROCESSES = 4
MANAGED_DIRS = ["articles", "topics", "genres", "years", "sources", "report"]  # report/: the report's later pages
MANAGED_FILES = ["index.md", "report.md", feed.FEED_PATH]
# Warnings that state a fact about the page (notices.KINDS) are listed on the report but do not
# fail --strict (seed 002 has no date, seed 003 is cut off).


@dataclass
class Paths:
    """Where a build reads and writes, all under one project root."""

    root: Path
    sources: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def work(self) -> Path:
        return self.root / ".cache" / "build"

    @property
    def topics_file(self) -> Path:
        return self.root / "build_scripts" / "taxonomy" / "topics.yml"

    @property
    def slugs_file(self) -> Path:
        return self.root / "build_scripts" / "taxonomy" / "slugs.yml"


@dataclass
class Loaded:
    """One source after the per-article work (done in a worker process)."""

    label: str
    article: object | None = None
    features: topics.Features | None = None
    meta_topics: list[str] = field(default_factory=list)
    meta_slug: str | None = None
    problem: str | None = None  # one line, when the source cannot be used
    signature: object | None = None  # dedupe.Signature of the cleaned body, for duplicate detection
    auto_topics: list[str] | None = None  # topics.assign_topics of the article, when a taxonomy was set

    def private_copy(self) -> "Loaded":
        """A copy this build may change (gather sets slugs and topics, appends duplicate notes)
        without changing the one the cache holds."""
        r = copy.copy(self)
        if r.article is not None:
            r.article = copy.copy(r.article)
            r.article.also_sources = list(r.article.also_sources)
            r.article.warnings = list(r.article.warnings)
        return r
    search_terms: object | None = None  # search_analyzer.Terms of the article, for the site's search index


@dataclass(frozen=True)
class WorkerContext:
    """What the per-article step needs besides a path: the taxonomy it scores topics against (None:
    no scores) and the build cache it stores results in. Passed explicitly, and to each worker process
    once, by its initializer."""

    taxonomy: topics.Taxonomy | None = None
    cache: ArticleCache | None = None


def load_one(path: str, taxonomy: topics.Taxonomy | None = None) -> Loaded:
    """Read, clean and analyse one source; any failure becomes a one-line problem, never a traceback.

    With a taxonomy, the article's topics are scored here too (cached with the article).
    """
    try:
        source, article = intake.load_source(path)
        # Scored here, with the article's own keywords, as gather would: cached with the article.
        body_text = topics.plain_text(article.body)  # read by the topics, the keywords and the search terms
        auto_topics = (topics.assign_topics(article, taxonomy, zones=topics.zone_texts(article, body_text))
                       if taxonomy else None)
        features = topics.extract_features(article, body_text)
        signature = dedupe.signature_of(article.body)
        search_terms = search_analyzer.analyze(article, body_text)
    except SourceError as e:
        return Loaded(path, problem=str(e))
    except Exception as e:  # a bug must not stop the other sources; it is reported and fails the build
        return Loaded(path, problem=str(intake.cleaner_failed(path, e)))
    return Loaded(path, article, features, list(source.meta.get("topics", [])), source.meta.get("slug"),
                  signature=signature, auto_topics=auto_topics, search_terms=search_terms)


def load_all(paths: list[str], cache: ArticleCache | None = None,
             taxonomy: topics.Taxonomy | None = None) -> list[Loaded]:
    """Process every source, reusing cached results for unchanged ones; order is the input order."""
    keys = [cache.key(p) for p in paths] if cache else [None] * len(paths)
    results: list[Loaded | None] = [cache.get(k) for k in keys] if cache else [None] * len(paths)
    todo = [i for i, r in enumerate(results) if r is None]
    # the workers store their results in the cache themselves (in parallel)
    context = WorkerContext(taxonomy, cache)
    for i, r in zip(todo, process_all([(paths[i], keys[i]) for i in todo], context)):
        if cache and keys[i] is not None:
            cache.used.add(keys[i])
            cache.remember(keys[i], r)
        results[i] = r
    if cache is not None and cache.warm is not None:  # it hands out the objects it keeps: this build works on copies
        results = [r.private_copy() for r in results]
    for path, r in zip(paths, results):
        r.label = path  # the entry may come from a build that named the folder differently
    return results


def _load_and_store(item: tuple[str, str | None], context: WorkerContext) -> Loaded:
    """load_one, then the result into the build cache (when there is one)."""
    path, key = item
    result = load_one(path, context.taxonomy)
    if context.cache is not None and key is not None:
        context.cache.put(key, result)
    return result


# Set only in a worker process, once, by _start_worker (the pool's initializer): the context of
# the build that started the pool. The building process never reads or writes it.
_worker_context: WorkerContext | None = None


def _start_worker(context: WorkerContext) -> None:
    global _worker_context
    _worker_context = context


def _load_and_store_in_worker(item: tuple[str, str | None]) -> bytes:
    """_load_and_store in a worker, its result pickled once: the same bytes go into the cache and
    back to the building process (which the pool would otherwise pickle a second time)."""
    path, key = item
    data = pickle.dumps(load_one(path, _worker_context.taxonomy), protocol=pickle.HIGHEST_PROTOCOL)
    if _worker_context.cache is not None:
        _worker_context.cache.put_pickled(key, data)
    return data


def process_all(items: list[tuple[str, str | None]], context: WorkerContext = WorkerContext()) -> list[Loaded]:
    """Run load_one on every (path, cache key), across all cores when there are enough of them; in input order."""
    if len(items) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [_progress(i, len(items), _load_and_store(item, context)) for i, item in enumerate(items, 1)]
    # load the dictionary, the cleaner, the genre list and the topic matcher once; forked workers inherit them
    topics.segmenter()
    intake.prepare_cleaning()
    if context.taxonomy is not None:
        _ = context.taxonomy.matcher
    import multiprocessing

    # fork: the workers inherit the context (and the dictionary) without pickling them
    with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("fork"),
                             initializer=_start_worker, initargs=(context,)) as pool:
        chunk = max(1, min(32, len(items) // (4 * (os.cpu_count() or 1))))
        return [_progress(i, len(items), pickle.loads(data))
                for i, data in enumerate(pool.map(_load_and_store_in_worker, items, chunksize=chunk), 1)]


def _progress(i: int, total: int, result):
    """A progress bar on a terminal; nothing in CI or when piped."""
    if sys.stderr.isatty() and total >= 50:
        show_bar("cleaning", i, total)
    return result


def show_bar(label: str, done: int, total: int, extra: str = "") -> None:
    """Redraw one progress line on stderr (callers check that stderr is a terminal); a newline when done."""
    width = 30
    filled = width * min(done, total) // max(total, 1)
    end = "\n" if done >= total else ""
    print(f"\r{label} [{'#' * filled}{'-' * (width - filled)}] {done}/{total}{extra}", end=end, file=sys.stderr, flush=True)


def list_sources(folder: Path) -> list[str]:
    """The source texts, named as a contributor sees them: relative to the working directory
    when the folder lies inside it, however --sources was written."""
    intake.require_folder(folder)
    return [str(p) for p in sorted(Path(display_path(folder)).glob("*.txt"))]


def merge_duplicates(good: list[Loaded], known_scores: dict | None = None,
                     scores: dict | None = None) -> list[Loaded]:
    """Publish an article saved twice (or scraped from two sites) once, listing every source on it.

    The verdict is intake.find_merges, the one `check` reports: the first source in file order
    keeps the page; each later copy is added to its also_sources and both files are named in a warning.
    """
    by_label = {r.label: r for r in good}
    signatures = [r.signature or dedupe.signature_of(r.article.body) for r in good]
    items = [(r.label, r.article.body) for r in good]
    merges = intake.find_merges(items, signatures=signatures, known=known_scores, scored=scores)
    for merge in merges:
        kept, copy = by_label[merge.kept].article, by_label[merge.later].article
        kept.also_sources.append({"name": copy.source_name, "url": copy.source_url, "file": copy.source_file})
        kept.warnings.append(merge.warning)
    merged = {merge.later for merge in merges}
    return [r for r in good if r.label not in merged]


def gather(loaded: list[Loaded], taxonomy: topics.Taxonomy, table: slugs.SlugTable,
           known_scores: dict | None = None, scores: dict | None = None) -> tuple[render.Library, list[str]]:
    """Validate every article and compute everything cross-article before any page is rendered.

    known_scores / scores: duplicate-pair scores of the last build, and those of this one (see dedupe).
    """
    problems = [r.problem for r in loaded if r.problem]
    good = merge_duplicates([r for r in loaded if r.article is not None], known_scores, scores)
    pinned = {}
    usable = []
    for r in good:
        try:
            pinned[r.label] = topics.validate_pinned_topics(r.meta_topics, taxonomy, r.label)
        except SourceError as e:
            problems.append(str(e))
            continue
        usable.append(r)
    entries = [(r.label, Path(r.label).name, r.article.title, r.meta_slug) for r in usable]
    slug_of, errors = slugs.assign_slugs(entries, table)
    problems += [str(e) for e in errors]
    articles, vectors, notes = [], {}, {}
    for r in usable:
        name = Path(r.label).name
        if name not in slug_of:
            continue
        a = r.article
        a.slug = slug_of[name]
        a.topics = pinned[r.label] or (r.auto_topics if r.auto_topics is not None else topics.assign_topics(a, taxonomy))
        a.keywords = r.features.keywords
        if not a.topics:
            notes.setdefault(a.slug, []).append(topics.no_topic_notice())
        if len(a.keywords) < topics.MIN_KEYWORDS:
            notes.setdefault(a.slug, []).append(Notice("few-keywords", f"只找到 {len(a.keywords)} 个关键词；请在元数据里写 keywords:"))
        vectors[a.slug] = r.features.vector
        articles.append(a)
    articles.sort(key=render.sort_key_newest, reverse=True)
    related = rank_related(
        sorted(vectors), {a.slug: a.topics for a in articles}, vectors, {a.slug: a.date for a in articles}
    )
    source_slugs = slugs.assign_source_slugs(sorted({render.source_of(a) for a in articles}), table)
    lib = render.Library(articles, related, taxonomy, source_slugs, problems=list(problems), notes=notes)
    return lib, problems


def build_epoch(lib: render.Library) -> str:
    """SOURCE_DATE_EPOCH for MkDocs (sitemap dates): the newest article's date, so rebuilds are identical."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    dates = [a.date for a in lib.articles if a.date]
    day = dt.date.fromisoformat(max(dates)) if dates else dt.date(2000, 1, 1)
    return str(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp()))


def build_site(paths: Paths, strict: bool, epoch: str) -> bool:
    """Build site/ from docs/ with MkDocs into a staging folder, index it for search, then swap it in; False on failure."""
    paths.work.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=paths.work, prefix="site-"))
    # Not --quiet: MkDocs 1.6 then drops warnings before --strict counts them. Its INFO lines
    # are left out by run_mkdocs_process instead.
    cmd = [sys.executable, "-m", "mkdocs", "build", "--clean",
           "--config-file", str(paths.root / "mkdocs.yml"), "--site-dir", str(staging)]
    if strict:
        cmd.append("--strict")
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, NO_MKDOCS_2_WARNING="1")
    pages = sum(1 for _ in paths.docs.rglob("*.md"))
    result = run_mkdocs_process(cmd, paths.root, env, staging, pages, shards=mkdocs_shards(paths.docs))
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        return False
    try:
        search_index.install(paths.work / search_index.INDEX_DIR, staging)
    except LibraryError as e:
        print(e, file=sys.stderr)
        shutil.rmtree(staging, ignore_errors=True)
        return False
    output.publish_dir(staging, paths.site)
    return True


def mkdocs_shards(docs: Path) -> int:
    """How many MkDocs processes to run side by side: one per core once there are enough articles.

    MkDocs converts and writes pages in one process; with n processes each writes its share of
    the pages (website/mkdocs_hooks.deal_pages), the same files one process would write.
    """
    articles = docs / "articles"
    count = sum(1 for _ in articles.glob("*.md")) if articles.is_dir() else 0
    return max(1, min(os.cpu_count() or 1, MAX_MKDOCS_PROCESSES)) if count >= SHARD_MKDOCS_FROM else 1


def run_mkdocs_process(cmd: list[str], cwd: Path, env: dict, staging: Path, pages: int,
                       shards: int = 1) -> subprocess.CompletedProcess:
    """Run MkDocs (in `shards` processes, each writing its share); on a terminal, a bar of the pages written so far.

    MkDocs first converts every page, then writes them: the bar shows the elapsed time during
    the first phase and fills during the second. In CI or when piped, nothing is added.
    """
    if shards > 1:
        from .website.mkdocs_hooks import SHARD_ENV
        # --dirty: a process writes only the pages on_files leaves modified; the staging folder
        # is new and empty, so there is nothing for --clean to remove.
        cmds = [[c for c in cmd if c != "--clean"] + ["--dirty"] for _ in range(shards)]
        envs = [dict(env, **{SHARD_ENV: f"{i}/{shards}"}) for i in range(shards)]
    else:
        cmds, envs = [cmd], [env]
    logs = [tempfile.TemporaryFile() for _ in cmds]
    procs = [subprocess.Popen(c, cwd=cwd, env=e, stdout=log, stderr=subprocess.STDOUT) for c, e, log in zip(cmds, envs, logs)]
    show = sys.stderr.isatty() and pages >= 50
    started = time.monotonic()
    while any(p.poll() is None for p in procs):
        time.sleep(1.0 if show else 0.1)
        if show and any(p.poll() is None for p in procs):
            written = sum(1 for _ in staging.rglob("*.html"))
            show_bar("mkdocs", min(written, pages - 1), pages, f", {time.monotonic() - started:.0f} s")
    code = next((p.returncode for p in procs if p.returncode != 0), 0)
    if show:
        if code == 0:
            show_bar("mkdocs", pages, pages, f", {time.monotonic() - started:.0f} s")
        else:
            print(file=sys.stderr)
    for log in logs:
        log.seek(0)
        for line in mkdocs_messages(log.read().decode("utf-8", "replace")):
            print(line, file=sys.stderr)
        log.close()
    return subprocess.CompletedProcess(cmd, code)


def mkdocs_messages(output: str) -> list[str]:
    """MkDocs' output without its INFO records (and their continuation lines): warnings and errors."""
    kept, keep = [], True
    for line in output.splitlines():
        if line[:1].strip():  # a new record starts at the margin
            keep = not line.startswith("INFO")
        if keep and line.strip():
            kept.append(line)
    return kept


@dataclass
class BuildCounts:
    """What the build's last line reports: articles built, warnings, and those --strict fails on."""

    built: int
    warned: int
    failing: int


def open_build(paths: Paths, warm: dict | None) -> tuple[topics.Taxonomy, slugs.SlugTable, ArticleCache]:
    """The project's topic list, slug table and article cache (checked before any work)."""
    if not (paths.root / "mkdocs.yml").exists():
        raise LibraryError(f"{paths.root}: mkdocs.yml missing: run the build from the project folder")
    taxonomy = topics.load_taxonomy(paths.topics_file)
    table = slugs.load_slug_table(paths.slugs_file)
    # The cached topic scores depend on the topic list: its bytes are part of every key.
    cache = ArticleCache.open(paths.root / ".cache" / "articles", extra=paths.topics_file.read_bytes(), warm=warm)
    return taxonomy, table, cache


def gather_library(paths: Paths, loaded: list[Loaded], taxonomy: topics.Taxonomy, table: slugs.SlugTable,
                   cache: ArticleCache) -> tuple[render.Library, list[str]]:
    """Every article validated and cross-linked (gather), with the duplicate scores kept for next time."""
    scores_file = paths.root / ".cache" / "duplicate-scores.pickle"
    scores: dict = {}
    lib, problems = gather(loaded, taxonomy, table, load_state(scores_file, cache.fingerprint), scores)
    lib.site = feed.read_site(paths.root / "mkdocs.yml")  # the feed's name and absolute addresses
    save_state(scores_file, cache.fingerprint, scores)
    return lib, problems


def start_search_index(paths: Paths, loaded: list[Loaded], lib: render.Library):
    """The site's search index, from the terms the workers computed, written in a thread while the
    pages are rendered (it spends its time in numpy, zlib and file writes, which let the rendering
    thread run); build_site moves it into the site. Returns (executor, future)."""
    terms = {r.article.source_file: r.search_terms for r in loaded if r.article is not None}
    indexer = ThreadPoolExecutor(max_workers=1)
    indexed = indexer.submit(search_index.write_index, paths.work / search_index.INDEX_DIR, lib.articles,
                             lib.entries, terms, lib.taxonomy)
    return indexer, indexed


def render_pages(paths: Paths, lib: render.Library, cache: ArticleCache) -> dict:
    """Every generated page; article pages whose inputs did not change are reused from the last
    build (render.article_inputs)."""
    memo_file = paths.root / ".cache" / "article-pages.pickle"
    memo_key = code_fingerprint(globs=RENDER_GLOBS) + cache.fingerprint  # templates, and what cleans an article
    memo = load_state(memo_file, memo_key) or {}
    pages = render.render_site(lib, memo=memo)
    save_state(memo_file, memo_key, memo)
    return pages


def write_outputs(paths: Paths, pages: dict, indexing, table: slugs.SlugTable, cache: ArticleCache) -> None:
    """docs/ (only what changed), the search index, the slug table and the pruned cache."""
    output.write_generated(paths.docs, pages, MANAGED_DIRS, MANAGED_FILES, paths.work)
    if indexing is not None:
        indexer, indexed = indexing
        indexer.shutdown()
        indexed.result()  # its exception, if it failed
    output.write_if_changed(paths.slugs_file, table.dump())
    cache.prune()


def report(problems: list[str], lib: render.Library, strict: bool) -> BuildCounts:
    """Print the unusable sources (and, under --strict, every warning it fails on); count the warnings."""
    for line in problems:
        print(line, file=sys.stderr)
    warnings = [(a, w) for a in lib.articles for w in list(a.warnings) + lib.notes.get(a.slug, [])]
    failing = [(a, w) for a, w in warnings if not w.is_fact]
    if strict:
        for a, w in failing:
            print(f"{a.source_file}: warning: {w}", file=sys.stderr)
    return BuildCounts(len(lib.articles), len(warnings), len(failing))


def print_summary(counts: BuildCounts, problems: list[str]) -> None:
    summary = f"生成了 {counts.built} 篇文章（built {counts.built} articles）"
    if problems:
        summary += f"；{len(problems)} 个源文本无法使用"
    if counts.warned:
        summary += f"；{counts.warned} 条警告，列在 docs/report.md（网站的“清洗报告”页）"
    print(summary, file=sys.stderr)


def run_build(strict: bool = False, run_mkdocs: bool = True, sources_dir: str = "source_texts",
              root: str | Path | None = None, warm: dict | None = None) -> int:
    """Build the library; return the exit code (1 if any source was unusable, or any warning under --strict).

    warm: the cached articles a long-running process keeps in memory between its builds (make serve).
    """
    paths = Paths(Path(root) if root else Path.cwd(), Path(sources_dir))
    taxonomy, table, cache = open_build(paths, warm)
    loaded = load_all(list_sources(paths.sources), cache, taxonomy)
    lib, problems = gather_library(paths, loaded, taxonomy, table, cache)
    indexing = start_search_index(paths, loaded, lib) if run_mkdocs and lib.articles else None
    for r in loaded:
        r.search_terms = None  # ≈ 100 MB at 10,000 articles, freed once the index is written
    pages = render_pages(paths, lib, cache)
    write_outputs(paths, pages, indexing, table, cache)
    counts = report(problems, lib, strict)
    epoch = build_epoch(lib) if counts.built else None
    # MkDocs runs while this process waits: at 10,000 articles the library held here (1.5 GB)
    # and MkDocs' own pages would be in memory at once. Only counts are needed from here on.
    del loaded, lib, pages, indexing
    ok = True
    if run_mkdocs and counts.built:
        release_memory()
        ok = build_site(paths, strict, epoch)
        if not ok:
            print("mkdocs: the site build failed (see the messages above); site/ was left as it was", file=sys.stderr)
    print_summary(counts, problems)
    return 1 if problems or not ok or (strict and counts.failing) else 0


def release_memory() -> None:
    """Free what the pipeline no longer uses and hand it back to the system (glibc keeps it otherwise)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return  # not glibc: the freed memory is reused by this process only
