// The card of a node: its name, public fields, memberships, ties, and contacts and notes
// when the export included personal data. Text only through textContent; the one link is
// the website, and only when it is an http(s) address.

import { el } from "./dom.js";
import { format, isWebAddress } from "./text.js";

function list(items) {
  return el("ul", {}, items.map((text) => el("li", { text })));
}

function section(title, body) {
  return el("section", { class: "card-part" }, [el("h3", { text: title }), body]);
}

function websiteLink(url) {
  return el("a", { href: url.trim(), target: "_blank", rel: "noopener noreferrer", text: url });
}

function fieldRows(card, strings) {
  const website = isWebAddress(card.website) ? card.website : "";
  const rows = [];
  let linked = false;
  for (const pair of Array.isArray(card.fields) ? card.fields : []) {
    const [label, value] = Array.isArray(pair) ? pair : ["", ""];
    const isSite = website && String(value) === website;
    linked = linked || isSite;
    rows.push(el("dt", { text: label }), el("dd", {}, [isSite ? websiteLink(website) : String(value)]));
  }
  if (website && !linked) rows.push(el("dt", { text: strings.website }), el("dd", {}, [websiteLink(website)]));
  return rows.length ? el("dl", {}, rows) : null;
}

function tieText(tie, strings) {
  const template = { out: strings.tieOut, in: strings.tieIn }[tie.direction] || strings.tieBoth;
  const line = format(template, { name: tie.other || "" });
  return tie.type ? `${line} (${tie.type})` : line;
}

function contactText(contact) {
  return ["name", "title", "email", "phone"]
    .map((field) => contact[field])
    .filter((value) => value)
    .join(", ");
}

/** The elements of ``card`` (the data's card of a node) in ``strings``' language. */
export function cardContent(card, strings) {
  const parts = [];
  const heading = el("h2", { class: "card-name", text: card.name || "" });
  if (card.short && card.short !== card.name) heading.append(el("span", { class: "short", text: ` (${card.short})` }));
  parts.push(heading, fieldRows(card, strings));
  const memberships = Array.isArray(card.memberships) ? card.memberships : [];
  if (memberships.length) {
    const lines = memberships.map((m) => [m.cluster, m.role, m.period].filter((v) => v).join(", "));
    parts.push(section(strings.memberships, list(lines)));
  }
  const ties = Array.isArray(card.ties) ? card.ties : [];
  if (ties.length) parts.push(section(strings.ties, list(ties.map((t) => tieText(t, strings)))));
  if (Array.isArray(card.contacts) && card.contacts.length) {
    parts.push(section(strings.contacts, list(card.contacts.map(contactText))));
  }
  if (typeof card.notes === "string" && card.notes) {
    parts.push(section(strings.notes, el("p", { class: "notes", text: card.notes })));
  }
  return parts.filter((part) => part);
}
