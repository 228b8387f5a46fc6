"""Render bench/RESULTS.md from the benchmark's result files (one per library size)."""
from __future__ import annotations

MB = 1_000_000
KB = 1_000
TARGET_CLEAN_MB_S = 2.0
TARGET_INCREMENTAL_SHARE = 0.10
TARGET_SITE_FACTOR = 3.0
TARGET_SEARCH_BYTES = 300 * 1024
TARGET_MEMORY = 2 * 1024**3
TARGET_SEARCH_SECONDS = 1.0


def _mb(b: float) -> str:
    return f"{b / MB:,.1f} MB"


def _kb(b: float) -> str:
    return f"{b / KB:,.0f} KB"


def _s(x: float) -> str:
    return f"{x:,.1f} s"


def _ratio(ours: float | None, ref: float | None) -> str:
    if not ours or not ref:
        return "–"
    return f"{ours / ref:.2f}×"


def _cpu(d: dict) -> str:
    return _s(d["cpu_seconds"]) if d.get("cpu_seconds") else "–"


def _runs(d: dict) -> str:
    runs = d.get("runs") or []
    return "" if len(runs) < 2 else " (runs " + ", ".join(f"{r:.1f}" for r in runs) + ")"



def rows(r: dict) -> list[tuple[str, str, str, str]]:
    """(figure, ours, reference, ratio) for one size."""
    c = r["cleaning"]
    out = [
        ("raw text", _mb(r["raw_bytes"]), _mb(r["raw_bytes"]), "1.00×"),
        ("cleaning, one core (wall clock)", f"{c['one_core_mb_s']:.2f} MB/s", "– (no cleaning)", "–"),
        ("cleaning, one core (per CPU-second)", f"{c['one_core_cpu_mb_s']:.2f} MB/s" if "one_core_cpu_mb_s" in c else "–", "–", "–"),
        (f"cleaning, all {c['cores']} cores", f"{c['all_cores_mb_s']:.2f} MB/s", "–", "–"),
        ("per-article pipeline step (read+clean+keywords), one core", f"{c['pipeline_step_one_core_mb_s']:.2f} MB/s", "–", "–"),
        ("pipeline cold (`build --no-mkdocs`)", _s(r["pipeline_cold"]["seconds"]) + _runs(r["pipeline_cold"]), "–",
         _ratio(r["pipeline_cold"]["seconds"], r["reference_build"]["seconds"])),
        ("pipeline after one source changed", _s(r["pipeline_incremental"]["seconds"]) + _runs(r["pipeline_incremental"]),
         "– (no incremental build)", f"{r['pipeline_incremental']['seconds'] / r['pipeline_cold']['seconds']:.0%} of cold"),
        ("full build (`build`)" + (f", re-run at commit {r['build']['rerun_commit']}" if r["build"].get("rerun_commit") else ""),
         _s(r["build"]["seconds"]) + _runs(r["build"]),
         _s(r["reference_build"]["seconds"]) + _runs(r["reference_build"]),
         _ratio(r["build"]["seconds"], r["reference_build"]["seconds"])),
        ("… CPU time of that build (all processes)", _cpu(r["build"]), _cpu(r["reference_build"]),
         _ratio(r["build"].get("cpu_seconds"), r["reference_build"].get("cpu_seconds"))),
        ("peak memory of the build (process tree)", _mb(r["build"]["peak_rss"]), _mb(r["reference_build"]["peak_rss"]),
         _ratio(r["build"]["peak_rss"], r["reference_build"]["peak_rss"])),
        ("site size" + (" (of that re-run: the site with Pagefind)" if r["build"].get("rerun_commit") else ""),
         f"{_mb(r['site_bytes'])} ({r['site_files']:,} files)",
         f"{_mb(r['reference_site_bytes'])} ({r['reference_site_files']:,} files)",
         _ratio(r["site_bytes"], r["reference_site_bytes"])),
        ("site size ÷ raw text", f"{r['site_bytes'] / r['raw_bytes']:.1f}", f"{r['reference_site_bytes'] / r['raw_bytes']:.1f}",
         _ratio(r["site_bytes"], r["reference_site_bytes"])),
    ]
    si, rsi = r.get("search_files", {}), r.get("reference_search_files", {})
    if "search_index_json" in si or "search_index_json" in rsi:
        a, b = si.get("search_index_json", {}), rsi.get("search_index_json", {})
        out.append(("search/search_index.json (gzip)",
                    f"{_mb(a.get('bytes', 0))} ({_mb(a.get('gzip_bytes', 0))})" if a else "–",
                    f"{_mb(b.get('bytes', 0))} ({_mb(b.get('gzip_bytes', 0))})" if b else "–",
                    _ratio(a.get("bytes"), b.get("bytes"))))
    if "pagefind" in si:
        out.append(("pagefind/ index on disk", f"{_mb(si['pagefind']['bytes'])} ({si['pagefind']['files']:,} files)", "–", "–"))
    s, rs = r.get("search"), r.get("reference_search")
    if s and rs:
        out += [
            (f"first search `{s.get('page', '/')}?q={r['query']}`: search bytes downloaded (gzip)",
             f"{_kb(s['search_bytes'])} ({_kb(s['search_gzip_bytes'])})",
             f"{_kb(rs['search_bytes'])} ({_kb(rs['search_gzip_bytes'])})", _ratio(s["search_gzip_bytes"], rs["search_gzip_bytes"])),
            *([(f"… first search `{s.get('page', '/')}?q={r.get('narrow_query', '党务公开')}` (a narrower word): search bytes (gzip)",
                 f"{_kb(s['narrow']['search_bytes'])} ({_kb(s['narrow']['search_gzip_bytes'])})", "–", "–")]
              if s.get("narrow") else []),
            ("… all bytes of that page view (gzip)", f"{_kb(s['bytes'])} ({_kb(s['gzip_bytes'])})",
             f"{_kb(rs['bytes'])} ({_kb(rs['gzip_bytes'])})", _ratio(s["gzip_bytes"], rs["gzip_bytes"])),
            ("… time until the first result shows", f"{s['seconds_to_results']:.2f} s" + ("" if s["found"] else " (none shown)"),
             f"{rs['seconds_to_results']:.2f} s" + ("" if rs["found"] else " (none shown)"),
             _ratio(s["seconds_to_results"], rs["seconds_to_results"])),
        ]
    if "search_index_json" in si and "utf8_bytes" in si["search_index_json"]:
        a = si["search_index_json"]
        out.append(("… the same index written as UTF-8 (gzip) — not shipped", f"{_mb(a['utf8_bytes'])} ({_mb(a['utf8_gzip_bytes'])})",
                    "–", _ratio(a["utf8_bytes"], rsi.get("search_index_json", {}).get("bytes"))))
    ns = r.get("nosearch_mkdocs")
    pf = r.get("pagefind")
    if ns:
        out.append(("prototype, not shipped: MkDocs step without Material's search plugin", _s(ns["seconds"]), "–", "–"))
        if pf and "index_seconds" in pf:
            total = r["pipeline_cold"]["seconds"] + ns["seconds"] + pf["index_seconds"]
            out.append(("… pipeline + that MkDocs step + Pagefind indexing (a full build with Pagefind)",
                        _s(total), _s(r["reference_build"]["seconds"]), _ratio(total, r["reference_build"]["seconds"])))
    if pf and "search" in pf:
        ps = pf["search"]
        out += [
            (f"prototype, not shipped: Pagefind (extended) index of the built site ({pf.get('glob', 'all pages')})",
             f"{_mb(pf['bytes'])} ({pf['files']:,} files), "
             f"indexed in {pf['index_seconds']:.1f} s", "–", "–"),
            (f"… first search `{r['query']}` with Pagefind: bytes downloaded (gzip)",
             f"{_kb(ps['search_bytes'])} ({_kb(ps['search_gzip_bytes'])}); default UI adds {_kb(pf['ui_gzip_bytes'])} gzip",
             f"{_kb(rs['search_bytes'])} ({_kb(rs['search_gzip_bytes'])})" if rs else "–",
             _ratio(ps["search_gzip_bytes"], rs["search_gzip_bytes"]) if rs else "–"),
            ("… time until ten results show", f"{ps['seconds_to_results']:.2f} s ({ps.get('results_total')} pages match)",
             "–", "–"),
        ]
        for q, more in (pf.get("more_searches") or {}).items():
            out.append((f"… first search `{q}` with Pagefind: bytes downloaded (gzip)",
                        f"{_kb(more['search_bytes'])} ({_kb(more['search_gzip_bytes'])}), {more.get('results_total')} pages match",
                        "–", "–"))
    return out


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("**met**" if ok else "**not met**")


def targets(results: dict[int, dict]) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) at 1,000 articles, and at 10,000 where the target is about scale."""
    out = []
    r1 = results.get(1000)
    r10 = results.get(10000) or (results[max(results)] if results else None)
    if r1:
        ratio = r1["build"]["seconds"] / r1["reference_build"]["seconds"]
        cpu = ""
        if r1["build"].get("cpu_seconds") and r1["reference_build"].get("cpu_seconds"):
            cpu = f"; CPU {_s(r1['build']['cpu_seconds'])} vs {_s(r1['reference_build']['cpu_seconds'])}"
        out.append(("full build of 1,000 articles no slower than the reference",
                    f"{_s(r1['build']['seconds'])} vs {_s(r1['reference_build']['seconds'])} ({ratio:.2f}×){cpu}", verdict(ratio <= 1.0)))
        c = r1["cleaning"]
        speedup = c["all_cores_mb_s"] / c["one_core_mb_s"]
        per_core = c.get("one_core_cpu_mb_s", c["one_core_mb_s"])
        how = (f"{per_core:.2f} MB/s per CPU-second ({c['one_core_mb_s']:.2f} MB/s wall clock)" if "one_core_cpu_mb_s" in c
               else f"{per_core:.2f} MB/s wall clock")
        out.append(("cleaning ≥ 2 MB/s per core", how, verdict(per_core >= TARGET_CLEAN_MB_S)))
        out.append((f"the pipeline uses every core ({c['cores']})",
                    f"all cores {c['all_cores_mb_s']:.2f} MB/s = {speedup:.2f}× one core",
                    verdict(speedup >= 0.8 * c["cores"])))
        share = r1["pipeline_incremental"]["seconds"] / r1["pipeline_cold"]["seconds"]
        out.append(("incremental ≤ 10% of cold at 1,000",
                    f"{_s(r1['pipeline_incremental']['seconds'])} / {_s(r1['pipeline_cold']['seconds'])} = {share:.0%}",
                    verdict(share <= TARGET_INCREMENTAL_SHARE)))
    if results:
        sizes = sorted(results)
        r = results[sizes[-1]]
        if len(sizes) >= 2:
            a, b = results[sizes[0]], results[sizes[-1]]
            small = a["site_bytes"]
            which = ""
            if b["build"].get("rerun_commit") and a.get("pagefind_site_bytes"):
                # The largest size was re-run on the site searched with Pagefind: compare like with like.
                small, which = a["pagefind_site_bytes"], " (the site with Pagefind at both sizes)"
            slope = (b["site_bytes"] - small) / (b["raw_bytes"] - a["raw_bytes"])
            const = small - slope * a["raw_bytes"]
            out.append(("site size ≤ 3× raw text + a constant",
                        f"{slope:.2f} bytes of site per raw byte between {sizes[0]:,} and {sizes[-1]:,}{which} "
                        f"(constant {_mb(const)})", verdict(slope <= TARGET_SITE_FACTOR)))
        else:
            over = r["site_bytes"] - TARGET_SITE_FACTOR * r["raw_bytes"]
            out.append(("site size ≤ 3× raw text + a constant",
                        f"{_mb(r['site_bytes'])} = 3 × {_mb(r['raw_bytes'])} + {_mb(over)} (only one size measured: the slope needs two)",
                        verdict(None)))
    if r10 and r10.get("search"):
        s = r10["search"]
        measured = f"shipped (Material): {_kb(s['search_gzip_bytes'])} compressed, {_kb(s['search_bytes'])} raw"
        pf = (r10.get("pagefind") or {}).get("search")
        if pf:
            ok = pf["search_gzip_bytes"] + r10["pagefind"]["ui_gzip_bytes"] <= TARGET_SEARCH_BYTES
            measured += (f"; Pagefind prototype: `{r10['query']}` {_kb(pf['search_gzip_bytes'])} compressed "
                         f"+ {_kb(r10['pagefind']['ui_gzip_bytes'])} for its default UI ({'within' if ok else 'over'} 300 KB)")
            for q, more in (r10["pagefind"].get("more_searches") or {}).items():
                ok = more["search_gzip_bytes"] + r10["pagefind"]["ui_gzip_bytes"] <= TARGET_SEARCH_BYTES
                measured += f", `{q}` {_kb(more['search_gzip_bytes'])} ({'within' if ok else 'over'})"
        out.append((f"first search at {r10['articles']:,} articles downloads ≤ 300 KB",
                    measured, verdict(s["search_gzip_bytes"] <= TARGET_SEARCH_BYTES)))
    if r1 and r1.get("search"):
        s = r1["search"]
        out.append(("`?q=term` opens the search with its results (site)", f"{s['results_shown']} results shown for `{r1['query']}`",
                    verdict(s["found"] and s["results_shown"] > 0)))
        out.append(("Material search answers within a second at 1,000 (served over HTTP; page load included)",
                    f"{s['seconds_to_results']:.2f} s", verdict(s["seconds_to_results"] <= TARGET_SEARCH_SECONDS)))
    if r10:
        out.append((f"{r10['articles']:,} articles build within 2 GB", f"peak {_mb(r10['build']['peak_rss'])} (process tree)",
                    verdict(r10["build"]["peak_rss"] <= TARGET_MEMORY)))
    return out


def render(results: list[dict], notes: str = "") -> str:
    by_size = {r["articles"]: r for r in results}
    m = results[-1]["machine"]
    v = m["versions"]
    lines = [
        "# Benchmark results (issue 6)",
        "",
        "Written by `make bench` (`bench/run.py`); do not edit by hand. Generator: `bench/generate.py`",
        "(articles built from the seeds' lines with their web junk: menus, breadcrumbs, share buttons,",
        "pinyin annotations, page markers, related lists). Reference: the same raw texts published",
        "uncleaned by plain mkdocs-material (zh search with jieba, navigation pruned to the home page).",
        "",
        f"- Machine: {m['nproc']} cores, {m['cpu']}, {m['memory_bytes'] / 1024**3:.0f} GB memory; {m['platform']}",
        f"- Versions: Python {v['python']}, mkdocs {v['mkdocs']}, mkdocs-material {v['mkdocs-material']}, jieba {v['jieba']}",
        "- Dates: " + ", ".join(f"{r['articles']:,} articles on {r['machine']['date']}"
                                + (f" (commit {r['commit']})" if r.get("commit") else "") for r in results),
        "",
    ]
    for r in results:
        reps = r["repeats"]
        how = f"medians of {reps} runs" if reps >= 3 else (
            "one run per figure (time-bound: a full build at this size takes minutes)" if reps == 1 else f"medians of {reps} runs")
        lines += [f"## {r['articles']:,} articles ({how})", "",
                  "| figure | this library | reference | ratio |", "| --- | --- | --- | --- |"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(r)]
        lines.append("")
    lines += ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in targets(by_size)]
    lines.append("")
    if notes:
        lines += [notes.rstrip(), ""]
    return "\n".join(lines)
