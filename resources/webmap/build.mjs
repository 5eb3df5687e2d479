// Builds the web map's assets: one minified IIFE bundle (webmap.js), the minified style
// (webmap.css) and the licence texts of every bundled package (THIRD_PARTY_LICENSES.txt).
// aspdesk/io/exporting/web_page.py inlines the first two into each exported page.

import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const result = await build({
  entryPoints: [join(here, "src/main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  metafile: true,
  outfile: join(here, "webmap.js"),
  logLevel: "warning",
});

await build({
  entryPoints: [join(here, "src/style.css")],
  bundle: true,
  minify: true,
  outfile: join(here, "webmap.css"),
  logLevel: "warning",
});

// Inlined into the page, "</script" or "</style" would end the element early: refuse.
for (const [file, closing] of [["webmap.js", /<\/script/i], ["webmap.css", /<\/style/i]]) {
  if (closing.test(readFileSync(join(here, file), "utf8"))) {
    throw new Error(`${file} contains ${closing.source}: it cannot be inlined into the page`);
  }
}

// The packages whose code is in the bundle, found from esbuild's own list of inputs.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packages.add(match[1]);
}

const sections = [];
for (const name of [...packages].sort()) {
  const folder = join(here, "node_modules", name);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const licenceFile = ["LICENSE", "LICENSE.txt", "LICENSE.md", "license", "LICENCE"]
    .map((file) => join(folder, file))
    .find((file) => existsSync(file));
  if (!licenceFile) throw new Error(`${name} has no licence file to copy`);
  sections.push(
    `${name} ${manifest.version} (${manifest.license})\n${"-".repeat(72)}\n` +
      readFileSync(licenceFile, "utf8").trim(),
  );
}
writeFileSync(
  join(here, "THIRD_PARTY_LICENSES.txt"),
  "aspdesk's web map (webmap.js) bundles these packages; their licences follow.\n\n" +
    sections.join("\n\n\n") +
    "\n",
);
// What the outputs were built from, so a test (without Node.js) sees when a source changed
// and the outputs were not built again: tests/unit/test_web_page.py hashes the same way.
const hash = createHash("sha256");
const inputs = ["build.mjs", "package-lock.json", ...readdirSync(join(here, "src")).map((f) => `src/${f}`)];
for (const name of inputs.sort()) {
  hash.update(`${name}\n`);
  hash.update(readFileSync(join(here, name)));
}
writeFileSync(join(here, "built-from.sha256"), `${hash.digest("hex")}\n`);
console.log(`bundled: ${[...packages].sort().join(", ")}`);
