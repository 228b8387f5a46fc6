/*
 * 党建文库 — the search worker of the offline bundle (written by build_scripts/offline_search.py
 * over Material for MkDocs' worker file, in the bundle only; the published site keeps Material's).
 *
 * Why: Material's worker builds a lunr index in the browser every time search opens — 7 s at
 * 1,000 articles from file://, where the worker runs in an iframe on the page's own thread.
 * A lunr index prebuilt in Python (lunr.py) is no way out: serialized, the index of those
 * 1,000 articles is about 120 MB with the term positions Material highlights from (2 s just to
 * parse in Chromium), and still about 100 MB without them.
 * This worker builds nothing: offline_search.py writes the plain text of every page and section
 * (search/search_data.js), and a query scans it: 15 to 50 ms for the 3 million characters of
 * 1,000 articles, after about 300 ms to load them when search first opens.
 *
 * It speaks Material's worker protocol (Material 9.8.1,
 * src/templates/assets/javascripts/integrations/search/worker/message): SETUP → READY,
 * QUERY → RESULT with the SearchResult shape Material renders (integrations/search/_):
 * items grouped by page, each group holding its page, titles and texts as HTML with <mark>.
 *
 * Matching, for Chinese without a segmenter in the browser: every space-separated part of the
 * query is first looked up as written (a phrase, case-insensitive); where a page lacks the phrase,
 * its words are looked up one by one — the words come from the vocabulary of the build's own
 * segmentation (jieba), longest first — so 基层党建创新 still finds 基层党建工作创新. Pages with
 * the phrase rank first, then pages with all its words, then pages with some (the missing words
 * are shown struck through, as Material does). +part requires a part, -part excludes it.
 *
 * Runs in a real Worker (bundle served by a web server) and in the iframe of the iframe-worker
 * shim (file://), whose importScripts is asynchronous.
 */
"use strict";

(function () {
  // Material's SearchMessageType (an enum: SETUP, READY, QUERY, RESULT)
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  const OPTIONAL = 0, REQUIRED = 1, PROHIBITED = 2;

  // Scoring, per part of the query: the phrase (20 to 24) beats all its words apart (10 to 14),
  // which beat some of them (under 4); within each, a match in the title adds TITLE, repeats in
  // the text add up to 1 (up to REPEATS_CAP of them); a page is preferred to one of its sections.
  const PHRASE = 20, ALL_WORDS = 10, TITLE = 3, PAGE = 0.5, REPEATS_CAP = 20;
  // the longest vocabulary word (offline_search.LONGEST_WORD)
  const LONGEST_WORD = 8;
  // Snippets: up to two paragraphs, each cut to a window around its first match.
  const SNIPPET_BEFORE = 40, SNIPPET_LENGTH = 160, SNIPPETS = 2;
  // A query splits into parts at white space, a part further at the punctuation of Material's
  // zh separator (search.config.separator); +part and -part apply to all its pieces.
  const PART_SEPARATOR = /[\u200b\u3000\-、。，．？！；,;!?]+/u;
  const HAN = /\p{Script=Han}/u;
  const RUNS = /\p{Script=Han}+|[\p{L}\p{N}_]+/gu;

  // The data file sits at this path relative to this script (set by offline_search.py).
  const DATA_PATH = self.WENKU_SEARCH_DATA_PATH;
  // In the shim this script runs in an iframe whose location is the page's: its own URL is
  // its <script> element's.
  const SCRIPT_URL = typeof document !== "undefined" && document.currentScript
    ? document.currentScript.src
    : self.location.href;

  let docs = [];
  let vocabulary = new Set();
  let words = [];
  // the highlighting expression of each set of found terms (most items of a result share one)
  const patterns = new Map();

  /* --- setup ------------------------------------------------------------------------------ */

  async function load() {
    const started = Date.now();
    await importScripts(new URL(DATA_PATH, SCRIPT_URL).href);
    const data = self.wenkuSearchData;
    delete self.wenkuSearchData;
    const pages = new Map();
    docs = data.docs.map(([location, title, text]) => {
      const doc = { location, title, text };
      // as Material's setupSearchDocumentMap: a page comes before its sections
      const path = location.split("#")[0];
      const page = pages.get(path);
      if (page === undefined) pages.set(path, doc);
      else doc.parent = page;
      return doc;
    });
    words = data.words;
    vocabulary = new Set(words);
    // what the browser tests read to see that no index was built
    self.wenkuSearch = { engine: "prebuilt-text", documents: docs.length, loadMs: Date.now() - started };
  }

  /* --- query -------------------------------------------------------------------------------- */

  function parseQuery(value) {
    const clauses = new Map();
    for (const part of value.toLowerCase().split(/\s+/u)) {
      const presence = part.startsWith("+") ? REQUIRED : part.startsWith("-") ? PROHIBITED : OPTIONAL;
      // lunr's operators (wildcard, boost, fuzziness, quotes) mean nothing to a scan
      for (const text of part.replace(/[+*~^"“”]/g, "").split(PART_SEPARATOR)) {
        // Chinese has no case: only a part with Latin (or other cased) letters is looked up in
        // lowercased copies of the texts, made the first time one is needed
        const cased = text !== text.toUpperCase();
        if (text && !clauses.has(text)) clauses.set(text, { text, words: segment(text), presence, cased });
      }
    }
    return [...clauses.values()];
  }

  // The words of a query part: Han runs cut by longest match in the vocabulary, characters the
  // vocabulary does not know taken as overlapping pairs; other letters and digits as they are.
  function segment(part) {
    const result = [];
    for (const run of part.match(RUNS) || []) {
      if (!HAN.test(run)) {
        result.push(run);
        continue;
      }
      const found = [];
      let unknown = "";
      const flush = () => {
        for (let i = 0; i + 1 < unknown.length; i++) found.push(unknown.slice(i, i + 2));
        if (unknown.length === 1 && run.length === 1) found.push(unknown);
        unknown = "";
      };
      for (let i = 0; i < run.length;) {
        let length = Math.min(LONGEST_WORD, run.length - i);
        while (length > 1 && !vocabulary.has(run.slice(i, i + length))) length--;
        if (length > 1) {
          flush();
          found.push(run.slice(i, i + length));
        } else {
          unknown += run[i];
        }
        i += length;
      }
      flush();
      result.push(...found);
    }
    return [...new Set(result)];
  }

  function count(haystack, needle) {
    let n = 0;
    for (let i = haystack.indexOf(needle); i !== -1 && n < REPEATS_CAP; i = haystack.indexOf(needle, i + needle.length))
      n++;
    return n;
  }

  function lowercased(doc) {
    if (doc.lowercased === undefined)
      doc.lowercased = { title: doc.title.toLowerCase(), text: doc.text.toLowerCase() };
    return doc.lowercased;
  }

  const repeats = n => Math.log2(1 + n) / Math.log2(1 + REPEATS_CAP);

  // How well `doc` matches one clause: coverage (share of its words found, 1 for the phrase),
  // score, and the terms Material shows (found, or struck through as missing).
  function matchClause(doc, clause) {
    const { title, text } = clause.cased ? lowercased(doc) : doc;
    const inTitle = title.includes(clause.text);
    const inText = count(text, clause.text);
    if (inTitle || inText)
      return { coverage: 1, score: PHRASE + (inTitle ? TITLE : 0) + repeats(inText), terms: [[clause.text, true]] };
    if (clause.words.length < 2 || clause.presence === PROHIBITED)
      return { coverage: 0, score: 0, terms: [[clause.text, false]] };
    let found = 0, score = 0;
    const terms = [];
    for (const word of clause.words) {
      const wordInTitle = title.includes(word);
      const wordInText = count(text, word);
      terms.push([word, wordInTitle || wordInText > 0]);
      if (wordInTitle || wordInText) {
        found++;
        score += (wordInTitle ? TITLE : 0) + repeats(wordInText);
      }
    }
    const coverage = found / clause.words.length;
    score /= clause.words.length;
    return { coverage, score: coverage === 1 ? ALL_WORDS + score : coverage * score, terms };
  }

  function search(value) {
    patterns.clear();
    const clauses = parseQuery(value);
    if (!clauses.some(c => c.presence !== PROHIBITED)) return { items: [] };
    const hits = [];
    for (const doc of docs) {
      let score = 0, matched = false, excluded = false;
      const terms = {};
      for (const clause of clauses) {
        const match = matchClause(doc, clause);
        if (clause.presence === PROHIBITED) {
          excluded = match.coverage === 1;
        } else {
          excluded = clause.presence === REQUIRED && match.coverage < 1;
          matched = matched || match.coverage > 0;
          score += match.score;
          for (const [term, found] of match.terms) terms[term] = found;
        }
        if (excluded) break;
      }
      if (matched && !excluded) hits.push({ doc, score: score + (doc.parent ? 0 : PAGE), terms });
    }
    hits.sort((a, b) => b.score - a.score);

    // group by page, best first, as Material's Search.search does; every group holds its page
    const groups = new Map();
    for (const hit of hits) {
      const page = hit.doc.parent || hit.doc;
      if (!groups.has(page)) groups.set(page, []);
      groups.get(page).push(toItem(hit.doc, hit.score, hit.terms));
    }
    for (const [page, items] of groups)
      if (!items.some(item => item.location === page.location))
        items.push({ location: page.location, title: escapeHTML(page.title), text: "", score: 0, terms: {} });
    return { items: [...groups.values()], suggest: suggest(clauses) };
  }

  function toItem(doc, score, terms) {
    const marked = Object.keys(terms).filter(term => terms[term]).sort((a, b) => b.length - a.length);
    const key = marked.join("\n");
    if (marked.length && !patterns.has(key)) {
      const cased = marked.some(term => term !== term.toUpperCase());
      patterns.set(key, new RegExp(marked.map(escapeRegExp).join("|"), cased ? "giu" : "gu"));
    }
    const pattern = patterns.get(key) || null;
    return {
      location: doc.location,
      title: highlight(doc.title, pattern),
      text: pattern ? snippets(doc.text, pattern) : "",
      score,
      terms
    };
  }

  // Material's search.suggest completes the last word typed: the most frequent word that starts with it.
  function suggest(clauses) {
    const last = clauses[clauses.length - 1];
    if (!last || last.presence === PROHIBITED) return [];
    const word = words.find(w => w.length > last.text.length && w.startsWith(last.text));
    return word ? [word] : [];
  }

  /* --- display: HTML for Material's result list ---------------------------------------------- */

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]);
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function highlight(text, pattern) {
    if (!pattern) return escapeHTML(text);
    let html = "", last = 0;
    pattern.lastIndex = 0;  // matchAll starts where the last exec() stopped
    for (const match of text.matchAll(pattern)) {
      html += escapeHTML(text.slice(last, match.index)) + "<mark>" + escapeHTML(match[0]) + "</mark>";
      last = match.index + match[0].length;
    }
    return html + escapeHTML(text.slice(last));
  }

  function snippets(text, pattern) {
    const found = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const from = text.lastIndexOf("\n", match.index) + 1;
      let to = text.indexOf("\n", match.index);
      if (to === -1) to = text.length;
      let start = Math.max(from, match.index - SNIPPET_BEFORE);
      const end = Math.min(to, start + SNIPPET_LENGTH);
      start = Math.max(from, Math.min(start, end - SNIPPET_LENGTH));
      found.push("<p>" + (start > from ? "…" : "") + highlight(text.slice(start, end), pattern)
        + (end < to ? "…" : "") + "</p>");
      if (found.length === SNIPPETS) break;
      pattern.lastIndex = to;  // the next snippet comes from the next paragraph
    }
    return found.join("");
  }

  /* --- messages ------------------------------------------------------------------------------ */

  async function handle(message) {
    switch (message.type) {
      case SETUP:
        await load();
        return { type: READY };
      case QUERY:
        try {
          return { type: RESULT, data: search(message.data) };
        } catch (err) {
          console.warn(`search failed for ${JSON.stringify(message.data)}`, err);
          return { type: RESULT, data: { items: [] } };
        }
      default:
        throw new TypeError("Invalid message type");
    }
  }

  addEventListener("message", async event => {
    postMessage(await handle(event.data));
  });
})();
