// Draws the pair timeline from the JSON the server put in the page, and redraws it after HTMX swaps.
function drawTimeline() {
  const data = document.getElementById("timeline-figure");
  const chart = document.getElementById("timeline-chart");
  if (!data || !chart || !window.Plotly) return;
  const figure = JSON.parse(data.textContent);
  Plotly.react(chart, figure.data, figure.layout, { responsive: true, displaylogo: false });
  chart.on("plotly_click", (event) => {
    const id = event.points[0] && event.points[0].customdata;
    if (id) window.location.href = `/events/${id}/`;
  });
}
document.addEventListener("DOMContentLoaded", drawTimeline);
document.addEventListener("htmx:afterSettle", drawTimeline);
