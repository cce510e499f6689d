// Writes every shell script that a generated file runs into its own file, for shellcheck:
//   .gitlab-ci.yml   each job's before_script + script (one shell, as GitLab runs them) and after_script
//   GitHub workflow  each step's run:, with the step's (or the job's, or the workflow's) shell
//   Kubernetes YAML  (build pods, ARC values and hook templates, including the pod specs a ConfigMap carries as
//                    text) every command/args that is `SHELL -c SCRIPT`
// Usage: node extract-scripts.mjs GENERATED_ROOT OUT_DIR
// Prints one line per script, "SHELL<TAB>SCRIPT_FILE<TAB>WHERE", and fails when a file cannot be read or holds a
// script in a shape it does not know (so nothing is skipped quietly).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { parseAllDocuments } from "yaml";

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error("usage: node extract-scripts.mjs GENERATED_ROOT OUT_DIR");
  process.exit(2);
}

const shells = new Set(["sh", "bash", "dash", "ash"]);
const lines = [];
let count = 0;

function emit(shell, source, where, script) {
  count += 1;
  const file = join(outDir, `${String(count).padStart(3, "0")}-${where.replace(/[^A-Za-z0-9.-]+/g, "_")}.${shell}`);
  mkdirSync(dirname(file), { recursive: true });
  // The header names the shell for shellcheck and where the script came from; findings count lines from here.
  writeFileSync(file, `#!/bin/${shell}\n# ${source}: ${where}\n${script}${script.endsWith("\n") ? "" : "\n"}`);
  lines.push(`${shell}\t${file}\t${source}: ${where}`);
}

function fail(message) {
  console.error(`extract-scripts: ${message}`);
  process.exit(1);
}

function load(file) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length > 0) fail(`${file}: ${doc.errors[0].message}`);
  }
  return docs.map((doc) => doc.toJS());
}

// GitLab: a script is a string or a list of strings and nested lists of strings.
function gitlabLines(value, file, where) {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => gitlabLines(item, file, where));
  fail(`${file}: ${where} is neither a string nor a list`);
}

function gitlab(file, source) {
  const reserved = new Set(["stages", "variables", "default", "include", "workflow", "image", "services", "cache",
    "before_script", "after_script"]);
  const [pipeline] = load(file);
  const defaults = pipeline.default ?? {};
  const scriptsBefore = count;
  // A key a job leaves out comes from the jobs it extends (the last one listed wins), as GitLab merges them.
  const inherited = (job, key, seen = new Set()) => {
    if (job[key] !== undefined) return job[key];
    const parents = job.extends === undefined ? [] : [job.extends].flat();
    for (const parent of parents.reverse()) {
      if (seen.has(parent)) fail(`${file}: extends cycle at ${parent}`);
      if (pipeline[parent] === undefined) fail(`${file}: extends names ${parent}, which does not exist`);
      const value = inherited(pipeline[parent], key, new Set([...seen, parent]));
      if (value !== undefined) return value;
    }
    return undefined;
  };
  for (const [name, job] of Object.entries(pipeline)) {
    if (reserved.has(name) || job === null || typeof job !== "object" || Array.isArray(job)) continue;
    if (name.startsWith(".")) continue; // Hidden jobs run only through the jobs that extend them.
    const before = gitlabLines(inherited(job, "before_script") ?? defaults.before_script ?? pipeline.before_script, file, `${name}.before_script`);
    const main = gitlabLines(inherited(job, "script"), file, `${name}.script`);
    const after = gitlabLines(inherited(job, "after_script") ?? defaults.after_script ?? pipeline.after_script, file, `${name}.after_script`);
    // The runner runs before_script and script in one shell, and after_script in another. Job images may have no
    // bash (the runner falls back to sh), so the scripts must be POSIX sh.
    if (before.length + main.length > 0) emit("sh", source, `job ${name} (before_script + script)`, [...before, ...main].join("\n"));
    if (after.length > 0) emit("sh", source, `job ${name} (after_script)`, after.join("\n"));
  }
  if (count === scriptsBefore) fail(`${file}: no job with a script`);
}

// GitHub: the shell of a run step, as the runner picks it; `{0}` templates are reduced to the program's name.
function githubShell(shell, file, where) {
  if (shell === undefined) return "bash"; // The runner's default on Linux is `bash -e {0}`, falling back to sh.
  const program = basename(String(shell).trim().split(/\s+/)[0]);
  if (!shells.has(program)) fail(`${file}: ${where} runs with shell '${shell}', which this check does not know`);
  return program;
}

function github(file, source) {
  const [workflow] = load(file);
  const workflowShell = workflow.defaults?.run?.shell;
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const jobShell = job.defaults?.run?.shell ?? workflowShell;
    (job.steps ?? []).forEach((step, index) => {
      if (step.run === undefined) return;
      const where = `job ${jobName} step ${index + 1}${step.name ? ` (${step.name})` : ""}`;
      let shell = githubShell(step.shell ?? jobShell, file, where);
      // In a container job without a shell set, the runner uses sh when the image has no bash: check as sh.
      if (step.shell === undefined && jobShell === undefined && job.container !== undefined) shell = "sh";
      // Expressions are replaced before the shell runs; stand in a word of the same length, as actionlint does.
      emit(shell, source, where, String(step.run).replace(/\$\{\{[^}]*\}\}/g, (m) => "_".repeat(m.length)));
    });
  }
}

// Kubernetes: any object with command/args whose argv is `SHELL [flags] -c SCRIPT ...`.
function kubernetes(file, source) {
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node.command) || Array.isArray(node.args)) {
      const argv = [...(node.command ?? []), ...(node.args ?? [])].map(String);
      const program = argv.length > 0 ? basename(argv[0]) : "";
      const c = argv.findIndex((arg, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(arg));
      if (shells.has(program)) {
        if (c < 0 || c + 1 >= argv.length) fail(`${file}: ${path} runs ${program} without -c SCRIPT`);
        emit(program === "bash" ? "bash" : "sh", source, `${node.name ?? path} command`, argv[c + 1]);
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
  };
  for (const doc of load(file)) {
    visit(doc, "");
    // A ConfigMap (ARC's hook template) carries pod specs as YAML text: check those too.
    if (doc?.kind === "ConfigMap") {
      for (const [key, text] of Object.entries(doc.data ?? {})) {
        if (!/\.ya?ml$/.test(key)) continue;
        const inner = parseAllDocuments(String(text));
        for (const d of inner) {
          if (d.errors.length > 0) fail(`${file}: data.${key}: ${d.errors[0].message}`);
          visit(d.toJS(), `data.${key}`);
        }
      }
    }
  }
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(root);
for (const file of files) {
  const source = relative(root, file);
  if (basename(file) === ".gitlab-ci.yml") gitlab(file, source);
  else if (basename(dirname(file)) === "github" && /\.ya?ml$/.test(file) && !basename(file).startsWith("arc-")) github(file, source);
  else if (/\.ya?ml$/.test(file)) kubernetes(file, source);
}
if (count === 0) fail(`no scripts found under ${root}`);
console.log(lines.join("\n"));
