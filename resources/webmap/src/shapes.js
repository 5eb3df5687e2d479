// The app's node symbols as SVG paths in a 1 x 1 square centred on (0, 0), y down as on
// screen: the same coordinates as pyqtgraph's symbols and aspdesk/graph/styling/shapes.py,
// so a shape here is the shape the desktop app draws. The legend draws these paths as SVG;
// the graph's WebGL program samples them from a texture drawn from the same paths.

const POLYGONS = {
  t: [[-0.5, -0.5], [0, 0.5], [0.5, -0.5]],
  t1: [[-0.5, 0.5], [0, -0.5], [0.5, 0.5]],
  d: [[0, -0.5], [-0.4, 0], [0, 0.5], [0.4, 0]],
  s: [[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]],
  "+": [
    [-0.5, -0.1], [-0.5, 0.1], [-0.1, 0.1], [-0.1, 0.5], [0.1, 0.5], [0.1, 0.1],
    [0.5, 0.1], [0.5, -0.1], [0.1, -0.1], [0.1, -0.5], [-0.1, -0.5], [-0.1, -0.1],
  ],
  p: [[0, -0.5], [-0.4755, -0.1545], [-0.2939, 0.4045], [0.2939, 0.4045], [0.4755, -0.1545]],
  h: [[0.433, 0.25], [0, 0.5], [-0.433, 0.25], [-0.433, -0.25], [0, -0.5], [0.433, -0.25]],
  star: [
    [0, -0.5], [-0.1123, -0.1545], [-0.4755, -0.1545], [-0.1816, 0.059], [-0.2939, 0.4045],
    [0, 0.191], [0.2939, 0.4045], [0.1816, 0.059], [0.4755, -0.1545], [0.1123, -0.1545],
  ],
};

const CIRCLE = "M0.5 0A0.5 0.5 0 1 1 -0.5 0A0.5 0.5 0 1 1 0.5 0Z";
// A project: a rounded landscape card, as the app's project_card.
const CARD =
  "M-0.34 -0.34H0.34A0.16 0.16 0 0 1 0.5 -0.18V0.18A0.16 0.16 0 0 1 0.34 0.34" +
  "H-0.34A0.16 0.16 0 0 1 -0.5 0.18V-0.18A0.16 0.16 0 0 1 -0.34 -0.34Z";

function polygonPath(points) {
  return "M" + points.map(([x, y]) => `${x} ${y}`).join("L") + "Z";
}

/** Shape codes in texture order; index 0 (the circle) is also the fallback. */
export const SHAPE_CODES = ["o", "s", "d", "t", "t1", "h", "p", "star", "+", "card"];

const PATHS = { o: CIRCLE, card: CARD, project_card: CARD };
for (const [code, points] of Object.entries(POLYGONS)) PATHS[code] = polygonPath(points);

/** The SVG path of a shape code (a circle for an unknown code). */
export function shapePath(code) {
  return PATHS[code] || CIRCLE;
}

/** The texture index of a shape code. */
export function shapeIndex(code) {
  const found = SHAPE_CODES.indexOf(code === "project_card" ? "card" : code);
  return found < 0 ? 0 : found;
}

/** The wedge of segment ``index`` of ``count``: clockwise from the top, as the app cuts its
 *  pies; radius 1 covers every shape. */
export function wedgePath(count, index) {
  if (count <= 1) return "M-1 -1H1V1H-1Z";
  const start = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const end = start + (2 * Math.PI) / count;
  const steps = Math.max(2, Math.ceil(24 / count));
  let d = "M0 0";
  for (let step = 0; step <= steps; step += 1) {
    const angle = start + ((end - start) * step) / steps;
    d += `L${Math.cos(angle).toFixed(4)} ${Math.sin(angle).toFixed(4)}`;
  }
  return d + "Z";
}

export const CELL = 128;
export const SHAPE_SCALE = 112 / 128; // a margin keeps mipmaps of one cell out of the next
export const ATLAS_CELLS = 16; // a power of two wide, for mipmaps

/** A canvas holding every shape, white on transparent, one 128 px cell each. */
export function shapeAtlas() {
  const canvas = document.createElement("canvas");
  canvas.width = CELL * ATLAS_CELLS;
  canvas.height = CELL;
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  SHAPE_CODES.forEach((code, index) => {
    context.setTransform(CELL * SHAPE_SCALE, 0, 0, CELL * SHAPE_SCALE, CELL * index + CELL / 2, CELL / 2);
    context.fill(new Path2D(shapePath(code)));
  });
  return canvas;
}
