// Validates .gitlab-ci.yml files against GitLab's published CI JSON schema (ci.json),
// as shipped verbatim in the gitlab-ci-local package, with ajv (draft-07).
// Usage: node gitlab-ci-schema.mjs FILE...   Exit 0 when every file validates, 1 otherwise.
import { readFile } from "node:fs/promises";
import Ajv from "ajv";
import { parse } from "yaml";
import { schema } from "gitlab-ci-local/src/schema/schema.js";

const ajv = new Ajv({
  allErrors: true,
  allowUnionTypes: true,
  strictTypes: false,
  validateFormats: false,
  keywords: ["markdownDescription"],
});
const validate = ajv.compile(schema);

let failed = 0;
for (const path of process.argv.slice(2)) {
  const document = parse(await readFile(path, "utf8"), { merge: true });
  if (validate(document)) {
    console.log(`${path}: ok`);
    continue;
  }
  failed++;
  for (const e of validate.errors) {
    console.log(`${path}: ${e.instancePath || "/"} ${e.message} [${e.schemaPath}]`);
  }
}
process.exit(failed === 0 ? 0 : 1);
