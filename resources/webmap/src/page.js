// The page's frame: header with the title, search and zoom buttons; the steps' bar; the
// graph and, beside it (below it on a phone), the side panel with the card, the legend,
// the filters and the footer. The ids are the contract's DOM hooks.

import { el } from "./dom.js";
import { format } from "./text.js";

function button(id, label, symbol) {
  return el("button", { id, type: "button", "aria-label": label, title: label, text: symbol });
}

/** Builds the frame into document.body for ``data``; returns nothing (find parts by id). */
export function buildPage(data) {
  const s = data.strings;
  const header = el("header", { id: "top" }, [
    el("h1", { id: "map-title", text: data.title }),
    el("div", { id: "search-box", role: "search" }, [
      el("input", {
        id: "search", type: "search", placeholder: s.search, "aria-label": s.search,
        autocomplete: "off", spellcheck: "false", role: "combobox",
        "aria-autocomplete": "list", "aria-controls": "search-results", "aria-expanded": "false",
      }),
      el("ul", { id: "search-results", role: "listbox", hidden: true }),
    ]),
    el("div", { id: "zoom", role: "group" }, [
      button("zoom-in", s.zoomIn, "+"),
      button("zoom-out", s.zoomOut, "\u2212"),
      button("fit", s.fit, "\u2922"),
    ]),
  ]);
  const steps = el("nav", { id: "steps", "aria-label": s.stepOf ? "steps" : null }, [
    button("prev", s.previous, "\u2039"),
    el("div", { id: "step-heading" }, [
      el("h2", { id: "step-title" }),
      el("span", { id: "step-count" }),
    ]),
    button("next", s.next, "\u203a"),
  ]);
  const graphBox = el("div", { id: "graph-box" }, [
    el("div", { id: "graph", tabindex: "0", "aria-label": data.title }),
    el("div", { id: "hover-card", class: "card", hidden: true, "aria-hidden": "true" }),
  ]);
  const card = el("section", { id: "card", class: "card", hidden: true, "aria-live": "polite" }, [
    button("card-close", s.close, "\u00d7"),
    el("div", { id: "card-body" }),
  ]);
  const legend = el("section", { id: "legend-panel" }, [
    el("div", { class: "panel-head" }, [
      el("h2", { text: s.legend }),
      el("button", {
        id: "legend-toggle", type: "button", class: "small", "aria-expanded": "true",
        "aria-controls": "legend", text: s.hideLegend,
      }),
    ]),
    el("div", { id: "legend", "aria-label": s.legend }),
  ]);
  const filters = el("section", { id: "filters" }, [
    el("h2", { text: s.filters }),
    el("p", { id: "shown-count", "aria-live": "polite" }),
  ]);
  const footer = el("footer", { id: "made", text: format(s.made, { date: data.made || "" }) });
  // The neighbourhood's line goes beside the graph too: above it, it would resize the graph.
  const status = el("p", { id: "status", "aria-live": "polite", hidden: true });
  const side = el("aside", { id: "side" }, [status, card, legend, filters, footer]);
  const main = el("main", { id: "layout" }, [graphBox, side]);
  document.body.append(header, steps, main);
}

/** Replaces the page with one plain message (the data could not be read or drawn). */
export function showProblem(message) {
  document.body.replaceChildren(el("p", { id: "problem", role: "alert", text: message }));
  document.body.dataset.ready = "error";
}
