// Parses GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser)
// and converts each to its workflow template, which is where semantic errors surface.
// Usage: node workflow-parse.mjs FILE...   Exit 0 when every file is clean, 1 otherwise.
import { readFile } from "node:fs/promises";
import { register } from "node:module";

register("./json-loader.mjs", import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(
  "@actions/workflow-parser"
);

let failed = 0;
for (const path of process.argv.slice(2)) {
  const content = await readFile(path, "utf8");
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length === 0 && parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) errors.push(e.Message ?? e.message ?? String(e));
    if ((template.jobs ?? []).length === 0) errors.push("no jobs after conversion");
  }
  if (!parsed.value) errors.push("the parser returned no workflow");
  if (errors.length > 0) {
    failed++;
    for (const e of errors) console.log(`${path}: ${e}`);
  } else {
    console.log(`${path}: ok`);
  }
}
process.exit(failed === 0 ? 0 : 1);
