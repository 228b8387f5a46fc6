"""Geometry for the build-time charts (articles per year, topic co-occurrence); templates draw the SVG."""
from __future__ import annotations

from collections import Counter

BAR_WIDTH, BAR_GAP, PLOT_HEIGHT = 30, 10, 140
CELL = 30
CHAR_WIDTH = 14  # one CJK character at the chart's font size


def years_chart(counts: dict[str, int]) -> dict | None:
    """A bar per year from the first to the last dated year, gaps shown as empty years."""
    if not counts:
        return None
    first, last = int(min(counts)), int(max(counts))
    top = max(counts.values())
    bars = []
    for i, year in enumerate(range(first, last + 1)):
        n = counts.get(str(year), 0)
        h = round(PLOT_HEIGHT * n / top, 1) if n else 0
        x = 10 + i * (BAR_WIDTH + BAR_GAP)
        bars.append(dict(year=str(year), n=n, x=x, y=round(20 + PLOT_HEIGHT - h, 1), h=h,
                         cx=x + BAR_WIDTH / 2))
    width = 20 + len(bars) * (BAR_WIDTH + BAR_GAP) - BAR_GAP
    return dict(bars=bars, width=width, height=PLOT_HEIGHT + 50, bar_width=BAR_WIDTH,
                base=20 + PLOT_HEIGHT, label_y=20 + PLOT_HEIGHT + 18)


def topic_pairs(by_topic: dict[str, list], taxonomy) -> dict[str, list[tuple[str, int]]]:
    """For each topic, the other topics sharing articles with it, most shared first."""
    sets = {slug: {a.slug for a in articles} for slug, articles in by_topic.items()}
    order = {t.slug: i for i, t in enumerate(taxonomy.topics)}
    out = {}
    for a in sets:
        shared = [(b, len(sets[a] & sets[b])) for b in sets if b != a and sets[a] & sets[b]]
        out[a] = sorted(shared, key=lambda p: (-p[1], order[p[0]]))
    return out


def cooccurrence_chart(by_topic: dict[str, list], taxonomy) -> dict | None:
    """A lower-triangle matrix: cell (row, col) = articles filed under both topics."""
    topics = [t for t in taxonomy.topics if by_topic[t.slug]]
    if len(topics) < 2:
        return None
    sets = {t.slug: {a.slug for a in by_topic[t.slug]} for t in topics}
    label_w = max(len(t.name) for t in topics) * CHAR_WIDTH + 12
    label_h = label_w
    pairs = Counter()
    for i, a in enumerate(topics):
        for b in topics[:i]:
            pairs[(a.slug, b.slug)] = len(sets[a.slug] & sets[b.slug])
    top = max(pairs.values()) or 1
    cells = []
    for i, a in enumerate(topics):
        for j, b in enumerate(topics[: i + 1]):
            diagonal = i == j
            n = len(sets[a.slug]) if diagonal else pairs[(a.slug, b.slug)]
            cells.append(dict(
                x=label_w + j * CELL, y=label_h + i * CELL, n=n, diagonal=diagonal,
                level=0 if diagonal or not n else min(4, 1 + round(3 * (n - 1) / max(top - 1, 1))),
                row=a.name, col=b.name,
            ))
    rows = [dict(name=t.name, x=label_w - 6, y=label_h + i * CELL + CELL / 2) for i, t in enumerate(topics)]
    cols = [dict(name=t.name, x=label_w + j * CELL + CELL / 2, y=label_h - 6) for j, t in enumerate(topics)]
    size = len(topics) * CELL
    return dict(cells=cells, rows=rows, cols=cols, cell=CELL, width=label_w + size + 4, height=label_h + size + 4)
