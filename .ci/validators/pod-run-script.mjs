// Prints a POSIX sh script that runs one container of a generated build pod on this host, without a cluster: in a
// private mount namespace it builds a root from the host's /usr and /etc, mounts each of the container's
// volumeMounts at its mountPath (readOnly as written), and runs the container's command + args with exactly its
// env, from that root. Run the output with `unshare --mount --propagation private sh SCRIPT`.
// Usage: node pod-run-script.mjs POD.yaml CONTAINER WORK_DIR HOME
//   WORK_DIR/workspace        what a persistentVolumeClaim volume holds (the source tree)
//   WORK_DIR/secret-data/KEY  the value of each key a secret volume projects (e.g. .dockerconfigjson)
//   WORK_DIR/home             copied into HOME first (CI-only settings, such as a registries.conf)
//   HOME                      the image user's home directory (the pod spec does not say it)
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [podFile, containerName, work, home] = process.argv.slice(2);
if (!podFile || !containerName || !work || !home) {
  console.error("usage: node pod-run-script.mjs POD.yaml CONTAINER WORK_DIR HOME");
  process.exit(2);
}
const fail = (message) => {
  console.error(`pod-run-script: ${podFile}: ${message}`);
  process.exit(1);
};
const q = (value) => `'${String(value).replace(/'/g, `'\\''`)}'`;

const pod = parse(readFileSync(podFile, "utf8"));
if (pod?.kind !== "Pod") fail("not a Pod");
const container = (pod.spec.containers ?? []).find((c) => c.name === containerName);
if (!container) fail(`no container named ${containerName}`);
const argv = [...(container.command ?? []), ...(container.args ?? [])];
if (argv.length === 0) fail(`container ${containerName} has neither command nor args (it would run the image's entrypoint)`);
const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));

const out = ["set -eu", `work=${q(work)}`, 'root="$work/root"', 'mkdir -p "$root"', 'mount -t tmpfs runnergen-pod "$root"'];
for (const dir of ["usr", "etc", "dev", "proc", "sys", "run", "tmp", "var/tmp"]) out.push(`mkdir -p "$root/${dir}"`);
out.push('chmod 1777 "$root/tmp" "$root/var/tmp"');
for (const link of ["bin", "lib", "lib64", "sbin"]) out.push(`[ ! -L /${link} ] || ln -s "$(readlink /${link})" "$root/${link}"`);
for (const dir of ["usr", "etc", "dev", "proc", "sys"]) out.push(`mount --rbind /${dir} "$root/${dir}"`);
out.push(`mkdir -p "$root"${q(home)}`, `cp -a "$work/home/." "$root"${q(home)}`);

(container.volumeMounts ?? []).forEach((mount, index) => {
  const volume = volumes.get(mount.name);
  if (!volume) fail(`volumeMount ${mount.name} names no volume`);
  if (mount.subPath) fail(`volumeMount ${mount.name} uses subPath, which this runner does not support`);
  let source;
  if (volume.persistentVolumeClaim) {
    source = '"$work/workspace"';
  } else if (volume.emptyDir) {
    source = `"$work/empty-${index}"`;
    out.push(`mkdir -p ${source}`);
  } else if (volume.secret) {
    source = `"$work/secret-${index}"`;
    out.push(`mkdir -p ${source}`);
    if (!volume.secret.items) fail(`secret volume ${mount.name} projects no items; list the keys it uses`);
    for (const item of volume.secret.items) {
      out.push(`mkdir -p "$(dirname ${source}/${q(item.path)})"`, `cp "$work/secret-data/"${q(item.key)} ${source}/${q(item.path)}`);
    }
  } else {
    fail(`volume ${mount.name} is of a kind this runner does not support`);
  }
  out.push(`mkdir -p "$root"${q(mount.mountPath)}`, `mount --bind ${source} "$root"${q(mount.mountPath)}`);
  if (mount.readOnly) out.push(`mount -o remount,bind,ro "$root"${q(mount.mountPath)}`);
});

const env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", `HOME=${home}`];
for (const variable of container.env ?? []) {
  if (variable.value === undefined) fail(`env ${variable.name} has no plain value`);
  env.push(`${variable.name}=${variable.value}`);
}
const cd = container.workingDir ? ` -C ${q(container.workingDir)}` : "";
out.push(`exec chroot "$root" /usr/bin/env -i${cd} ${env.map(q).join(" ")} ${argv.map(q).join(" ")}`);
console.log(out.join("\n"));
