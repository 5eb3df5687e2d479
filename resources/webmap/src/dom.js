// Building the page's elements. Map text is only ever set as textContent: no text of the
// map is parsed as HTML.

const SVG = "http://www.w3.org/2000/svg";

/** A new element: ``attributes`` set as attributes (``text`` as its textContent), then the
 *  children appended. */
export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A new SVG element with ``attributes``. */
export function svg(tag, attributes = {}, children = []) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** The element of ``id``. */
export function byId(id) {
  return document.getElementById(id);
}
