#!/usr/bin/env bash
# Fleet benchmark for the NativeAOT runnergen: makes 1,000 presets (a mix of strategies, trust levels, executors and
# platforms), then prints wall time and peak memory of `generate` and `check` over the fleet, the cold-start time of
# `generate` for one preset, and, measured in the same run, how long `cp -r` takes to copy the generated tree.
# Usage: bench/fleet.sh [PRESETS]   (default 1000). Needs the .NET 10 SDK, gcc and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "publishing the NativeAOT binary..."
dotnet publish src/RunnerGen.Cli -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=gcc -o "$work/bin" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
runnergen="$work/bin/runnergen"

# The fleet: every strategy (each folder of templates/strategies/ with a strategy.yaml), at trust levels it may serve:
# risk-free ones at untrusted or internal, risky ones at trusted or internal accepting their risks.
mkdir -p "$work/fleet/presets"
strategies=()
risks=()
for descriptor in templates/strategies/*/strategy.yaml; do
  strategies+=("$(basename "$(dirname "$descriptor")")")
  risks+=("$(sed -n 's/^risks: \[\(.*\)\]$/\1/p' "$descriptor")")
done
n=${#strategies[@]}
for ((i = 0; i < count; i++)); do
  s=$((i % n))
  executor=$([ $((i / n % 2)) -eq 0 ] && echo kubernetes || echo docker)
  case $((i / (2 * n) % 3)) in 0) platforms="[gitlab, github]" ;; 1) platforms="[gitlab]" ;; *) platforms="[github]" ;; esac
  if [ -z "${risks[$s]}" ]; then
    trust=$([ $((i % 3)) -eq 0 ] && echo untrusted || echo internal)
    accept=""
  elif [ $((i % 2)) -eq 0 ]; then
    trust=trusted; accept=""
  else
    trust=internal; accept="acceptRisks: [${risks[$s]}]"
  fi
  cat >"$work/fleet/presets/team-$i.yaml" <<PRESET
trust: $trust
strategy: ${strategies[$s]}
executor: $executor
platforms: $platforms
$accept
image:
  destination: registry.example.com/team-$i/app
runner:
  tags: [team-$i, ${strategies[$s]}]
PRESET
done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
rounds="${ROUNDS:-5}"

# generate, check and cp -r are measured in turns, round after round, so that the ratio compares runs that saw the same
# machine (disk and CPU timings on shared VMs drift by several times within minutes); medians are reported.
cd "$work/fleet"
: >"$work/gen" ; : >"$work/check" ; : >"$work/cp" ; : >"$work/gen_kb" ; : >"$work/check_kb"
for ((r = 0; r < rounds; r++)); do
  rm -rf generated "$work/copy"
  start=$(date +%s%N); /usr/bin/time -f "%M" -o "$work/rss" "$runnergen" generate >/dev/null; ms "$start" >>"$work/gen"; cat "$work/rss" >>"$work/gen_kb"
  start=$(date +%s%N); /usr/bin/time -f "%M" -o "$work/rss" "$runnergen" check >/dev/null; ms "$start" >>"$work/check"; cat "$work/rss" >>"$work/check_kb"
  start=$(date +%s%N); cp -r generated "$work/copy"; ms "$start" >>"$work/cp"
done
gen_ms=$(median <"$work/gen"); check_ms=$(median <"$work/check"); cp_ms=$(median <"$work/cp")
gen_kb=$(sort -n "$work/gen_kb" | tail -1); check_kb=$(sort -n "$work/check_kb" | tail -1)
files=$(find generated -type f | wc -l)
bytes=$(du -sb generated | cut -f1)

# Cold start: one preset, a fresh process each time, output removed before each run; median of 21 runs.
mkdir -p "$work/one/presets" && cp "$work/fleet/presets/team-0.yaml" "$work/one/presets/"
cd "$work/one"
for _ in $(seq 1 21); do rm -rf generated; start=$(date +%s%N); "$runnergen" generate >/dev/null; ms "$start"; done >"$work/cold"
cold_ms=$(median <"$work/cold")
for _ in $(seq 1 21); do start=$(date +%s%N); "$runnergen" --version >/dev/null; ms "$start"; done >"$work/start"
start_ms=$(median <"$work/start")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.1f", a / b }'; }
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sm); .NET SDK $(dotnet --version), NativeAOT linux-x64"
echo "fleet: $count presets -> $files files, $((bytes / 1024)) KiB; medians of $rounds interleaved rounds"
printf '%-36s %8s %11s  %s\n' "measure" "wall" "peak RSS" "target"
printf '%-36s %5s ms %8s MB  %s\n' "generate, $count presets" "$gen_ms" "$((gen_kb / 1024))" "<= 3 x cp -r: $(ratio "$gen_ms" "$cp_ms") x; < 200 MB"
printf '%-36s %5s ms %8s MB  %s\n' "check, $count presets" "$check_ms" "$((check_kb / 1024))" "<= 3 x cp -r: $(ratio "$check_ms" "$cp_ms") x; < 200 MB"
printf '%-36s %5s ms %11s  %s\n' "cp -r of the generated tree" "$cp_ms" "" "(reference)"
printf '%-36s %5s ms %11s  %s\n' "generate, 1 preset, cold start" "$cold_ms" "" "< 50 ms (median of 21)"
printf '%-36s %5s ms %11s  %s\n' "runnergen --version (process start)" "$start_ms" "" "(reference, median of 21)"
