// The search page of the published site (overrides/search-page.html). It reads the site's own
// index (build_scripts/site_search.py) piece by piece: a small manifest, then only the files
// holding the query's terms, then the display data of the results it shows. No dependency, no
// other host; everything from the index is put on the page as text (textContent), never as HTML.
// ?q=term searches at once, and ?q= follows what the reader types.
(function () {
  "use strict";

  // --- the query's terms: as build_scripts/search_analyzer.py (query_terms) computes them ----

  var MAX_WORD = 32;
  var RUN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+/g;

  function queryTerms(query) {
    var text = query.normalize("NFKC").toLowerCase();
    var terms = [];
    var runs = text.match(RUN_RE) || [];
    runs.forEach(function (run) {
      var found = [];
      if (run.charCodeAt(0) < 128) {
        if (run.length <= MAX_WORD) found.push(run);
      } else if (run.length === 1) {
        found.push(run);
      } else {
        for (var i = 0; i + 1 < run.length; i++) found.push(run.slice(i, i + 2));
      }
      found.forEach(function (t) { if (terms.indexOf(t) === -1) terms.push(t); });
    });
    return terms;
  }

  function isSingleCharacter(term) {
    return term.length === 1 && term.charCodeAt(0) >= 0x3400;
  }

  // FNV-1a over UTF-16 code units, then murmur3's finaliser (site_search.term_hash).
  function termHash(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  }

  // --- the index files ------------------------------------------------------------------------

  // Index files are stored gzip-compressed (the same download on every host); a server that
  // already inflated one for the browser sends it without gzip's magic bytes.
  function fetchBytes(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
    });
  }

  var manifestPromise = null;
  var buckets = {};
  var shards = {};

  function loadManifest() {
    if (!manifestPromise) {
      manifestPromise = fetch(new URL("manifest.json", indexBase), { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error("missing");
        return response.json();
      }).then(function (manifest) {
        if (manifest.format !== 1) throw new Error("missing");
        return manifest;
      });
    }
    return manifestPromise;
  }

  function indexUrl(manifest, path) {
    return new URL(path + "?v=" + manifest.version, indexBase);
  }

  // varint term count; per term its UTF-8 length, UTF-8 bytes, document count; all the
  // document-id gaps (varints); all the impacts (one byte each).
  function parseBucket(bytes) {
    var pos = 0;
    function varint() {
      var value = 0, shift = 0, b;
      do {
        b = bytes[pos++];
        value += (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
      } while (b >= 0x80);
      return value;
    }
    var decoder = new TextDecoder();
    var count = varint();
    var heads = [];
    for (var i = 0; i < count; i++) {
      var size = varint();
      var term = decoder.decode(bytes.subarray(pos, pos + size));
      pos += size;
      heads.push([term, varint()]);
    }
    var postings = new Map();
    heads.forEach(function (head) {
      var docs = new Uint32Array(head[1]);
      var previous = -1;
      for (var j = 0; j < head[1]; j++) {
        previous += varint();
        docs[j] = previous;
      }
      postings.set(head[0], { docs: docs, impacts: null });
    });
    heads.forEach(function (head) {
      postings.get(head[0]).impacts = bytes.subarray(pos, pos + head[1]);
      pos += head[1];
    });
    return postings;
  }

  function loadPostings(manifest, term) {
    var bucket = termHash(term) & (manifest.buckets - 1);
    if (!buckets[bucket]) buckets[bucket] = fetchBytes(indexUrl(manifest, "t/" + bucket + ".bin")).then(parseBucket);
    return buckets[bucket].then(function (postings) { return postings.get(term) || null; });
  }

  function loadShard(manifest, shard) {
    if (!shards[shard]) {
      shards[shard] = fetchBytes(indexUrl(manifest, "d/" + shard + ".bin")).then(function (bytes) {
        return JSON.parse(new TextDecoder().decode(bytes));
      });
    }
    return shards[shard];
  }

  // Documents holding every term, best first: Σ idf × impact; equal scores, the newest first
  // (document ids are the library's order, newest first).
  function rank(manifest, lists) {
    var n = manifest.docs;
    var hits = new Uint16Array(n);
    var score = new Float64Array(n);
    lists.forEach(function (list) {
      var df = list.docs.length;
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (var i = 0; i < df; i++) {
        hits[list.docs[i]] += 1;
        score[list.docs[i]] += idf * list.impacts[i];
      }
    });
    var found = [];
    for (var d = 0; d < n; d++) if (hits[d] === lists.length) found.push(d);
    found.sort(function (a, b) { return score[b] - score[a] || a - b; });
    return found;
  }

  // --- the page -------------------------------------------------------------------------------

  if (typeof document === "undefined") {
    // Node (tests/test_site_search.py): the query analysis, hash and bucket reader above are
    // checked against the Python side's.
    module.exports = { queryTerms: queryTerms, termHash: termHash, parseBucket: parseBucket, rank: rank };
    return;
  }
  var form = document.getElementById("site-search");
  if (!form) return;
  var input = form.querySelector(".site-search__input");
  var statusLine = document.querySelector(".site-search__status");
  var list = document.querySelector(".site-search__results");
  var more = document.querySelector(".site-search__more");
  var unavailable = document.querySelector(".site-search__unavailable");
  // Results and the index are addressed from the site root: the site may live under a folder.
  var root = new URL(form.getAttribute("data-site-root"), location.href);
  var indexBase = new URL("search-index/", root);
  var PAGE = 10;
  var TYPING_PAUSE_MS = 250;

  var current = null; // the search on the page: {query, terms, manifest, found, shown}

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function clearResults() {
    while (list.firstChild) list.removeChild(list.firstChild);
    list.hidden = true;
    list.removeAttribute("data-total");
    more.hidden = true;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // text, with every occurrence of a query term in a <mark>; built from text nodes only
  function appendHighlighted(parent, text, terms) {
    var lower = text.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); });
    var marked = new Uint8Array(text.length);
    terms.forEach(function (term) {
      for (var at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
        marked.fill(1, at, at + term.length);
      }
    });
    var start = 0;
    for (var i = 1; i <= text.length; i++) {
      if (i === text.length || marked[i] !== marked[start]) {
        var piece = text.slice(start, i);
        parent.appendChild(marked[start] ? element("mark", "", piece) : document.createTextNode(piece));
        start = i;
      }
    }
  }

  function resultItem(row, terms) {
    // row: [title, url from the site root, date, source, summary]
    var item = element("li", "site-search__result");
    var link = element("a", "site-search__link");
    link.href = new URL(row[1], root).href;
    appendHighlighted(link, row[0], terms);
    item.appendChild(link);
    var meta = element("div", "site-search__meta");
    meta.appendChild(element("span", "site-search__date", row[2] || "未注明日期"));
    meta.appendChild(element("span", "site-search__source", row[3]));
    item.appendChild(meta);
    if (row[4]) {
      var summary = element("p", "site-search__summary");
      appendHighlighted(summary, row[4], terms);
      item.appendChild(summary);
    }
    return item;
  }

  function showMore(search) {
    var page = search.found.slice(search.shown, search.shown + PAGE);
    var size = search.manifest.shard;
    more.disabled = true;
    return Promise.all(page.map(function (d) {
      return loadShard(search.manifest, Math.floor(d / size)).then(function (rows) { return rows[d % size]; });
    })).then(function (rows) {
      if (current !== search) return;
      rows.forEach(function (row) { list.appendChild(resultItem(row, search.terms)); });
      search.shown += rows.length;
      list.hidden = false;
      more.hidden = search.shown >= search.found.length;
      more.disabled = false;
    });
  }

  function failed(error) {
    clearResults();
    if (error && error.message === "missing") {
      setStatus("");
      unavailable.hidden = false;
    } else if (typeof DecompressionStream === "undefined") {
      setStatus("这个浏览器版本过旧，无法读取搜索索引；请使用较新的浏览器搜索。");
    } else {
      setStatus("搜索失败：搜索索引的文件没有读取成功，请刷新页面后重试。");
    }
  }

  function search(query) {
    query = query.trim();
    var terms = queryTerms(query);
    var search = { query: query, terms: terms, manifest: null, found: [], shown: 0 };
    current = search;
    clearResults();
    if (!query) {
      setStatus("");
      return Promise.resolve();
    }
    if (!terms.length) {
      setStatus("请输入要搜索的汉字、字母或数字。");
      return Promise.resolve();
    }
    setStatus("正在搜索…");
    return loadManifest().then(function (manifest) {
      search.manifest = manifest;
      return Promise.all(terms.map(function (term) { return loadPostings(manifest, term); }));
    }).then(function (lists) {
      if (current !== search) return;
      search.found = lists.indexOf(null) === -1 ? rank(search.manifest, lists) : [];
      var titlesOnly = terms.some(isSingleCharacter) ? "（单个汉字只查找标题）" : "";
      if (!search.found.length) {
        setStatus("没有找到包含“" + query + "”的文章" + titlesOnly + "。");
        return;
      }
      setStatus("找到 " + search.found.length + " 篇包含“" + query + "”的文章" + titlesOnly);
      list.setAttribute("data-total", String(search.found.length));
      return showMore(search);
    }).catch(function (error) {
      if (current === search) failed(error);
    });
  }

  // ?q= in the address follows the box, so a search can be bookmarked and shared
  function remember(query) {
    var q = query.trim();
    history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : location.pathname);
  }

  var typing = null;
  function searchSoon() {
    clearTimeout(typing);
    typing = setTimeout(function () {
      if (input.value.trim() !== (current ? current.query : "")) search(input.value);
    }, TYPING_PAUSE_MS);
  }

  input.addEventListener("input", function (event) {
    if (event.isComposing) return; // an input method is still composing (pinyin letters)
    remember(input.value);
    searchSoon();
  });
  input.addEventListener("compositionend", function () {
    remember(input.value);
    searchSoon();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typing);
    remember(input.value);
    search(input.value);
  });
  more.addEventListener("click", function () {
    if (current) showMore(current).catch(failed);
  });

  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
