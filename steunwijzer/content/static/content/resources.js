// The resources filter while typing: hides the cards without every typed word, as the
// server does on submit (steunwijzer/content/filtering.py). Without this script the form
// works the same, one submit at a time.
(function () {
  "use strict";
  var form = document.querySelector("[data-resource-filter]");
  var input = document.getElementById("id_zoek");
  var count = document.getElementById("hulpbronnen-aantal");
  var empty = document.getElementById("geen-hulpbronnen");
  if (!form || !input || !count || !empty) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-filter-text]"));
  var total = count.getAttribute("data-total");
  var shownAtLoad = cards.length;
  var filteredAtLoad = count.textContent.indexOf("filter") !== -1;
  var wordsNote = empty.querySelector("[data-words]");
  var searchLink = empty.querySelector("[data-search-link]");
  var searchBase = searchLink ? searchLink.getAttribute("href").split("?")[0] : "";

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }
  function words(text) {
    // Letters and digits of any script, as the server's str.isalnum; each word once.
    var found = fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    return found ? found.split(" ").filter(function (word, index, all) {
      return all.indexOf(word) === index;
    }).slice(0, 8) : [];
  }
  function update() {
    var wanted = words(input.value);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute("data-filter-text");
      var match = wanted.every(function (word) { return text.indexOf(word) !== -1; });
      card.hidden = !match;
      if (match) { shown += 1; }
    });
    if (!wanted.length && !filteredAtLoad && shown === shownAtLoad) {
      count.textContent = total + " hulpbronnen.";
    } else {
      count.textContent = (shown === 0 ? "Geen van de " + total + " hulpbronnen past" :
        shown + " van de " + total + " hulpbronnen " + (shown === 1 ? "past" : "passen")) +
        " bij je filter.";
    }
    empty.hidden = shown > 0;
    var typed = input.value.trim();
    if (wordsNote) { wordsNote.textContent = typed ? " voor \u2018" + typed + "\u2019" : ""; }
    if (searchLink) {
      searchLink.setAttribute("href", typed ? searchBase + "?q=" + encodeURIComponent(typed) : searchBase);
    }
  }
  var timer = null;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 150);
  });
}());
