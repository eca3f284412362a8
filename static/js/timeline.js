// Draws every Plotly figure the server put in the page as JSON, and again after HTMX swaps.
function drawFigures() {
  if (!window.Plotly) return;
  document.querySelectorAll("[data-figure]").forEach((chart) => {
    const data = document.getElementById(chart.dataset.figure);
    if (!data) return;
    const figure = JSON.parse(data.textContent);
    Plotly.react(chart, figure.data, figure.layout, { responsive: true, displaylogo: false });
    if (!chart.dataset.clickBound) {
      chart.dataset.clickBound = "1";
      chart.on("plotly_click", (event) => {
        const id = event.points[0] && event.points[0].customdata;
        if (id) window.location.href = `/events/${id}/`;
      });
    }
  });
}
document.addEventListener("DOMContentLoaded", drawFigures);
document.addEventListener("htmx:afterSettle", drawFigures);
document.addEventListener("htmx:historyRestore", drawFigures);
