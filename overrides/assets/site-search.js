// The search page of the published site (overrides/search-page.html): Pagefind's UI in Chinese,
// searching at once for ?q=term, and keeping ?q= in the address while the reader types.
(function () {
  "use strict";
  var mount = document.getElementById("site-search");
  if (!mount) return;
  if (typeof PagefindUI === "undefined") {
    // pagefind/ is written by the build after MkDocs; `mkdocs serve` has none
    document.querySelector(".site-search__unavailable").hidden = false;
    return;
  }
  var ui = new PagefindUI({
    element: "#site-search",
    // result URLs are site paths ("/articles/…/"); the site may live under a folder (GitHub Pages)
    baseUrl: new URL(mount.dataset.siteRoot, location.href).pathname,
    showSubResults: false,
    showImages: false,
    translations: {
      placeholder: "搜索文章",
      zero_results: "没有找到包含“[SEARCH_TERM]”的文章",
      many_results: "找到 [COUNT] 篇包含“[SEARCH_TERM]”的文章",
      one_result: "找到 [COUNT] 篇包含“[SEARCH_TERM]”的文章",
      load_more: "显示更多文章",
    },
  });
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
  mount.addEventListener("input", function (event) {
    var term = event.target.value.trim();
    history.replaceState(null, "", term ? "?q=" + encodeURIComponent(term) : location.pathname);
  });
})();
