// Material's search results link each page with ?h=<the words it matched>, so that the page
// marks them. A page listed only for its sections matched no word itself: its link would end
// in an empty "?h=". Such links lose the empty parameter as the results are drawn.
(function () {
  "use strict";
  function clean(root) {
    for (const link of root.querySelectorAll("a.md-search-result__link[href*='h=']")) {
      const url = new URL(link.getAttribute("href"), document.baseURI);
      if (url.searchParams.has("h") && !url.searchParams.get("h").trim()) {
        url.searchParams.delete("h");
        link.setAttribute("href", url.href);
      }
    }
  }
  new MutationObserver(function (changes) {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) clean(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
