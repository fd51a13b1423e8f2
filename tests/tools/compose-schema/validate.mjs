// Checks compose files against the Compose Specification schema with ajv (draft-07).
// usage: node validate.mjs <schema.json> <file.yaml>...
// Prints one line per file ("FILE: valid" or "FILE: invalid: pointer message; ...") and a
// closing count; exits 1 when a file is invalid or unreadable, 2 on bad usage.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate.mjs <schema.json> <file.yaml>...');
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
addFormats(ajv);
const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

let invalid = 0;
for (const file of files) {
  let document;
  try {
    document = parse(readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true });
  } catch (error) {
    invalid += 1;
    console.log(`${file}: invalid: YAML: ${String(error.message).split('\n')[0]}`);
    continue;
  }

  if (check(document ?? {})) {
    console.log(`${file}: valid`);
    continue;
  }

  invalid += 1;
  const reasons = check.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  console.log(`${file}: invalid: ${reasons.join('; ')}`);
}

console.log(`compose-schema: ${files.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
