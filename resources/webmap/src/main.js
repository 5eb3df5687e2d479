// aspdesk's web map: reads the map's data from the page (the JSON of the contract of
// issue 17), builds the page around it and draws the network with sigma.

import { cardContent } from "./card.js";
import { applyFilters, buildFilters, filterState, setupSearch } from "./controls.js";
import { byId } from "./dom.js";
import { fillLegend } from "./legend.js";
import { MapView, allStepsBox, stepGraph } from "./map-view.js";
import { buildPage, showProblem } from "./page.js";
import { cssColour, format } from "./text.js";

const started = performance.now();
const UNREADABLE = "Karttaa ei voi näyttää: sen tiedot puuttuvat tai ovat vioittuneet. / " +
  "The map cannot be shown: its data is missing or damaged.";
const NO_WEBGL = "Selain ei osaa piirtää karttaa (WebGL puuttuu). / " +
  "This browser cannot draw the map (no WebGL).";
const THEME = {
  background: "#ffffff", text: "#1a1a1a", labelBacking: "rgba(255,255,255,0.78)",
  highlight: "#ff8c00", outline: "#262626",
};

function readData() {
  const data = JSON.parse(byId("aspdesk-data").textContent);
  if (!data || typeof data !== "object" || !Array.isArray(data.steps) || !data.steps.length) {
    throw new Error("no steps");
  }
  data.strings = data.strings && typeof data.strings === "object" ? data.strings : {};
  data.theme = { ...THEME, ...(data.theme || {}) };
  data.cards = data.cards && typeof data.cards === "object" ? data.cards : {};
  data.title = String(data.title || "");
  return data;
}

function applyTheme(theme) {
  const style = document.documentElement.style;
  style.setProperty("--background", cssColour(theme.background));
  style.setProperty("--text", cssColour(theme.text));
  style.setProperty("--highlight", cssColour(theme.highlight));
}

class WebMap {
  constructor(data) {
    this.data = data;
    this.strings = data.strings;
    this.index = 0;
    this.selected = null;
    buildPage(data);
    buildFilters(byId("filters"), data, () => this.filter());
    const first = stepGraph(data.steps[0], data.theme);
    this.view = new MapView(byId("graph"), first, data.theme, allStepsBox(data.steps));
    this.wire();
    this.step(0, false);
    this.built = true;
  }

  get graph() {
    return this.view.graph;
  }

  name(key) {
    const card = this.data.cards[key];
    return String((card && card.name) || this.graph.getNodeAttribute(key, "label") || key);
  }

  searchEntries() {
    const entries = [];
    this.graph.forEachNode((key, attributes) => {
      if (attributes.hidden) return;
      const card = this.data.cards[key] || {};
      entries.push({ key, name: this.name(key), short: String(card.short || attributes.label || ""), size: attributes.size });
    });
    return entries;
  }

  wire() {
    const renderer = this.view.renderer;
    setupSearch(byId("search"), byId("search-results"), () => this.searchEntries(), (key) => this.select(key), this.strings);
    renderer.on("clickNode", ({ node }) => this.select(node));
    renderer.on("clickStage", () => this.select(null));
    renderer.on("enterNode", ({ node, event }) => this.hover(node, event));
    renderer.on("leaveNode", () => {
      byId("hover-card").hidden = true;
    });
    byId("card-close").addEventListener("click", () => this.select(null));
    byId("zoom-in").addEventListener("click", () => this.view.zoom(1.5));
    byId("zoom-out").addEventListener("click", () => this.view.zoom(1 / 1.5));
    byId("fit").addEventListener("click", () => this.view.show(null, true));
    byId("prev").addEventListener("click", () => this.step(this.index - 1));
    byId("next").addEventListener("click", () => this.step(this.index + 1));
    const toggle = byId("legend-toggle");
    toggle.addEventListener("click", () => {
      const legend = byId("legend");
      legend.hidden = !legend.hidden;
      toggle.setAttribute("aria-expanded", String(!legend.hidden));
      toggle.textContent = legend.hidden ? this.strings.showLegend : this.strings.hideLegend;
    });
    document.addEventListener("keydown", (event) => this.key(event));
    // Sigma follows the window's size only; the graph's box also changes with the panel
    // below it on a phone, or when a phone turns.
    new ResizeObserver(() => {
      this.view.frame();
      renderer.resize();
      renderer.refresh();
    }).observe(byId("graph"));
  }

  key(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const steps = this.data.steps.length > 1 && !event.shiftKey;
    const actions = {
      ArrowLeft: () => (steps ? this.step(this.index - 1) : this.view.pan(-0.1, 0)),
      ArrowRight: () => (steps ? this.step(this.index + 1) : this.view.pan(0.1, 0)),
      PageUp: () => this.step(this.index - 1),
      PageDown: () => this.step(this.index + 1),
      ArrowUp: () => this.view.pan(0, 0.1),
      ArrowDown: () => this.view.pan(0, -0.1),
      "+": () => this.view.zoom(1.5),
      "=": () => this.view.zoom(1.5),
      "-": () => this.view.zoom(1 / 1.5),
      0: () => this.view.show(null, true),
      Home: () => this.view.show(null, true),
      Escape: () => this.select(null),
    };
    const action = actions[event.key];
    if (!action) return;
    if (target instanceof HTMLButtonElement && (event.key === "Enter" || event.key === " ")) return;
    event.preventDefault();
    action();
  }

  /** Shows step ``index``: its graph, title, legend and view. */
  step(index, animate = true) {
    const steps = this.data.steps;
    if (index < 0 || index >= steps.length) return;
    const step = steps[index];
    this.index = index;
    this.select(null);
    if (this.built) {
      // Filtered before sigma sees it: sigma then indexes the graph once, as it is shown.
      const graph = stepGraph(step, this.data.theme);
      applyFilters(graph, filterState(byId("filters")));
      this.view.setGraph(graph);
    }
    const title = String(step.title || "");
    byId("step-title").textContent = title;
    byId("step-count").textContent = format(this.strings.stepOf, { n: index + 1, total: steps.length });
    byId("steps").hidden = steps.length < 2;
    byId("prev").disabled = index === 0;
    byId("next").disabled = index === steps.length - 1;
    fillLegend(byId("legend"), step.legend, this.data.theme.outline);
    this.filter();
    this.view.show(step.region, animate);
  }

  filter() {
    applyFilters(this.graph, filterState(byId("filters")));
    let shown = 0;
    this.graph.forEachNode((key, attributes) => {
      if (!attributes.hidden) shown += 1;
    });
    byId("shown-count").textContent = format(this.strings.nodesShown, { n: shown });
    if (this.selected && this.graph.getNodeAttribute(this.selected, "hidden")) this.select(null);
  }

  /** Selects ``key`` (null: clears): centres it, highlights its ties, opens its card. */
  select(key) {
    const valid = key && this.graph.hasNode(key) && !this.graph.getNodeAttribute(key, "hidden");
    this.selected = valid ? key : null;
    this.view.highlight(this.selected);
    const card = byId("card");
    const status = byId("status");
    if (!this.selected) {
      card.hidden = true;
      status.hidden = true;
      return;
    }
    this.view.centreOn(key);
    byId("card-body").replaceChildren(...cardContent(this.data.cards[key] || { name: this.name(key) }, this.strings));
    card.hidden = false;
    byId("side").scrollTop = 0;
    status.textContent = format(this.strings.neighbourhood, { name: this.name(key) });
    status.hidden = false;
  }

  hover(key, event) {
    const box = byId("hover-card");
    const original = event && event.original;
    if (!original || (original.type && original.type.startsWith("touch"))) return;
    box.replaceChildren(...cardContent(this.data.cards[key] || { name: this.name(key) }, this.strings));
    box.hidden = false;
    const area = byId("graph-box").getBoundingClientRect();
    const left = Math.min(event.x + 16, area.width - box.offsetWidth - 8);
    const top = Math.min(event.y + 16, area.height - box.offsetHeight - 8);
    box.style.left = `${Math.max(8, left)}px`;
    box.style.top = `${Math.max(8, top)}px`;
  }
}

function start() {
  let data;
  try {
    data = readData();
  } catch {
    showProblem(UNREADABLE);
    return;
  }
  applyTheme(data.theme);
  const probe = document.createElement("canvas");
  if (!probe.getContext("webgl2") && !probe.getContext("webgl")) {
    showProblem(NO_WEBGL);
    return;
  }
  let map;
  try {
    map = new WebMap(data);
  } catch (error) {
    console.error(error);
    showProblem(UNREADABLE);
    return;
  }
  window.aspdeskWebMap = Object.freeze({
    get graph() {
      return map.graph;
    },
    renderer: map.view.renderer,
    data,
    select: (key) => map.select(key),
    step: (index) => map.step(index),
  });
  map.view.renderer.refresh();
  // The first callback runs before the frame is painted; the second after it was, when the
  // browser has drawn it (on a processor without a graphics card, seconds later).
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      document.body.dataset.drawMs = String(Math.round(performance.now() - started));
      document.body.dataset.ready = "1";
    }),
  );
}

start();
