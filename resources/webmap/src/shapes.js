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
export const SHAPE_SCALE = 112 / 128; // room around each shape for the edge's smoothing
export const ATLAS_CELLS = 16;
/** The signed distances the atlas holds (shape units, positive inside), 0–255 between. */
export const DISTANCE_RANGE = [-0.08, 0.5];

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function polygonDistance(points, x, y) {
  let nearest = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    nearest = Math.min(nearest, segmentDistance(x, y, points[j], points[i]));
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? nearest : -nearest;
}

function cardDistance(x, y) {
  // The card: a rectangle of half-size 0.5 x 0.34 with corners of radius 0.16.
  const qx = Math.abs(x) - (0.5 - 0.16);
  const qy = Math.abs(y) - (0.34 - 0.16);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
  return 0.16 - outside;
}

/** The signed distance from (x, y) to the edge of shape ``code`` (positive inside). */
export function shapeDistance(code, x, y) {
  if (code === "o") return 0.5 - Math.hypot(x, y);
  if (code === "card") return cardDistance(x, y);
  return polygonDistance(POLYGONS[code], x, y);
}

/** Every shape's signed distance field, one 128 px cell each, as one byte per texel: the
 *  WebGL program reads the edge and the outline from it at any size, in one lookup. */
export function shapeAtlas() {
  const width = CELL * ATLAS_CELLS;
  const bytes = new Uint8Array(width * CELL);
  const [low, high] = DISTANCE_RANGE;
  SHAPE_CODES.forEach((code, index) => {
    for (let row = 0; row < CELL; row += 1) {
      const y = ((row + 0.5) / CELL - 0.5) / SHAPE_SCALE;
      for (let column = 0; column < CELL; column += 1) {
        const x = ((column + 0.5) / CELL - 0.5) / SHAPE_SCALE;
        const level = (shapeDistance(code, x, y) - low) / (high - low);
        bytes[row * width + index * CELL + column] = Math.round(255 * Math.max(0, Math.min(1, level)));
      }
    }
  });
  return { width, height: CELL, bytes };
}
