// The search page of the site and of the offline bundle (overrides/search-page.html). It reads the
// library's index (build_scripts/search/index.py) piece by piece: a small manifest, then only the
// files holding the query's terms, the genre and topics of the documents found (for the filters
// and their counts), and the display data of the results it shows. No dependency, no other host;
// everything from the index is put on the page as text (textContent), never as HTML. Over HTTP
// the files are fetched; from file://, where a page cannot fetch, each is loaded as the script
// the bundle ships beside it (<file>.js, index.script_of), so both give the same results.
// ?q=term searches at once, ?genre=slug&topic=slug narrow the results, and the address follows
// what the reader types and picks.
(function () {
  "use strict";

  // --- the query's terms: as build_scripts/search/analyzer.py (query_terms) computes them ---

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

  // FNV-1a over UTF-16 code units, then murmur3's finaliser (search/index.py, term_hash).
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
  function inflate(bytes) {
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return Promise.resolve(bytes);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  function fetchBytes(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  // From file://: <script src="<file>.js"> calls __searchShard(file, base64 of its bytes).
  var waitingScripts = {};
  function scriptBytes(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      waitingScripts[path] = resolve;
      script.onload = script.onerror = function () {
        script.remove();
        if (waitingScripts[path]) {
          delete waitingScripts[path];
          reject(new Error(path === "manifest.json" ? "missing" : "not loaded: " + path));
        }
      };
      script.src = new URL(path + ".js", indexBase).href;
      document.head.appendChild(script);
    }).then(function (base64) {
      var text = atob(base64);
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      return bytes;
    });
  }

  var fromFiles = typeof location !== "undefined" && location.protocol === "file:";
  if (fromFiles) {
    window.__searchShard = function (path, base64) {
      var resolve = waitingScripts[path];
      delete waitingScripts[path];
      if (resolve) resolve(base64);
    };
  }

  function loadBytes(manifest, path) {
    return (fromFiles ? scriptBytes(path) : fetchBytes(new URL(path + "?v=" + manifest.version, indexBase))).then(inflate);
  }

  var manifestPromise = null;
  var buckets = {};
  var shards = {};
  var facetChunks = {};

  function loadManifest() {
    if (!manifestPromise) {
      var bytes = fromFiles ? scriptBytes("manifest.json") : fetch(new URL("manifest.json", indexBase), { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error("missing");
        return response.arrayBuffer();
      });
      manifestPromise = bytes.then(function (b) {
        var manifest = JSON.parse(new TextDecoder().decode(b));
        if (manifest.format !== 2) throw new Error("missing");
        return manifest;
      });
      manifestPromise.catch(function () { manifestPromise = null; });
    }
    return manifestPromise;
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
    if (!buckets[bucket]) buckets[bucket] = loadBytes(manifest, "t/" + bucket + ".bin").then(parseBucket);
    return buckets[bucket].then(function (postings) { return postings.get(term) || null; });
  }

  function loadShard(manifest, shard) {
    if (!shards[shard]) {
      shards[shard] = loadBytes(manifest, "d/" + shard + ".bin").then(function (bytes) {
        return JSON.parse(new TextDecoder().decode(bytes));
      });
    }
    return shards[shard];
  }

  // Per document of a chunk: its genre (0 = none, else 1 + its place in manifest.genres), its
  // number of topics, each topic's place in manifest.topics (build_scripts/search/facets.py).
  function parseFacets(bytes) {
    var genres = [];
    var topics = [];
    for (var pos = 0; pos < bytes.length; pos += 2 + bytes[pos + 1]) {
      genres.push(bytes[pos]);
      topics.push(Array.from(bytes.subarray(pos + 2, pos + 2 + bytes[pos + 1])));
    }
    return { genres: genres, topics: topics };
  }

  // The genre and topics of every document found: only the chunks they fall in are loaded.
  function loadFacets(manifest, docs) {
    var size = manifest.facetChunk;
    var wanted = [];
    docs.forEach(function (d) {
      var chunk = Math.floor(d / size);
      if (wanted.indexOf(chunk) === -1) wanted.push(chunk);
    });
    return Promise.all(wanted.map(function (chunk) {
      if (!facetChunks[chunk]) facetChunks[chunk] = loadBytes(manifest, "f/" + chunk + ".bin").then(parseFacets);
      return facetChunks[chunk];
    })).then(function (loaded) {
      var byChunk = {};
      wanted.forEach(function (chunk, i) { byChunk[chunk] = loaded[i]; });
      return docs.map(function (d) {
        var chunk = byChunk[Math.floor(d / size)];
        var genre = chunk.genres[d % size];
        return {
          genre: genre ? manifest.genres[genre - 1][0] : null,
          topics: chunk.topics[d % size].map(function (t) { return manifest.topics[t][0]; })
        };
      });
    });
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
    // Node (tests/test_site_search.py): the query analysis, hash and file readers above are
    // checked against the Python side's.
    module.exports = { queryTerms: queryTerms, termHash: termHash, parseBucket: parseBucket, rank: rank, parseFacets: parseFacets };
    return;
  }
  var form = document.getElementById("site-search");
  if (!form) return;
  var input = form.querySelector(".site-search__input");
  var statusLine = document.querySelector(".site-search__status");
  var list = document.querySelector(".site-search__results");
  var more = document.querySelector(".site-search__more");
  var unavailable = document.querySelector(".site-search__unavailable");
  var facetBox = document.querySelector(".site-search__facets");
  var facetLists = { genre: document.querySelector(".site-search__facet[data-facet=genre] ul"),
                     topic: document.querySelector(".site-search__facet[data-facet=topic] ul") };
  // Results and the index are addressed from the site root: the site may live under a folder.
  var root = new URL(form.getAttribute("data-site-root"), location.href);
  var indexBase = new URL("search-index/", root);
  var PAGE = 10;
  var TYPING_PAUSE_MS = 250;

  var current = null; // the search on the page: {query, terms, manifest, found, facets, shown, shownList}
  var params = new URLSearchParams(location.search);
  var filters = { genre: params.get("genre") || null, topic: params.get("topic") || null };

  // A page of the site from its path under the root; from file:// a folder opens its index.html.
  function pageUrl(path) {
    var url = new URL(path, root);
    if (fromFiles && url.pathname.slice(-1) === "/") url.pathname += "index.html";
    return url.href;
  }

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function clearResults() {
    while (list.firstChild) list.removeChild(list.firstChild);
    list.hidden = true;
    list.removeAttribute("data-total");
    more.hidden = true;
  }

  function clearFacets() {
    facetBox.hidden = true;
    Object.keys(facetLists).forEach(function (key) {
      while (facetLists[key].firstChild) facetLists[key].removeChild(facetLists[key].firstChild);
    });
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

  function nameOf(manifest, key, slug) {
    var values = key === "genre" ? manifest.genres : manifest.topics;
    for (var i = 0; i < values.length; i++) if (values[i][0] === slug) return values[i][1];
    return null;
  }

  function resultItem(search, row, facets) {
    // row: [title, url from the site root, date, source, summary]
    var item = element("li", "site-search__result");
    var link = element("a", "site-search__link");
    link.href = pageUrl(row[1]);
    appendHighlighted(link, row[0], search.terms);
    item.appendChild(link);
    var meta = element("div", "site-search__meta");
    meta.appendChild(element("span", "site-search__date", row[2] || "未注明日期"));
    if (facets.genre) meta.appendChild(element("span", "site-search__genre", nameOf(search.manifest, "genre", facets.genre)));
    meta.appendChild(element("span", "site-search__source", row[3]));
    item.appendChild(meta);
    if (row[4]) {
      var summary = element("p", "site-search__summary");
      appendHighlighted(summary, row[4], search.terms);
      item.appendChild(summary);
    }
    return item;
  }

  function showMore(search) {
    var page = search.shownList.slice(search.shown, search.shown + PAGE);
    var size = search.manifest.shard;
    more.disabled = true;
    return Promise.all(page.map(function (i) {
      var d = search.found[i];
      return loadShard(search.manifest, Math.floor(d / size)).then(function (rows) { return [rows[d % size], search.facets[i]]; });
    })).then(function (rows) {
      if (current !== search) return;
      rows.forEach(function (row) { list.appendChild(resultItem(search, row[0], row[1])); });
      search.shown += rows.length;
      list.hidden = false;
      more.hidden = search.shown >= search.shownList.length;
      more.disabled = false;
    });
  }

  function failed(error) {
    clearResults();
    clearFacets();
    if (error && error.message === "missing") {
      setStatus("");
      unavailable.hidden = false;
    } else if (typeof DecompressionStream === "undefined") {
      setStatus("这个浏览器版本过旧，无法读取搜索索引；请使用较新的浏览器搜索。");
    } else {
      setStatus("搜索失败：搜索索引的文件没有读取成功，请刷新页面后重试。");
    }
  }

  function matches(facets, skip) {
    return (skip === "genre" || !filters.genre || facets.genre === filters.genre) &&
      (skip === "topic" || !filters.topic || facets.topics.indexOf(filters.topic) !== -1);
  }

  // ?q=…&genre=…&topic=… for this query with `key` set to `value` (null: the filter removed)
  function addressWith(query, key, value) {
    var next = new URLSearchParams();
    if (query) next.set("q", query);
    ["genre", "topic"].forEach(function (k) {
      var v = k === key ? value : filters[k];
      if (v) next.set(k, v);
    });
    var text = next.toString();
    return text ? "?" + text : location.pathname;
  }

  // Beside the results: how many of the query's results are of each genre and each topic (each
  // counted within the other filter), as links that narrow the list.
  function showFacets(search) {
    clearFacets();
    ["genre", "topic"].forEach(function (key) {
      var values = key === "genre" ? search.manifest.genres : search.manifest.topics;
      var counts = new Array(values.length).fill(0);
      var place = {};
      values.forEach(function (value, i) { place[value[0]] = i; });
      search.facets.forEach(function (facets) {
        if (!matches(facets, key)) return;
        (key === "genre" ? (facets.genre ? [facets.genre] : []) : facets.topics).forEach(function (slug) {
          counts[place[slug]] += 1;
        });
      });
      var ul = facetLists[key];
      // a facet none of the results has (no article has a genre yet) is left out
      ul.parentNode.hidden = !filters[key] && !counts.some(function (c) { return c > 0; });
      var all = element("li", "site-search__facet-item");
      all.appendChild(facetLink(search, key, null, "全部", null));
      ul.appendChild(all);
      values.forEach(function (value, i) {
        if (!counts[i] && filters[key] !== value[0]) return;
        var li = element("li", "site-search__facet-item");
        li.appendChild(facetLink(search, key, value[0], value[1], counts[i]));
        ul.appendChild(li);
      });
    });
    facetBox.hidden = false;
  }

  function facetLink(search, key, slug, name, count) {
    var link = element("a", "site-search__facet-link", name);
    link.href = addressWith(search.query, key, slug);
    link.setAttribute("data-" + key, slug || "");
    if (filters[key] === slug) link.setAttribute("aria-current", "true");
    if (count !== null) link.appendChild(element("span", "site-search__count", String(count)));
    link.addEventListener("click", function (event) {
      event.preventDefault();
      filters[key] = slug;
      history.replaceState(null, "", addressWith(search.query, key, slug));
      if (current === search) show(search).catch(failed);
    });
    return link;
  }

  // The results of `search` under the current filters: status, counts, the first page.
  function show(search) {
    clearResults();
    var label = [];
    ["genre", "topic"].forEach(function (key) {
      if (filters[key]) label.push((key === "genre" ? "文体：" : "专题：") + (nameOf(search.manifest, key, filters[key]) || filters[key]));
    });
    var narrowed = label.length ? "（" + label.join("；") + "）" : "";
    search.shownList = [];
    search.facets.forEach(function (facets, i) { if (matches(facets)) search.shownList.push(i); });
    search.shown = 0;
    showFacets(search);
    var titlesOnly = search.terms.some(isSingleCharacter) ? "（单个汉字只查找标题）" : "";
    if (!search.shownList.length) {
      setStatus("没有找到包含“" + search.query + "”的文章" + narrowed + titlesOnly + "。");
      if (!search.found.length) clearFacets();
      return Promise.resolve();
    }
    setStatus("找到 " + search.shownList.length + " 篇包含“" + search.query + "”的文章" + narrowed + titlesOnly);
    list.setAttribute("data-total", String(search.shownList.length));
    return showMore(search);
  }

  function search(query) {
    query = query.trim();
    var terms = queryTerms(query);
    var search = { query: query, terms: terms, manifest: null, found: [], facets: [], shown: 0, shownList: [] };
    current = search;
    clearResults();
    clearFacets();
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
      return loadFacets(search.manifest, search.found);
    }).then(function (facets) {
      if (current !== search) return;
      search.facets = facets;
      return show(search);
    }).catch(function (error) {
      if (current === search) failed(error);
    });
  }

  // The address follows the box and the filters, so a search can be bookmarked and shared
  function remember(query) {
    history.replaceState(null, "", addressWith(query.trim(), null, null));
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

  var initial = params.get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
