"""Command line: clean | build | bundle | check | new. Argument parsing and error printing only."""
from __future__ import annotations

import argparse
import sys

from .errors import LibraryError
from .contributor.platforms import platform_problem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description="党建文库 build tool")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("clean", help="print one cleaned article (frontmatter + Markdown) to stdout")
    p.add_argument("path")
    p.add_argument("--explain", action="store_true", help="list every removed or changed line with its rule")

    p = sub.add_parser("build", help="clean every source, render docs/, run MkDocs into site/")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("--no-mkdocs", action="store_true", help="stop after writing docs/")
    p.add_argument("--sources", default="source_texts", help="folder of source texts")

    p = sub.add_parser("bundle", help="write the offline bundle dist/<name>-offline-<date>.zip")
    p.add_argument("--no-build", action="store_true", help="zip the existing site/ without rebuilding")

    p = sub.add_parser("check", help="check source texts; one line per problem")
    p.add_argument("paths", nargs="*")

    p = sub.add_parser("new", help="write a source text skeleton with a metadata header")
    p.add_argument("name", help="file name stem, ASCII, e.g. 2024-party-brand")
    p.add_argument("--title", default="")
    p.add_argument("--url", default="")

    args = parser.parse_args(argv)
    if platform_problem():
        print(platform_problem(), file=sys.stderr)
        return 1
    try:
        if args.command == "clean":
            from .cleaning.cli import run_clean
            return run_clean(args.path, explain=args.explain)
        if args.command == "build":
            from .intake import require_folder
            require_folder(args.sources)  # before mkdocs.yml: outside the project, name what is missing first
            from .pipeline import run_build
            return run_build(strict=args.strict, run_mkdocs=not args.no_mkdocs, sources_dir=args.sources)
        if args.command == "bundle":
            from .bundle import run_bundle
            return run_bundle(build_first=not args.no_build)
        if args.command == "check":
            from .contributor.check import run_check
            return run_check(args.paths)
        if args.command == "new":
            from .contributor.skeleton import run_new
            return run_new(args.name, title=args.title, url=args.url)
    except LibraryError as e:
        print(e, file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
