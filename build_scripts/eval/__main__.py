"""`python -m build_scripts.eval [PAGES_DIR]` (make eval): score the cleaner on the real-page set.

For every judgment in eval/judgments/ it cleans the saved page (eval/pages/<id>.txt, ignored by
git), compares the result with the judgment, prints each page's misses, the measures of the
issue's table and one summary line. A page that is missing, or saved differently from the one
judged, is named and not scored. `--split held` scores the held-back third (only its figures are
printed unless --show-held is given: the misses of held pages are not for tuning).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .judge import JUDGMENTS_DIR, PAGES_DIR, load_judgments, page_lines
from .score import Tally, score_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.eval", description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", default=str(PAGES_DIR), help="folder of saved pages (<id>.txt)")
    parser.add_argument("--split", choices=["dev", "held", "all"], default="dev")
    parser.add_argument("--show-held", action="store_true", help="print page-by-page misses of held-back pages too")
    parser.add_argument("--only", nargs="*", help="page ids to score")
    parser.add_argument("--quiet", action="store_true", help="only the measures and the summary line")
    parser.add_argument("--baseline", choices=["none"], help="score a baseline instead of the cleaner: none = the page as saved")
    args = parser.parse_args(argv)
    folder = Path(args.pages)
    judgments = [j for j in load_judgments(JUDGMENTS_DIR) if args.split == "all" or j["split"] == args.split]
    if args.only:
        judgments = [j for j in judgments if j["id"] in set(args.only)]
    if not judgments:
        print(f"eval: no judgments for split {args.split} in {JUDGMENTS_DIR}", file=sys.stderr)
        return 1
    tally = Tally()
    missing, changed = [], []
    for j in judgments:
        page = folder / f"{j['id']}.txt"
        if not page.exists():
            missing.append(j["id"])
            continue
        result = score_page(j, page.read_bytes(), args.baseline)
        if result is None:
            changed.append(j["id"])
            continue
        tally.add(result)
        quiet = args.quiet or (j["split"] == "held" and not args.show_held)
        if result.misses and not quiet:
            print(f"{j['id']} ({j['site']}, {j['kind']}):")
            for m in result.misses:
                print(f"  {m}")
    if missing:
        print(f"missing (not scored, save them as eval/README.md says): {len(missing)}: {' '.join(missing)}")
    if changed:
        print(f"saved differently from the judged page (not scored): {len(changed)}: {' '.join(changed)}")
    print()
    for line in tally.table():
        print(line)
    print()
    print(tally.summary(args.split, len(judgments), len(missing) + len(changed)))
    return 0 if tally.pages else 1


if __name__ == "__main__":
    sys.exit(main())
