// Keyboard review: j/k move between rows, v verifies, r rejects, n opens the next page.
(function () {
  function rows() { return Array.from(document.querySelectorAll(".review-row")); }
  function current() { return document.activeElement && document.activeElement.closest(".review-row"); }
  function focusRow(index) {
    const all = rows();
    if (all.length) all[Math.max(0, Math.min(index, all.length - 1))].focus();
  }
  document.addEventListener("DOMContentLoaded", () => focusRow(0));
  document.addEventListener("htmx:afterSwap", (event) => {
    // After a verdict the next row takes the focus, so v/r can be pressed again at once.
    const swapped = document.getElementById(event.detail.target.id) || event.detail.elt;
    const all = rows();
    const index = all.findIndex((row) => row.id === (swapped && swapped.id));
    if (index >= 0) focusRow(index + 1);
  });
  document.addEventListener("keydown", (event) => {
    if (event.target.matches("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = current();
    const index = row ? rows().indexOf(row) : -1;
    if (event.key === "j") { focusRow(index + 1); event.preventDefault(); }
    else if (event.key === "k") { focusRow(index - 1); event.preventDefault(); }
    else if (event.key === "v" && row) { row.querySelector("button.verify").click(); event.preventDefault(); }
    else if (event.key === "r" && row) { row.querySelector("button.reject").click(); event.preventDefault(); }
    else if (event.key === "n") { const next = document.getElementById("next-page"); if (next) next.click(); }
  });
})();
