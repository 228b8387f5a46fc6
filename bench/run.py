"""`make bench`: time the library build on 1,000 / 5,000 / 10,000 generated articles against plain Material.

For each size, in one run: cleaning throughput (one core, all cores), pipeline time (`build
--no-mkdocs`) cold and after one source changed (as a fresh command, and inside the one warm
process `make serve` keeps: bench/warm.py), `make site` end to end (`build`, then `bundle
--no-build`) with the time and peak memory of each, site size by folder, the bytes Chromium
downloads for one search (`/?q=…`), the offline bundle's first search from file:// (time and
bytes read), and the same for the reference — the same raw texts published uncleaned by plain
mkdocs-material (zh search with jieba, pruned navigation).
Figures go to bench/out/results-<n>.json; bench/RESULTS.md is rendered from every such file.

    .venv/bin/python bench/run.py                      # 1,000, 5,000 and 10,000
    .venv/bin/python bench/run.py --sizes 1000         # one size
    .venv/bin/python bench/run.py --quick              # 1,000, one repeat (a smoke run)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python bench/run.py` puts bench/ on the path, not the project
    sys.path.insert(0, str(REPO))

from bench import generate  # noqa: E402
from bench import measure  # noqa: E402
from bench.warm import change_one_source  # noqa: E402

OUT = REPO / "bench" / "out"
RESULTS = REPO / "bench" / "RESULTS.md"
# The hand-written reading of the figures, appended to RESULTS.md.
NOTES = REPO / "bench" / "notes.md"
# What the bench copy of the project leaves out: outputs, tests, the bench itself, VCS data.
COPY_SKIP_TOP = {".git", ".venv", "site", "dist", ".cache", "bench", "tests", "source_texts", "node_modules", "mutants",
                 ".pytest_cache", ".hypothesis", ".github"}
GENERATED_DOCS = ["articles", "topics", "genres", "years", "sources", "index.md", "report.md", "feed.xml"]
BUNDLE_CMD = [sys.executable, "-m", "build_scripts", "bundle", "--no-build"]
QUERY = "生产经营"  # in nearly every article: the heaviest first query
NARROW_QUERY = "党务公开"  # in a few hundred of 10,000
# Above this size a measurement is run once (a 10,000-article full build takes many minutes).
REPEAT_UP_TO = 1000
THROUGHPUT_SAMPLE = 1000
MB = 1_000_000
# The commit each size's project was made from (prepare_project).
BENCHMARKED: dict[int, str] = {}
# The library as it was before the genre and topic work of issue 12 (genre pages, topic lists
# narrowed by genre, the feed, facet counts in the search index, the genre step in cleaning): the
# last commit of main before it, the parent of both branches that brought it (d9e3ef2, 70dbb64).
# Issue 12 allows the full build at 1,000 articles to grow by at most 5% over this one; the bench
# builds both, one after the other, on the same generated articles.
BASELINE_COMMIT = "60d691a"
BASELINE_WHAT = "the library before the genre and topic work"


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- projects ---------------------------------------------------------------------------------

def prepare_project(n: int) -> Path:
    """The committed project (`git archive HEAD`: code, mkdocs.yml, hand-written docs) in a folder the build may write.

    HEAD, not the working tree: several people edit the tree at once, and a benchmark of someone's
    half-finished change measures nothing. Without git, the working tree is copied.
    """
    project = OUT / str(n) / "project"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", "HEAD"], capture_output=True)
    if archive.returncode == 0:
        subprocess.run(["tar", "-x", "-C", str(project)], input=archive.stdout, check=True)
        BENCHMARKED[n] = git_head()  # HEAD may move while a long run goes on
        log(f"{n}: benchmarking commit {BENCHMARKED[n]}")
    else:
        for entry in sorted(REPO.iterdir()):
            if entry.name in COPY_SKIP_TOP:
                continue
            if entry.is_dir():
                shutil.copytree(entry, project / entry.name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(entry, project / entry.name)
    return strip_project(project)


def strip_project(project: Path) -> Path:
    """A project copy as the bench builds it: no outputs, tests or bench, no generated pages, no pinned slugs."""
    for name in COPY_SKIP_TOP - {".venv", ".git"}:
        remove(project / name)
    for name in GENERATED_DOCS:
        remove(project / "docs" / name)
    # Start from no pinned slugs, as a library of generated articles would.
    slugs = project / "build_scripts" / "taxonomy" / "slugs.yml"
    if slugs.exists():
        slugs.write_text("", encoding="utf-8")
    return project


def prepare_baseline(n: int) -> tuple[Path | None, str]:
    """The project at BASELINE_COMMIT (`git archive`), built like HEAD's; (None, why) when there is no such commit.

    A shallow clone (CI checks out one commit) or a copy without git history has no baseline:
    the bench then leaves its row out and says why, rather than compare with something else.
    """
    project = OUT / str(n) / "baseline"
    remove(project)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", BASELINE_COMMIT], capture_output=True)
    if archive.returncode != 0:
        why = archive.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, (f"commit {BASELINE_COMMIT} is not in this checkout (a shallow clone or no git history: "
                      f"`git fetch --unshallow` brings it): {why[-1] if why else 'git archive failed'}")
    project.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(project)], input=archive.stdout, check=True)
    return strip_project(project), ""


def git_head() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


REFERENCE_CONFIG = """\
# The reference of issue 6: plain mkdocs-material, zh search (jieba), pruned navigation.
site_name: 参照站点
theme:
  name: material
  language: zh
  font: false
plugins:
  - search:
      lang: zh
nav:
  - 首页: index.md
not_in_nav: |
  /articles/
validation:
  nav:
    omitted_files: ignore
"""


def prepare_reference(n: int, sources: list[Path]) -> Path:
    """The same raw texts as Markdown pages, uncleaned: first line as the title, each line a paragraph."""
    ref = OUT / str(n) / "reference"
    if ref.exists():
        shutil.rmtree(ref)
    docs = ref / "docs" / "articles"
    docs.mkdir(parents=True)
    (ref / "mkdocs.yml").write_text(REFERENCE_CONFIG, encoding="utf-8")
    (ref / "docs" / "index.md").write_text(f"# 参照站点\n\n{len(sources)} 篇未清洗的文章。\n", encoding="utf-8")
    for path in sources:
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        title = lines[0] if lines else path.stem
        (docs / f"{path.stem}.md").write_text(f"# {title}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return ref


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def reset_outputs(project: Path, site: bool = True) -> None:
    """Back to a cold state: no build cache, no generated pages (and no site/)."""
    remove(project / ".cache")
    for name in GENERATED_DOCS:
        remove(project / "docs" / name)
    if site:
        remove(project / "site")


def tree_bytes(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under folder."""
    total = files = 0
    for p in folder.rglob("*"):
        if p.is_file():
            total += p.stat().st_size
            files += 1
    return total, files


# --- measurements -----------------------------------------------------------------------------

def run_timed(cmd: list[str], cwd: Path) -> dict:
    """Run cmd; wall time and the peak summed RSS of its process tree. Fails loudly on a non-zero exit."""
    result = measure.run_with_peak_rss(cmd, cwd)
    if result["returncode"] != 0:
        tail = "\n".join(result["stderr"].splitlines()[-15:])
        raise SystemExit(f"bench: {' '.join(cmd)} exited {result['returncode']} in {cwd}:\n{tail}")
    return result


def build_cmd(src: Path, mkdocs: bool) -> list[str]:
    cmd = [sys.executable, "-m", "build_scripts", "build", "--sources", str(src)]
    return cmd if mkdocs else cmd[:4] + ["--no-mkdocs"] + cmd[4:]


def median(values: list[float]) -> float:
    return statistics.median(values)


def bench_size(n: int, repeats: int, browser: bool) -> dict:
    reps = repeats if n <= REPEAT_UP_TO else 1
    log(f"{n} articles: generating")
    src = OUT / str(n) / "source_texts"
    sources = generate.generate(n, src)
    raw_bytes = sum(p.stat().st_size for p in sources)
    result: dict = {"articles": n, "raw_bytes": raw_bytes, "repeats": reps, "query": QUERY, "narrow_query": NARROW_QUERY}

    # Throughput does not depend on the library's size: above 1,000 articles it is measured on the
    # first 1,000, which keeps a 10,000-article run within the session's time.
    sample = sources[:THROUGHPUT_SAMPLE]
    log(f"{n}: cleaning throughput on {len(sample):,} articles ({reps} run(s) each, 1 and {os.cpu_count()} processes)")
    result["cleaning"] = measure.cleaning_throughput(sample, reps)

    project = prepare_project(n)
    log(f"{n}: pipeline cold (build --no-mkdocs) ×{reps}")
    cold = []
    for _ in range(reps):
        reset_outputs(project)
        cold.append(run_timed(build_cmd(src, mkdocs=False), project))
    result["pipeline_cold"] = summarise(cold)
    log(f"{n}: pipeline after one source changed ×{reps}")
    incremental = []
    for k in range(reps):
        path, original = change_one_source(sources, k)
        try:
            incremental.append(run_timed(build_cmd(src, mkdocs=False), project))
        finally:
            path.write_bytes(original)
        run_timed(build_cmd(src, mkdocs=False), project)  # back to the unchanged library
    result["pipeline_incremental"] = summarise(incremental)
    log(f"{n}: `make serve`'s rebuild after one source changed, in one warm process ×{reps}")
    result["serve_incremental"] = warm_rebuild(project, src, reps)

    # Each `make site` is followed by a reference build, so that both see the same load on a
    # shared machine (other work slows every figure; run one after the other, they see alike).
    ref = prepare_reference(n, sources)
    baseline, no_baseline = prepare_baseline(n) if n <= REPEAT_UP_TO else (None, "measured at 1,000 articles only")
    also = f" and by the build of {BASELINE_WHAT} (commit {BASELINE_COMMIT})" if baseline else ""
    log(f"{n}: `make site` (build, then bundle --no-build), each followed by the reference (plain mkdocs-material){also} ×{reps}")
    if not baseline:
        log(f"{n}: no comparison with {BASELINE_WHAT}: {no_baseline}")
    full, bundles, sites, ref_runs, base_runs = [], [], [], [], []
    for _ in range(reps):
        reset_outputs(project)
        remove(project / "dist")
        full.append(run_timed(build_cmd(src, mkdocs=True), project))
        bundles.append(run_timed(BUNDLE_CMD, project))
        sites.append(made_site(full[-1], bundles[-1]))
        remove(ref / "site")
        ref_runs.append(run_timed([sys.executable, "-m", "mkdocs", "build", "--quiet"], ref))
        if baseline:
            reset_outputs(baseline)
            base_runs.append(run_timed(build_cmd(src, mkdocs=True), baseline))
    result["build"] = summarise(full)
    if baseline:
        result["baseline_build"] = dict(summarise(base_runs), commit=BASELINE_COMMIT, what=BASELINE_WHAT,
                                        paired=paired_ratios(full, base_runs))
    else:
        result["baseline_build"] = {"skipped": no_baseline, "commit": BASELINE_COMMIT, "what": BASELINE_WHAT}
    result["bundle"] = summarise(bundles)
    result["make_site"] = summarise(sites)
    result["site_bytes"], result["site_files"] = tree_bytes(project / "site")
    result["site_folders"] = folder_bytes(project / "site")
    result["search_files"] = measure.search_files(project / "site")

    result["reference_build"] = summarise(ref_runs)
    result["reference_site_bytes"], result["reference_site_files"] = tree_bytes(ref / "site")
    result["reference_search_files"] = measure.search_files(ref / "site")

    if browser:
        log(f"{n}: one search in Chromium on both sites")
        result["search"] = search_site(project / "site")
        result["reference_search"] = measure.search_in_browser(ref / "site", QUERY)
        log(f"{n}: the offline bundle unzipped, one search in it from file://")
        result["bundle_search"] = bundle_search(n, project)
    return result


def made_site(build: dict, bundle: dict) -> dict:
    """`make site` from its two commands, run one after the other: times add up, memory is the larger peak."""
    return {"seconds": build["seconds"] + bundle["seconds"], "cpu_seconds": build["cpu_seconds"] + bundle["cpu_seconds"],
            "peak_rss": max(build["peak_rss"], bundle["peak_rss"]),
            "max_single_rss": max(build["max_single_rss"], bundle["max_single_rss"]), "loadavg": bundle["loadavg"]}


def warm_rebuild(project: Path, src: Path, reps: int) -> dict:
    """bench/warm.py in the project: serve.rebuild() timed after one source changed, in one process."""
    done = subprocess.run([sys.executable, str(REPO / "bench" / "warm.py"), "--project", str(project),
                           "--sources", str(src), "--repeats", str(reps)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: warm.py failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return {"seconds": round(median(out["seconds"]), 3), "runs": out["seconds"], "first_seconds": out["first_seconds"]}


def bundle_search(n: int, project: Path) -> dict:
    """Unzip the offline bundle `make site` wrote and search it in Chromium from file://, as a reader opens it."""
    zips = sorted((project / "dist").glob("*.zip"))
    target = OUT / str(n) / "bundle"
    remove(target)
    subprocess.run(["unzip", "-q", str(zips[-1]), "-d", str(target)], check=True)
    root = next(p.parent for p in sorted(target.rglob("index.html")) if p.parent.parent == target)
    found = measure.search_from_files(root, QUERY)
    found["zip_bytes"] = zips[-1].stat().st_size
    found["unzipped_bytes"] = tree_bytes(root)[0]
    return found


def folder_bytes(site: Path) -> dict[str, int]:
    """Bytes under each top-level entry of the site (articles/, topics/, the search index …)."""
    out = {}
    for entry in sorted(site.iterdir()):
        out[entry.name] = tree_bytes(entry)[0] if entry.is_dir() else entry.stat().st_size
    return out


def search_site(site: Path) -> dict:
    """One search as a reader starts it: /?q=term, or the site's search page when the home page does not search."""
    found = measure.search_in_browser(site, QUERY)
    found["page"] = "/"
    if not found["found"] and (site / "search" / "index.html").exists():
        found = measure.search_in_browser(site, QUERY, page_path="search/")
        found["page"] = "/search/"
    more = measure.search_in_browser(site, NARROW_QUERY, page_path="search/" if found["page"] == "/search/" else "")
    found["narrow"] = {k: more[k] for k in ("found", "results_total", "search_bytes", "search_gzip_bytes", "seconds_to_results")}
    return found


def paired_ratios(ours: list[dict], theirs: list[dict]) -> dict:
    """Run k of ours against run k of theirs (made one right after the other, under the same load):
    the median of those ratios, for wall clock and CPU time, and each ratio."""
    wall = [a["seconds"] / b["seconds"] for a, b in zip(ours, theirs)]
    cpu = [a["cpu_seconds"] / b["cpu_seconds"] for a, b in zip(ours, theirs) if a.get("cpu_seconds") and b.get("cpu_seconds")]
    return {"wall": round(median(wall), 4), "wall_runs": [round(x, 4) for x in wall],
            "cpu": round(median(cpu), 4) if cpu else None, "cpu_runs": [round(x, 4) for x in cpu]}


def summarise(runs: list[dict]) -> dict:
    return {
        "seconds": round(median([r["seconds"] for r in runs]), 3),
        "runs": [round(r["seconds"], 3) for r in runs],
        "cpu_seconds": round(median([r.get("cpu_seconds", 0) for r in runs]), 3),
        "peak_rss": max(r["peak_rss"] for r in runs),
        "max_single_rss": max(r["max_single_rss"] for r in runs),
        # The machine's 1-minute load average at the end of each run: other work on the machine
        # (this is a shared 2-core box) slows every figure; the reference runs share the same noise.
        "loadavg": [r.get("loadavg") for r in runs],
    }


# --- report -----------------------------------------------------------------------------------

def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    from importlib.metadata import version
    versions = {name: version(name) for name in ("mkdocs", "mkdocs-material", "jieba", "rjieba")}
    versions["python"] = platform.python_version()
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_bytes": mem, "versions": versions,
            "date": dt.date.today().isoformat(), "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=None, help="comma-separated article counts (default 1000,5000,10000)")
    parser.add_argument("--quick", action="store_true", help="one repeat, 1,000 articles unless --sizes is given")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement up to 1,000 articles (median)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium search measurement")
    parser.add_argument("--build-only", action="store_true",
                        help="only re-run the full build (time, memory, size) of the committed code on existing results")
    parser.add_argument("--report-only", action="store_true", help="rewrite RESULTS.md from bench/out/results-*.json")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("1000" if args.quick else "1000,5000,10000")).split(",")]
    repeats = 1 if args.quick else args.repeats
    problem = None if args.no_browser or args.build_only or args.report_only else measure.browser_problem()
    if problem:  # before any build: a long run that crashes at its last step saves nothing
        log(problem)
        return 1
    if args.build_only:
        for n in sizes:
            path = OUT / f"results-{n}.json"
            result = json.loads(path.read_text(encoding="utf-8"))
            project = prepare_project(n)
            log(f"{n}: full build of the committed code, once")
            result["build"] = summarise([run_timed(build_cmd(OUT / str(n) / "source_texts", mkdocs=True), project)])
            result["build"]["rerun_commit"] = git_head()
            result["site_bytes"], result["site_files"] = tree_bytes(project / "site")
            result["site_folders"] = folder_bytes(project / "site")
            path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif not args.report_only:
        for n in sizes:
            started = time.monotonic()
            result = bench_size(n, repeats, browser=not args.no_browser)
            result["machine"] = machine()
            result["commit"] = BENCHMARKED.get(n, "working tree")
            result["bench_seconds"] = round(time.monotonic() - started, 1)
            OUT.mkdir(parents=True, exist_ok=True)
            (OUT / f"results-{n}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
            log(f"{n}: done in {result['bench_seconds']} s")
    from bench import report
    results = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(OUT.glob("results-*.json"))]
    if results:
        notes = NOTES.read_text(encoding="utf-8") if NOTES.exists() else ""
        RESULTS.write_text(report.render(sorted(results, key=lambda r: r["articles"]), notes), encoding="utf-8")
        log(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
