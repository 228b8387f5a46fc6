"""Regenerate the encoded copies in inputs/ from inputs/article.txt (UTF-8, LF).

Run from the project folder: .venv/bin/python tests/hostile/make_inputs.py
The encoded files are committed so the tests read real bytes, as a contributor would save them.
"""
from __future__ import annotations

from pathlib import Path

import opencc

INPUTS = Path(__file__).parent / "inputs"
# A character outside GBK (CJK Extension A) that GB18030 encodes in four bytes.
GB18030_ONLY = "䶮"


def traditional(text: str) -> str:
    return opencc.OpenCC("s2tw").convert(text)


def encoded_copies(text: str) -> dict[str, bytes]:
    """File name → bytes, one per encoding a scraped page is found in."""
    crlf = text.replace("\n", "\r\n")
    return {
        "article_gbk.txt": text.encode("gbk"),
        "article_gb18030.txt": text.replace("周岚", "周" + GB18030_ONLY).encode("gb18030"),
        "article_big5.txt": traditional(text).encode("big5"),
        "article_utf16.txt": text.encode("utf-16"),  # with BOM, native (little-endian) order
        "article_utf8_bom_crlf.txt": b"\xef\xbb\xbf" + crlf.encode("utf-8"),
        "article_cr_only.txt": text.replace("\n", "\r").encode("utf-8"),
    }


def main() -> None:
    text = (INPUTS / "article.txt").read_text(encoding="utf-8")
    for name, data in encoded_copies(text).items():
        (INPUTS / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
