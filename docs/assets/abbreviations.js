// An abbreviation (ICPC, RCPC, S47) shows what it stands for on hover, and, with Material's
// content.tooltips, on focus: each is made focusable, so that a tap on a phone or the Tab key
// shows it too, not the mouse alone (review finding 12).
(function () {
  "use strict";
  for (const abbr of document.querySelectorAll("article abbr[title]")) {
    if (!abbr.hasAttribute("tabindex")) abbr.setAttribute("tabindex", "0");
  }
})();
