// Small helpers for text and colour: templates of the strings, matching that ignores
// case and diacritics, colours checked and blended with the background.

/** ``template`` with each ``{name}`` replaced by ``values[name]``. */
export function format(template, values) {
  return String(template || "").replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** ``text`` in lower case without diacritics: "Sámi" -> "sami", "Čohkka" -> "cohkka". */
export function fold(text) {
  return String(text || "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i;

/** A colour as [r, g, b, a] (0–255, alpha 0–1), or ``fallback``'s for what is not a colour. */
export function parseColour(text, fallback = "#808080") {
  const value = String(text || "").trim();
  let match = HEX.exec(value);
  if (match) {
    let hex = match[1];
    if (hex.length === 3) hex = hex.replace(/./g, "$&$&");
    const alpha = hex.length === 8 ? parseInt(hex.slice(6, 8), 16) / 255 : 1;
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(alpha);
  }
  match = RGB.exec(value);
  if (match) {
    const channels = match.slice(1, 4).map((v) => Math.min(255, Math.round(Number(v))));
    return channels.concat(match[4] === undefined ? 1 : Math.min(1, Number(match[4])));
  }
  return fallback === null ? null : parseColour(fallback, null);
}

function hex([r, g, b]) {
  return "#" + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
}

/** ``colour`` made opaque over ``background`` and then moved ``fade`` (0–1) towards it:
 *  every colour the graph draws is opaque, so overlaps need no blending order. */
export function solid(colour, background, fade = 0) {
  const [r, g, b, a] = parseColour(colour);
  const back = parseColour(background, "#ffffff");
  const keep = a * (1 - fade);
  return hex([0, 1, 2].map((i) => [r, g, b][i] * keep + back[i] * (1 - keep)));
}

/** A colour safe to put in an SVG attribute or a style: the colour as #rrggbb. */
export function cssColour(colour) {
  return hex(parseColour(colour));
}

/** Whether ``url`` is an http(s) address, the only kind the page may link to. */
export function isWebAddress(url) {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url.trim());
}
