"""Broken and unusual source files: every encoding a page comes in is decoded and published; empty,
binary and mis-described files are refused with one line naming the file, the rule and the fix."""
from __future__ import annotations

import re
import shutil

import pytest
import yaml

from build_scripts.cleaning import clean_source, render_markdown
from build_scripts.errors import SourceError
from build_scripts.sources import read_source

from .helpers import INPUTS, norm, parse_html, render_html

ENCODED = [
    ("article_gbk.txt", "gb18030"),  # GBK is a subset of GB18030; the reader names the superset
    ("article_gb18030.txt", "gb18030"),
    ("article_big5.txt", "big5"),
    ("article_utf16.txt", "utf-16-le"),
    ("article_utf8_bom_crlf.txt", "utf-8-sig"),
    ("article_cr_only.txt", "utf-8"),
]


@pytest.fixture(scope="module")
def reference():
    """The article as saved in plain UTF-8 with LF line ends, cleaned."""
    return clean_source(read_source(INPUTS / "article.txt"))


@pytest.mark.parametrize(("name", "encoding"), ENCODED)
def test_encoded_copies_read_like_the_utf8_original(name, encoding, reference):
    source = read_source(INPUTS / name)
    article = clean_source(source)
    assert source.encoding == encoding
    assert "\r" not in source.text and "\ufeff" not in source.text
    assert article.title == reference.title == "以“三个一”工作法激活机关党支部组织力"
    assert article.date == reference.date == "2022-09-08"
    if name == "article_gb18030.txt":
        # the one change make_inputs.py makes: a name with a character GBK cannot encode
        assert article.authors == ["周䶮"]
        assert article.body == reference.body
    elif name == "article_big5.txt":
        assert article.original_script == "traditional"
        assert norm(article.body) == norm(reference.body)
    else:
        assert article.authors == reference.authors
        assert article.body == reference.body


def test_reference_article_keeps_its_sections(reference):
    page = parse_html(render_html(reference.body))
    assert [h.text for h in page.find("h2")] == [
        "一、一月一课，让理论学习常态化", "二、一岗一责，让党员身份亮起来", "三、一事一评，让工作成效看得见"]
    assert "责任编辑" not in reference.body and "上一篇" not in reference.body


@pytest.mark.parametrize(("name", "rule"), [
    ("empty.txt", "empty file"),
    ("whitespace.txt", "empty file"),
    ("binary.txt", None),  # "binary file" or "undecodable": either tells the contributor to re-save it
    ("bad_url.txt", "source_url"),
    ("slug_traversal.txt", "slug"),
])
def test_unusable_file_is_one_named_line(name, rule):
    path = INPUTS / name
    with pytest.raises(SourceError) as err:
        read_source(path)
    message = str(err.value)
    assert "\n" not in message
    m = re.fullmatch(re.escape(str(path)) + r"(?::\d+)?: ([^:]+): (\S.*)", message)
    assert m, f"not 'path: rule: what to do': {message}"
    if rule:
        assert m.group(1) == rule
    else:
        assert m.group(1) in ("binary file", "undecodable")


def test_binary_file_saved_as_txt_is_refused_as_not_text(tmp_path):
    """An image renamed to .txt, with few NUL bytes (a JPEG-like header): still not text."""
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert err.value.rule in ("binary file", "undecodable")
    assert "UTF-8" in err.value.hint


def test_invalid_yaml_header_names_file_and_line():
    with pytest.raises(SourceError) as err:
        read_source(INPUTS / "bad_yaml.txt")
    # line 4 of the file: source_name: 某某网: 党建频道
    assert err.value.path == f"{INPUTS / 'bad_yaml.txt'}:4"
    assert err.value.rule == "invalid YAML"
    assert "引号" in err.value.hint


def test_invalid_yaml_sidecar_names_the_sidecar_and_line(tmp_path):
    shutil.copy(INPUTS / "article.txt", tmp_path / "a.txt")
    (tmp_path / "a.meta.yml").write_text("title: 正常标题\nsource_name: [未闭合\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_source(tmp_path / "a.txt")
    assert re.fullmatch(re.escape(str(tmp_path / "a.meta.yml")) + r":\d+", err.value.path), err.value.path


def test_absolute_slug_in_sidecar_is_refused():
    with pytest.raises(SourceError) as err:
        read_source(INPUTS / "slug_absolute.txt")
    assert err.value.rule == "slug"
    assert err.value.path.endswith("slug_absolute.meta.yml")
    assert "/tmp/hostile-x" in err.value.hint


@pytest.mark.parametrize("slug", ["../../x", "/etc/passwd", "..", "a/../../b", "C:\\x", "x\\..\\..\\y",
                                  "./x", "~/x", "%2e%2e/x", "a\nb", ""])
def test_slug_that_could_leave_the_output_folder_is_refused(tmp_path, slug):
    shutil.copy(INPUTS / "article.txt", tmp_path / "a.txt")
    (tmp_path / "a.meta.yml").write_text(yaml.safe_dump({"slug": slug}), encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read_source(tmp_path / "a.txt")
    assert err.value.rule == "slug"


@pytest.mark.parametrize("name", ["yaml_special.txt", "yaml_title_text.txt"])
def test_yaml_special_characters_give_valid_frontmatter(name):
    article = clean_source(read_source(INPUTS / name))
    article.slug = "x"
    text = render_markdown(article)
    m = re.match(r"\A---\n(.*?\n)---\n", text, re.S)
    assert m, "no frontmatter block"
    front = yaml.safe_load(m.group(1))
    assert front["title"] == article.title
    assert front["authors"] == article.authors
    assert front["source"]["name"] == article.source_name
    assert front["keywords"] == article.keywords
    # the body does not open a second YAML block or a thematic break that a reader would see
    assert not re.search(r"^-{3,}\s*$", text[m.end():], re.M)


def test_yaml_special_values_survive_exactly():
    article = clean_source(read_source(INPUTS / "yaml_special.txt"))
    assert article.title == "\"党建: 引领\" #1 — '三会一课' --- 实践: 探索 & <思考>"
    assert article.authors == ["- 张三", "李#四", "王: 五"]
    assert article.source_name == "--- 某某网 #党建: 频道"
    text_title = clean_source(read_source(INPUTS / "yaml_title_text.txt")).title
    assert text_title == "党建引领基层治理 #1 - '三会一课' --- \"思考\"与实践"


def test_five_megabyte_text_is_published_or_refused_by_name(tmp_path):
    """A 5 MB page (generated here, not committed): read and cleaned in one go, nothing lost."""
    base = (INPUTS / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in base.split("\n\n") if len(p) > 60 and p.endswith("。")]
    lines = ["以“三个一”工作法激活机关党支部组织力", "发布时间：2022-09-08"]
    size, i = 0, 0
    while size < 5 * 1024 * 1024:
        para = f"第{i}段：{paragraphs[i % len(paragraphs)]}"
        lines.append(para)
        size += len(para.encode("utf-8")) + 2
        i += 1
    path = tmp_path / "big.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    try:
        source = read_source(path)
    except SourceError as e:
        assert e.rule == "too large" and str(path) in str(e)
        return
    article = clean_source(source)
    assert article.title == "以“三个一”工作法激活机关党支部组织力"
    body = norm(article.body)
    for n in (0, i // 2, i - 1):
        assert norm(f"第{n}段：") in body, f"paragraph {n} of {i} lost"


def test_oversized_file_is_refused_by_name(tmp_path):
    from build_scripts import sources

    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(sources.MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert err.value.rule == "too large"


def test_control_characters_in_metadata_are_not_passed_on(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('---\ntitle: "标题\\x02wzxhzdk:0\\x03结尾"\nsource_name: "某\\x00网"\n---\n'
                    "党支部开展学习活动，党员积极参加。大家普遍反映收获很大。\n", encoding="utf-8")
    source = read_source(path)
    for value in (source.meta["title"], source.meta["source_name"]):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", value), repr(value)


@pytest.mark.parametrize(("head", "kind"), [(b"\x89PNG\r\n\x1a\n", "PNG"), (b"%PDF-1.7\n", "PDF"),
                                            (b"PK\x03\x04\x14\x00", "压缩包")])
def test_a_file_saved_under_a_txt_name_is_named_for_what_it_is(tmp_path, head, kind):
    path = tmp_path / "x.txt"
    path.write_bytes(head + bytes(range(256)) * 4)
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert err.value.rule == "binary file" and kind in err.value.hint


@pytest.mark.parametrize(("sprinkled", "refused"), [
    ("\x01", True), ("\x1f", True), ("\ue000", True), ("\uf8ff", True),  # what a binary file decodes to
    ("\t", False), ("\x0b", False), ("\x0c", False), ("\r", False), ("\x7f", False), ("\uf900", False),  # text's own
    # U+FFFD in text that is mostly Chinese: characters (often commas) lost when the page was saved, not a binary file's
    # bytes (real pages came so: the article was refused whole)
    ("\ufffd", False),
])
def test_a_text_sprinkled_with_characters_no_text_has_is_refused_as_binary(tmp_path, sprinkled, refused):
    """One in 40 characters of the kind a decoded binary is full of is too many (the limit is one in 50); U+FFFD in
    mostly Chinese text is damage to the text, not binary (a binary file decoded is mostly U+FFFD and control bytes)."""
    path = tmp_path / "a.txt"
    path.write_text(("党支部开展学习活动，党员积极参加，收获很大。" * 2)[:39].join([""] + [sprinkled] * 30) + "\n", encoding="utf-8")
    if refused:
        with pytest.raises(SourceError) as err:
            read_source(path)
        assert err.value.rule == "binary file"
    else:
        assert read_source(path).text


def test_binary_bytes_decoded_as_utf8_are_still_refused_though_lost_characters_are_text_gaps(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("\ufffd\ufffdA\ufffd7\ufffd" * 200 + "党支部开展学习活动。\n", encoding="utf-8")  # (a binary file a tool decoded)
    with pytest.raises(SourceError) as err:
        read_source(path)
    assert err.value.rule == "binary file"
