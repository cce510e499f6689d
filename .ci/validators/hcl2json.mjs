// Parses every generated Terraform file with HashiCorp's HCL parser (@cdktf/hcl2json, the Go hcl library built to
// wasm) and checks what runner.tf must say: one gitlab_user_runner that takes tagged jobs only and is locked.
// Usage: node hcl2json.mjs FILE.tf...
// Prints "passed hcl2json: FILE" or "FAILED hcl2json: FILE" with the reason, and exits 1 on any failure.
import { readFileSync } from "node:fs";
import { parse } from "@cdktf/hcl2json";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node hcl2json.mjs FILE.tf...");
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  try {
    const json = await parse(file, readFileSync(file, "utf8"));
    const runners = Object.values(json.resource?.gitlab_user_runner ?? {}).flat();
    if (runners.length !== 1) {
      throw new Error(`expected one gitlab_user_runner resource, found ${runners.length}`);
    }
    const [runner] = runners;
    if (runner.untagged !== false || runner.locked !== true || !Array.isArray(runner.tag_list) || runner.tag_list.length === 0) {
      throw new Error(`gitlab_user_runner must have untagged = false, locked = true and a tag_list: ${JSON.stringify(runner)}`);
    }
    if (!["ref_protected", "not_protected"].includes(runner.access_level)) {
      throw new Error(`unexpected access_level ${JSON.stringify(runner.access_level)}`);
    }
    console.log(`passed hcl2json: ${file}`);
  } catch (error) {
    failed++;
    console.log(`FAILED hcl2json: ${file}`);
    console.log(`    ${String(error?.message ?? error).split("\n").join("\n    ")}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
