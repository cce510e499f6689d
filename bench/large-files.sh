#!/usr/bin/env bash
# Large-input benchmark for the NativeAOT runnergen: `apply` of one preset into a 20 MB config.toml (50,000 runners,
# the matched one in the middle) and `audit --format sarif` of a config.toml with 100,000 runners that all have
# findings. Prints wall time and peak memory (GNU time's maximum resident set size) of each; medians of ROUNDS runs.
# Usage: bench/large-files.sh   Needs the .NET 10 SDK, gcc and GNU time (/usr/bin/time). RUNNERGEN=path skips the publish.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${RUNNERGEN:-}" ]; then
  runnergen="$RUNNERGEN"
else
  echo "publishing the NativeAOT binary..."
  dotnet publish src/RunnerGen.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=gcc -o "$work/bin" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  runnergen="$work/bin/runnergen"
fi

mkdir -p "$work/apply/presets"
cat >"$work/apply/presets/web.yaml" <<'PRESET'
trust: untrusted
strategy: kaniko
platforms: [gitlab]
image:
  destination: registry.example.com/team/web
PRESET

echo "writing the inputs..."
awk -v n=43000 -v target=21500 'BEGIN {
  print "concurrent = 100\ncheck_interval = 3"
  for (i = 0; i < n; i++) {
    name = (i == target) ? "web" : "runner-" i
    printf "\n[[runners]]\n  name = \"%s\"\n  url = \"https://gitlab.example.com\"\n  id = %d\n  token = \"glrt-%d-0123456789abcdef\"\n  token_obtained_at = 2026-01-01T00:00:00Z\n  token_expires_at = 0001-01-01T00:00:00Z\n  executor = \"docker\"\n  [runners.cache]\n    Type = \"s3\"\n    [runners.cache.s3]\n      ServerAddress = \"s3.example.com\"\n      AccessKey = \"AKIA%d\"\n      SecretKey = \"secret-%d\"\n  [runners.docker]\n    image = \"alpine:3.22\"\n    privileged = false\n    volumes = [\"/cache\"]\n", name, i, i, i, i
  }
}' >"$work/apply/config.toml.orig"
awk -v n=100000 'BEGIN {
  print "concurrent = 100"
  for (i = 0; i < n; i++) {
    printf "\n[[runners]]\n  name = \"runner-%d\"\n  url = \"https://gitlab.example.com\"\n  token = \"glrt-%d\"\n  executor = \"docker\"\n  [runners.docker]\n    image = \"alpine:3.22\"\n    privileged = true\n    pull_policy = [\"if-not-present\"]\n    volumes = [\"/var/run/docker.sock:/var/run/docker.sock\"]\n", i, i
  }
}' >"$work/audit.toml"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: >"$work/apply_ms"; : >"$work/apply_kb"; : >"$work/audit_ms"; : >"$work/audit_kb"
cd "$work/apply"
for ((r = 0; r < rounds; r++)); do
  cp config.toml.orig config.toml && rm -f config.toml.bak*
  start=$(date +%s%N); /usr/bin/time -f "%M" -o "$work/rss" "$runnergen" apply web --config config.toml >"$work/apply.out"; ms "$start" >>"$work/apply_ms"; cat "$work/rss" >>"$work/apply_kb"
  start=$(date +%s%N); /usr/bin/time -f "%M" -o "$work/rss" "$runnergen" audit "$work/audit.toml" --format sarif >"$work/audit.sarif" || [ $? -eq 1 ]; ms "$start" >>"$work/audit_ms"; cat "$work/rss" >>"$work/audit_kb"
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sm); .NET SDK $(dotnet --version)"
echo "inputs: config.toml $(( $(stat -c %s "$work/apply/config.toml.orig") / 1000000 )) MB (43,000 runners); audit.toml $(( $(stat -c %s "$work/audit.toml") / 1048576 )) MiB (100,000 runners), SARIF out $(( $(stat -c %s "$work/audit.sarif") / 1048576 )) MiB"
printf '%-44s %6s ms %6s MB  %s\n' "apply, 20 MB config.toml" "$(median <"$work/apply_ms")" "$(( $(sort -n "$work/apply_kb" | tail -1) / 1024 ))" "target < 2,000 ms, < 300 MB"
printf '%-44s %6s ms %6s MB  %s\n' "audit --format sarif, 100,000 runners" "$(median <"$work/audit_ms")" "$(( $(sort -n "$work/audit_kb" | tail -1) / 1024 ))" "target < 500 MB"
