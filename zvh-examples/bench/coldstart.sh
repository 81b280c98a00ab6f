#!/usr/bin/env bash
# Cold start: wall time of whole processes, each run RUNS times (default 10), median and spread (min, max, IQR).
#   1. java -Xshare:auto -version                       (the JVM alone: the floor)
#   2. java -jar zvh.jar evaluate intake case.json      (the SDK's CLI: one intake decision, JSON out)
#   3. java -cp benchmarks.jar ...ColdStartCamunda      (Camunda DMN 7.24: build the engine, parse the DMN file, one decision)
#      with its default (Scala) FEEL and with the legacy FEEL
#   4. zvh evaluate again with an application class-data-sharing archive (JDK 17 dynamic AppCDS, made by one training
#      run with -XX:ArchiveClassesAtExit), alone and with -XX:TieredStopAtLevel=1: what packaging alone can gain
#   5. bin/zvh evaluate: the launcher that ships both (its first run makes the archive; the runs measured map it)
# The case is the same for all: a WGS2025 registration that holds (outcome TRUE). Run from anywhere after
# `mvn -B package`:  bash zvh-examples/bench/coldstart.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-10}
zvh=target/zvh.jar
bench=target/benchmarks.jar
dmn=src/jmh/resources/bench/intake.dmn
for f in "$zvh" "$bench" "$dmn"; do
  [ -f "$f" ] || { echo "missing $f: run mvn -B package first" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/case.json" <<'JSON'
{"identifiedSubject": true, "subjectProblems": "TRUE",
 "lifeDomains": {"HOUSING": "PROBLEM", "DRUGS": "CRIMINOGENIC", "OFFENCE_HISTORY": "CRIMINOGENIC"},
 "effects": {"CRIME": "PRESENT"}, "domainsNeeded": ["STRAF", "ZORG"]}
JSON
# the same case as the DMN model's inputs (absent facts are unknown; asOf as yyyymmdd)
{
  echo "identifiedSubject=true"; echo "subjectProblems=true"; echo "familyProblemsRelevant=unknown"
  for l in OFFENCE_HISTORY CURRENT_OFFENCE HOUSING EDUCATION_WORK INCOME_MONEY PARTNER_FAMILY FRIENDS DRUGS ALCOHOL \
           EMOTIONAL_WELLBEING THINKING_BEHAVIOUR ATTITUDE; do
    case $l in HOUSING) s=PROBLEM;; DRUGS|OFFENCE_HISTORY) s=CRIMINOGENIC;; *) s=UNKNOWN;; esac
    echo "lifeDomain_$l=$s"
  done
  for e in CRIME SERIOUS_NUISANCE NUISANCE UNSAFE_SITUATION DERAILING; do
    [ $e = CRIME ] && echo "effect_$e=PRESENT" || echo "effect_$e=UNKNOWN"
  done
  echo "chain_STRAF=true"; echo "chain_ZORG=true"; echo "chain_GEMEENTE=false"
  echo "singleChainSufficient=unknown"; echo "voluntaryFrameworkSufficient=unknown"
  echo "systemInteraction=UNKNOWN"; echo "areaSafetyProblem=unknown"
  echo "reading=STANDALONE_D"; echo "asOf=20250601"
} > "$work/case.properties"

# one command RUNS times; prints "label median min max q1 q3" in seconds, checks the output once
measure() {
  local label=$1 expect=$2; shift 2
  local out
  out=$("$@" 2>&1)
  if ! grep -q -- "$expect" <<< "$out"; then
    echo "FAIL: $label printed, instead of $expect:" >&2; echo "$out" | head -5 >&2; exit 1
  fi
  local times=()
  for ((i = 0; i < runs; i++)); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { t[NR] = $1 }
    END {
      med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
      printf "%-34s median %6.3f s   min %6.3f   max %6.3f   q1 %6.3f   q3 %6.3f   (n=%d)\n", label, med / 1000, t[1] / 1000, t[n] / 1000, t[int((n + 3) / 4)] / 1000, t[int((3 * n + 3) / 4)] / 1000, n
    }'
}

echo "cold start, $runs runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
measure "java -version (JVM floor)" "version" java -Xshare:auto -version
measure "zvh evaluate intake" '"outcome" : "TRUE"' java -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
measure "Camunda DMN, default (Scala) FEEL" "^2$" java -cp "$bench" io.github.zvhsdk.examples.bench.ColdStartCamunda "$dmn" "$work/case.properties"
measure "Camunda DMN, legacy FEEL" "^2$" java -cp "$bench" io.github.zvhsdk.examples.bench.ColdStartCamunda "$dmn" "$work/case.properties" legacy
java -XX:ArchiveClassesAtExit="$work/zvh.jsa" -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01 > /dev/null 2>&1
measure "zvh evaluate, AppCDS" '"outcome" : "TRUE"' java -XX:SharedArchiveFile="$work/zvh.jsa" -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
measure "zvh evaluate, AppCDS + C1 only" '"outcome" : "TRUE"' java -XX:SharedArchiveFile="$work/zvh.jsa" -XX:TieredStopAtLevel=1 -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
ZVH_CACHE="$work/cache" bin/zvh evaluate intake "$work/case.json" --as-of 2025-06-01 > /dev/null 2>&1
measure "bin/zvh evaluate (launcher)" '"outcome" : "TRUE"' env ZVH_CACHE="$work/cache" bin/zvh evaluate intake "$work/case.json" --as-of 2025-06-01
