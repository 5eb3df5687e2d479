// The search box with its completion list, and the filters by cluster, kind and tie type.

import { el } from "./dom.js";
import { fold } from "./text.js";

const MAX_MATCHES = 10;

/** Entries of ``entries`` ({key, name, short, size}) that match ``query``: as typed (any
 *  case) first; only when nothing matches so, ignoring diacritics too ("sami": "Sámi"). */
export function matches(entries, query) {
  const raw = query.trim().toLowerCase();
  if (!raw) return [];
  const rank = (texts, needle) => {
    const found = [];
    for (const entry of entries) {
      const places = texts(entry).map((text) => text.indexOf(needle)).filter((at) => at >= 0);
      if (places.length) found.push([Math.min(...places) === 0 ? 0 : 1, -entry.size, entry.name, entry]);
    }
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    return found.slice(0, MAX_MATCHES).map((item) => item[3]);
  };
  const direct = rank((e) => [e.name.toLowerCase(), e.short.toLowerCase()], raw);
  return direct.length ? direct : rank((e) => [fold(e.name), fold(e.short)], fold(raw));
}

/** Wires ``input`` and its ``list``: ``entries()`` gives what can be found, ``pick(key)``
 *  selects a node. */
export function setupSearch(input, list, entries, pick, strings) {
  let shown = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    shown = [];
    active = -1;
  };
  const mark = (index) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `search-match-${index}`);
  };
  const choose = (entry) => {
    close();
    input.value = entry.name;
    pick(entry.key);
  };
  const update = () => {
    shown = matches(entries(), input.value);
    active = -1;
    if (!input.value.trim()) return close();
    const items = shown.map((entry, index) => {
      const item = el("li", { id: `search-match-${index}`, role: "option", "aria-selected": "false" }, [
        el("span", { class: "name", text: entry.name }),
        entry.short && entry.short !== entry.name ? el("span", { class: "short", text: entry.short }) : null,
      ]);
      item.addEventListener("mousedown", (event) => event.preventDefault());
      item.addEventListener("click", () => choose(entry));
      return item;
    });
    if (!items.length) items.push(el("li", { class: "no-match", "aria-disabled": "true", text: strings.noMatch }));
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  input.addEventListener("input", update);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && shown.length) {
      mark((active + 1) % shown.length);
      event.preventDefault();
    } else if (event.key === "ArrowUp" && shown.length) {
      mark((active - 1 + shown.length) % shown.length);
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (!shown.length) update();
      if (shown.length) choose(shown[Math.max(active, 0)]);
      event.preventDefault();
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  return { close };
}

const GROUPS = [
  ["cluster", "clusters", (c) => [String(c.id), c.name]],
  ["kind", "kinds", (k) => [String(k.code), k.label]],
  ["tie", "tieTypes", (t) => [String(t.code), t.label]],
];

/** Adds a fieldset of checkboxes for each filter the data offers to ``container``; calls
 *  ``changed()`` on every change. */
export function buildFilters(container, data, changed) {
  const strings = data.strings;
  for (const [filter, key, valueLabel] of GROUPS) {
    const options = Array.isArray(data[key]) ? data[key] : [];
    if (!options.length) continue;
    const boxes = [];
    const rows = options.map((option) => {
      const [value, label] = valueLabel(option);
      const box = el("input", { type: "checkbox", "data-filter": filter, value, checked: true });
      box.checked = true;
      boxes.push(box);
      return el("label", { class: "filter" }, [box, el("span", { text: label })]);
    });
    const setAll = (checked) => () => {
      boxes.forEach((box) => {
        box.checked = checked;
      });
      changed();
    };
    const all = el("button", { type: "button", class: "small", text: strings.all });
    const none = el("button", { type: "button", class: "small", text: strings.none });
    all.addEventListener("click", setAll(true));
    none.addEventListener("click", setAll(false));
    const fieldset = el("fieldset", { "data-group": filter }, [
      el("legend", { text: strings[key] }),
      el("div", { class: "all-none" }, [all, none]),
      ...rows,
    ]);
    fieldset.addEventListener("change", changed);
    container.append(fieldset);
  }
}

/** What the filters leave out: sets of unchecked cluster ids, kind codes and tie types. */
export function filterState(container) {
  const off = { cluster: new Set(), kind: new Set(), tie: new Set() };
  for (const box of container.querySelectorAll("input[data-filter]")) {
    if (!box.checked) off[box.dataset.filter].add(box.value);
  }
  return off;
}

/** Sets the ``hidden`` attribute of ``graph``'s nodes and ties from ``off``: an actor of an
 *  unchecked kind, an actor all of whose clusters are unchecked (one with none stays), the
 *  hub of an unchecked cluster, a tie of an unchecked type. */
export function applyFilters(graph, off) {
  graph.updateEachNodeAttributes((key, attributes) => {
    let hidden = false;
    if (key[0] === "a") {
      const clusters = attributes.clusters;
      hidden = off.kind.has(attributes.kind) || (clusters.length > 0 && clusters.every((id) => off.cluster.has(id)));
    } else if (key[0] === "c") {
      hidden = off.cluster.has(key.slice(1));
    }
    return attributes.hidden === hidden ? attributes : { ...attributes, hidden };
  });
  graph.updateEachEdgeAttributes((key, attributes) => {
    const hidden = attributes.tieType !== "" && off.tie.has(attributes.tieType);
    return attributes.hidden === hidden ? attributes : { ...attributes, hidden };
  });
}
