// The legend of a step, beside the graph: the same shapes, pie segments, colours and line
// styles as the graph (shapes.js, edge-program.js), drawn as small inline SVG.

import { DASH_PATTERNS } from "./edge-program.js";
import { el, svg } from "./dom.js";
import { shapePath, wedgePath } from "./shapes.js";
import { cssColour } from "./text.js";

let clipCount = 0;

function nodeSymbol(entry, outline) {
  const shape = shapePath(entry.shape);
  const segments = Array.isArray(entry.segments) ? entry.segments.slice(0, 6) : [];
  const parts = [];
  if (segments.length > 1) {
    clipCount += 1;
    const id = `legend-clip-${clipCount}`;
    parts.push(svg("clipPath", { id }, [svg("path", { d: shape })]));
    segments.forEach((colour, index) => {
      parts.push(svg("path", {
        d: wedgePath(segments.length, index), fill: cssColour(colour), "clip-path": `url(#${id})`,
      }));
    });
    parts.push(svg("path", { d: shape, fill: "none", stroke: outline, "stroke-width": 1, "vector-effect": "non-scaling-stroke" }));
  } else {
    parts.push(svg("path", {
      d: shape, fill: cssColour(entry.colour), stroke: outline, "stroke-width": 1,
      "vector-effect": "non-scaling-stroke",
    }));
  }
  return svg("svg", { width: 22, height: 22, viewBox: "-0.6 -0.6 1.2 1.2", "aria-hidden": "true", class: "symbol" }, parts);
}

function lineSymbol(entry) {
  const width = Math.max(0.5, Math.min(Number(entry.width) || 1, 6));
  const pattern = DASH_PATTERNS[entry.dash] || [];
  const attributes = {
    x1: 2, y1: 8, x2: 42, y2: 8, stroke: cssColour(entry.colour), "stroke-width": width,
  };
  if (pattern.length) {
    attributes["stroke-dasharray"] = pattern.map((v) => v * Math.max(width, 1.5)).join(" ");
  }
  return svg("svg", { width: 44, height: 16, "aria-hidden": "true", class: "symbol line" }, [svg("line", attributes)]);
}

/** Fills ``container`` with the legend of ``legend`` (a step's). */
export function fillLegend(container, legend, outline) {
  const items = [];
  for (const entry of (legend && legend.nodes) || []) {
    items.push(el("li", {}, [nodeSymbol(entry, cssColour(outline)), el("span", { text: entry.label })]));
  }
  for (const entry of (legend && legend.lines) || []) {
    items.push(el("li", {}, [lineSymbol(entry), el("span", { text: entry.label })]));
  }
  const notes = ((legend && legend.notes) || []).map((note) => el("li", { class: "note", text: note }));
  container.replaceChildren(el("ul", { class: "legend-items" }, items));
  if (notes.length) container.append(el("ul", { class: "legend-notes" }, notes));
}
