/* Review page: a proposal's quote scrolls the document text to its passage and highlights it;
   a highlighted passage scrolls the list to its proposal. */
(function () {
  "use strict";
  var text = document.getElementById("doctext");
  function clear() { document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); }); }
  function showPassage(id) {
    clear();
    var marks = text ? text.querySelectorAll('mark[data-p~="' + id + '"]') : [];
    marks.forEach(function (m) { m.classList.add("current"); });
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    var card = document.querySelector('.proposal[data-p="' + id + '"]');
    if (card) card.classList.add("current");
  }
  document.addEventListener("click", function (ev) {
    var quote = ev.target.closest(".proposal .quote");
    if (quote) { showPassage(quote.closest(".proposal").dataset.p); return; }
    var mark = ev.target.closest("#doctext mark[data-p]");
    if (mark) {
      var id = mark.dataset.p.split(" ")[0];
      showPassage(id);
      var card = document.querySelector('.proposal[data-p="' + id + '"]');
      if (card) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  });
  document.addEventListener("keydown", function (ev) {
    var quote = ev.target.closest && ev.target.closest(".proposal .quote");
    if (quote && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); showPassage(quote.closest(".proposal").dataset.p); }
  });
  if (location.hash.indexOf("#proposal-") === 0) {
    var card = document.querySelector(location.hash);
    if (card) { showPassage(card.dataset.p); card.scrollIntoView({ block: "center" }); }
  }
})();
