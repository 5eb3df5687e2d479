// The graph of a step as graphology holds it, and the sigma renderer that draws it: the
// app's colours and sizes, y flipped (the app's y grows down, sigma's up), labels with a
// backing, the selected node's neighbourhood highlighted, and the camera moves.

import Graph from "graphology";
import Sigma from "sigma";
import { StyledArrowProgram, StyledLineProgram } from "./edge-program.js";
import { ShapeNodeProgram } from "./node-program.js";
import { solid } from "./text.js";

const DIMMED = 0.65; // how far the app's dimmed nodes and ties fade towards the background
const FADED = 0.85; // nodes outside the selected node's neighbourhood
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
// Past this many ties the edges are left out while the camera moves, so panning stays fluid.
const EDGES_HIDDEN_WHILE_MOVING = 8000;
// Up to this many nodes every label is drawn, as the app draws them (its LABEL_ALL_BELOW);
// above it sigma's label grid picks, bigger nodes first.
const LABEL_ALL_BELOW = 160;

function number(value, fallback) {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** The graphology graph of ``step``: nodes keyed as in the data, ties ``e<index>``. */
export function stepGraph(step, theme) {
  const back = theme.background;
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: false });
  const nodes = Array.isArray(step.nodes) ? step.nodes : [];
  const labelAll = nodes.length <= LABEL_ALL_BELOW;
  for (const node of nodes) {
    if (!node || typeof node.key !== "string" || graph.hasNode(node.key)) continue;
    const fade = node.dimmed ? DIMMED : 0;
    const segments = Array.isArray(node.segments) ? node.segments : [];
    graph.addNode(node.key, {
      x: number(node.x, 0),
      y: -number(node.y, 0),
      size: Math.max(1, number(node.size, 12) / 2),
      color: solid(node.colour, back, fade),
      segments: segments.length > 1 ? segments.map((colour) => solid(colour, back, fade)) : [],
      shape: String(node.shape || "o"),
      label: node.label ? String(node.label) : null,
      kind: String(node.kind || ""),
      clusters: Array.isArray(node.clusters) ? node.clusters.map(String) : [],
      borderColor: solid(theme.outline, back, fade),
      borderWidth: 1,
      forceLabel: labelAll,
      hidden: false,
    });
  }
  (Array.isArray(step.edges) ? step.edges : []).forEach((edge, index) => {
    const source = nodes[edge && edge.s];
    const target = nodes[edge && edge.t];
    if (!source || !target || source.key === target.key) return;
    if (!graph.hasNode(source.key) || !graph.hasNode(target.key)) return;
    const alpha = Math.min(255, Math.max(0, number(edge.alpha, 255))) / 255;
    const fade = 1 - alpha * (edge.dimmed ? 1 - DIMMED : 1);
    graph.addEdgeWithKey(`e${index}`, source.key, target.key, {
      color: solid(edge.colour, back, fade),
      size: Math.min(12, Math.max(0.5, number(edge.width, 1))),
      dash: String(edge.dash || "solid"),
      type: edge.directed ? "arrow" : "line",
      tieType: String(edge.type || ""),
    });
  });
  return graph;
}

/** The extent of every step's nodes in sigma's coordinates, so that steps share a frame. */
export function allStepsBox(steps) {
  const xs = [];
  const ys = [];
  for (const step of steps) {
    for (const node of Array.isArray(step.nodes) ? step.nodes : []) {
      xs.push(number(node && node.x, 0));
      ys.push(-number(node && node.y, 0));
    }
  }
  if (!xs.length) return null;
  const box = { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
  box.labelPx = rightLabelsPx(steps, box);
  return box;
}

const LABEL_SIZE = 13;
const STAGE_PADDING = 40;

/** How far (pixels) the labels of the nodes in the right quarter of ``box`` reach beyond
 * their nodes: labels are drawn right of their node, so the frame keeps that room. */
function rightLabelsPx(steps, box) {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return 0;
  context.font = `normal ${LABEL_SIZE}px ${LABEL_FONT}`;
  const from = box.x[1] - (box.x[1] - box.x[0]) / 4;
  let widest = 0;
  for (const step of steps) {
    for (const node of Array.isArray(step.nodes) ? step.nodes : []) {
      if (!node || !node.label || number(node.x, 0) < from) continue;
      const reach = number(node.size, 12) / 2 + 4 + context.measureText(String(node.label)).width + 6;
      widest = Math.max(widest, reach);
    }
  }
  return widest;
}

/** ``box`` widened on the right so that, in a graph ``width`` pixels wide, the labels of its
 * rightmost nodes fit (at most half the graph again, on a very narrow screen). */
export function withLabelRoom(box, width) {
  const span = box.x[1] - box.x[0];
  const room = width - 2 * STAGE_PADDING - box.labelPx;
  const extra = room > 40 ? (box.labelPx * span) / room : span / 2;
  return { x: [box.x[0], box.x[1] + Math.min(extra, span / 2)], y: box.y };
}

function labelDrawer(theme, hover) {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${hover ? "600" : settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const x = data.x + data.size + 4;
    context.fillStyle = hover ? theme.background : theme.labelBacking;
    context.fillRect(x - 3, data.y - size / 2 - 3, width + 6, size + 6);
    if (hover) {
      context.strokeStyle = theme.highlight;
      context.lineWidth = 1.5;
      context.strokeRect(x - 3, data.y - size / 2 - 3, width + 6, size + 6);
    }
    context.fillStyle = theme.text;
    context.fillText(data.label, x, data.y + size / 3);
  };
}

/** The view: sigma on ``container``, with the selection's highlight in its reducers. */
export class MapView {
  constructor(container, graph, theme, box) {
    this.theme = theme;
    this.selected = null;
    this.neighbours = new Set();
    this.faded = new Map();
    this.renderer = new Sigma(graph, container, {
      defaultNodeType: "shape",
      nodeProgramClasses: { shape: ShapeNodeProgram },
      defaultEdgeType: "line",
      edgeProgramClasses: { line: StyledLineProgram, arrow: StyledArrowProgram },
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: "normal",
      labelColor: { color: theme.text },
      defaultDrawNodeLabel: labelDrawer(theme, false),
      defaultDrawNodeHover: labelDrawer(theme, true),
      labelRenderedSizeThreshold: 5,
      hideEdgesOnMove: graph.size > EDGES_HIDDEN_WHILE_MOVING,
      zIndex: true,
      enableCameraRotation: false,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      stagePadding: STAGE_PADDING,
      allowInvalidContainer: true,
      nodeReducer: (key, attributes) => this.reduceNode(key, attributes),
      edgeReducer: (key, attributes) => this.reduceEdge(key, attributes),
    });
    this.box = box;
    this.frame();
  }

  /** Keep the frame of every step, with room for the labels right of the nodes at the
   * graph's present width (called again when the graph changes size). */
  frame() {
    if (!this.box) return;
    const width = this.renderer.getContainer().clientWidth;
    this.renderer.setCustomBBox(width > 0 ? withLabelRoom(this.box, width) : this.box);
  }

  get graph() {
    return this.renderer.getGraph();
  }

  fade(colour) {
    let faded = this.faded.get(colour);
    if (!faded) {
      faded = solid(colour, this.theme.background, FADED);
      this.faded.set(colour, faded);
    }
    return faded;
  }

  reduceNode(key, attributes) {
    if (!this.selected) return attributes;
    if (key === this.selected) {
      return { ...attributes, borderColor: this.theme.highlight, borderWidth: 3, forceLabel: true, zIndex: 2 };
    }
    if (this.neighbours.has(key)) return { ...attributes, forceLabel: true, zIndex: 1 };
    return {
      ...attributes,
      color: this.fade(attributes.color),
      segments: attributes.segments.map((colour) => this.fade(colour)),
      borderColor: this.fade(attributes.borderColor),
      label: null,
      zIndex: 0,
    };
  }

  reduceEdge(key, attributes) {
    if (!this.selected) return attributes;
    const [source, target] = this.graph.extremities(key);
    if (source === this.selected || target === this.selected) return { ...attributes, zIndex: 1 };
    return { ...attributes, hidden: true };
  }

  setGraph(graph) {
    this.selected = null;
    this.neighbours = new Set();
    // A changed setting re-indexes the graph at the next frame, and sigma refuses updates to
    // a graph waiting for that: change it only when it changes, before the graph.
    const hide = graph.size > EDGES_HIDDEN_WHILE_MOVING;
    if (this.renderer.getSetting("hideEdgesOnMove") !== hide) this.renderer.setSetting("hideEdgesOnMove", hide);
    this.renderer.setGraph(graph);
    this.renderer.refresh();
  }

  /** Highlights ``key`` and its neighbours (null: none). */
  highlight(key) {
    this.selected = key;
    this.neighbours = new Set(key ? this.graph.neighbors(key) : []);
    this.renderer.refresh();
  }

  camera() {
    return this.renderer.getCamera();
  }

  /** The camera's state that shows ``region`` ([x, y, w, h] in the app's units, y down). */
  regionState(region) {
    const [x, y, w, h] = region.map((v) => number(v, 0));
    const a = this.renderer.graphToViewport({ x, y: -y });
    const b = this.renderer.graphToViewport({ x: x + w, y: -(y + h) });
    const { width, height } = this.renderer.getDimensions();
    const state = this.camera().getState();
    const spread = Math.max(Math.abs(b.x - a.x) / (width * 0.92), Math.abs(b.y - a.y) / (height * 0.92));
    const centre = this.renderer.viewportToFramedGraph({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    const ratio = Math.min(4, Math.max(0.01, state.ratio * (spread || 1)));
    return { x: centre.x, y: centre.y, ratio, angle: 0 };
  }

  /** Shows ``region``, or everything when it is null. */
  show(region, animate) {
    const camera = this.camera();
    const valid = Array.isArray(region) && region.length === 4 && Number(region[2]) > 0 && Number(region[3]) > 0;
    const state = valid ? this.regionState(region) : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (animate) camera.animate(state, { duration: 400 });
    else camera.setState(state);
  }

  /** Moves the camera so that ``key`` is in the middle, at the same zoom: its neighbours,
   *  highlighted, stay in sight as far as they were. */
  centreOn(key) {
    const data = this.renderer.getNodeDisplayData(key);
    if (data) this.camera().animate({ x: data.x, y: data.y }, { duration: 350 });
  }

  zoom(factor) {
    const camera = this.camera();
    const ratio = Math.min(4, Math.max(0.01, camera.getState().ratio / factor));
    camera.animate({ ratio }, { duration: 200 });
  }

  pan(dx, dy) {
    const camera = this.camera();
    const state = camera.getState();
    camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 150 });
  }
}
