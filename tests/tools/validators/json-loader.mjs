// @actions/workflow-parser imports its schema JSON without an import attribute (it expects
// a bundler). This loader hook serves such .json imports as ES modules so plain Node runs it.
import { readFile } from "node:fs/promises";

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && url.endsWith(".json")) {
    const text = await readFile(new URL(url), "utf8");
    return { format: "module", source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
