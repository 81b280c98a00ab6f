#!/usr/bin/env bash
# Cold start: wall time of whole processes, each run RUNS times (default 10), median and spread (min, max, IQR).
#   1. java -Xshare:auto -version                       (the JVM alone: the floor)
#   2. java -jar zvh.jar evaluate intake case.json      (the SDK's CLI: one intake decision, JSON out)
#   3. java -cp benchmarks.jar ...ColdStartCamunda      (Camunda DMN 7.24: build the engine, parse the DMN file, one decision)
#      with its default (Scala) FEEL and with the legacy FEEL
#   4. zvh evaluate again with an application class-data-sharing archive (JDK 17 dynamic AppCDS, made by one training
#      run with -XX:ArchiveClassesAtExit), alone and with -XX:TieredStopAtLevel=1: what packaging alone can gain
#   5. bin/zvh evaluate: the launcher that ships both (its first run makes the archive; the runs measured map it)
#   6. the library alone, as a vendor runs it: a tiny main of the vendor's own (compiled here against the jars) that
#      decides one case through the Java API, with nothing but zvh-rules + zvh-privacy and their runtime dependencies,
#      on the class path and on the module path (a named module): one intake decision; one sharing check. Before it,
#      the runtime footprint: the jars and MiB a vendor's runtime receives.
# The case is the same for all: a WGS2025 registration that holds (outcome TRUE). Run from anywhere after
# `mvn -B package`:  bash zvh-examples/bench/coldstart.sh [RUNS] [library]   ("library": section 6 and the JVM only)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-10}
only=${2:-all}
zvh=target/zvh.jar
bench=target/benchmarks.jar
dmn=src/jmh/resources/bench/intake.dmn
for f in "$zvh" "$bench" "$dmn" ../zvh-rules/target/runtime-module-path.txt ../zvh-privacy/target/runtime-module-path.txt; do
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

# 6. the library alone: the jars of zvh-rules and zvh-privacy and their runtime dependencies (as Maven resolves them)
ls ../zvh-rules/target/zvh-rules-*.jar ../zvh-privacy/target/zvh-privacy-*.jar | grep -Ev -- '-(sources|javadoc)\.jar$' \
  > "$work/jars.txt"
for m in zvh-rules zvh-privacy; do
  { tr ':' '\n' < ../$m/target/runtime-module-path.txt; echo; } >> "$work/jars.txt"   # the file ends without a newline
done
sort -u "$work/jars.txt" | grep . > "$work/runtime.txt"
lib=$(paste -sd: "$work/runtime.txt")
echo "runtime of zvh-rules + zvh-privacy: $(wc -l < "$work/runtime.txt") jars," \
  "$(xargs du -cb < "$work/runtime.txt" | tail -1 | awk '{printf "%.2f MiB", $1 / 1048576}')"
mkdir -p "$work/src/vendor.first/vendor"
cat > "$work/src/vendor.first/module-info.java" <<'JAVA'
module vendor.first {
    requires io.github.zvhsdk.rules;
    requires io.github.zvhsdk.privacy;
}
JAVA
cat > "$work/src/vendor.first/vendor/FirstIntake.java" <<'JAVA'
package vendor;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/** One intake decision, the first of the JVM, through the library; prints the outcome. */
public final class FirstIntake {
    public static void main(String[] args) {
        IntakeFacts facts = IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .lifeDomains(LifeDomainAssessment.of(Map.of(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM,
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                        LifeDomain.OFFENCE_HISTORY, LifeDomainStatus.CRIMINOGENIC)))
                .putEffect(EffectType.CRIME, Prospect.PRESENT)
                .domainsNeeded(EnumSet.of(Domain.STRAF, Domain.ZORG))
                .build();
        System.out.println(Intake.assess(facts, LocalDate.of(2025, 6, 1)).outcome());
    }
}
JAVA
cat > "$work/src/vendor.first/vendor/FirstSharing.java" <<'JAVA'
package vendor;

import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.time.LocalDate;

/** One sharing check, the first decision of the JVM, through the library; prints the outcome. */
public final class FirstSharing {
    public static void main(String[] args) {
        SharingFacts facts = ZvhJson.read("{\"provider\": {\"type\": \"GGZ\", \"participant\": \"TRUE\"},"
                + " \"recipient\": {\"type\": \"POLITIE\", \"participant\": \"TRUE\", \"involvedInCase\": \"TRUE\"},"
                + " \"dataSubject\": \"SUBJECT\", \"category\": \"HEALTH\", \"purpose\": \"CASE_CONSULTATION\","
                + " \"case\": {\"status\": \"ADMITTED\", \"taskCategory\": \"BASISTAAK\", \"admittedUnder\": \"WGS2025\"},"
                + " \"originRegime\": \"AVG\", \"necessityRecorded\": \"TRUE\", \"secrecyBasis\": \"NONE\"}",
                SharingFacts.class);
        System.out.println(SharingCheck.check(facts, LocalDate.of(2025, 6, 1)).outcome());
    }
}
JAVA
javac -d "$work/cp" -cp "$lib" "$work"/src/vendor.first/vendor/*.java
javac -d "$work/mp" --module-path "$lib" "$work"/src/vendor.first/module-info.java "$work"/src/vendor.first/vendor/*.java
for main in FirstIntake FirstSharing; do
  out=$(java -cp "$lib:$work/cp" "vendor.$main" 2>"$work/stderr")
  [ ! -s "$work/stderr" ] || { echo "FAIL: vendor.$main wrote on standard error:" >&2; cat "$work/stderr" >&2; exit 1; }
done
measure "library: first intake, class path" "^TRUE$" java -cp "$lib:$work/cp" vendor.FirstIntake
measure "library: first intake, module path" "^TRUE$" java --module-path "$lib:$work/mp" -m vendor.first/vendor.FirstIntake
measure "library: first sharing, class path" "^DENY$" java -cp "$lib:$work/cp" vendor.FirstSharing
measure "library: first sharing, module path" "^DENY$" java --module-path "$lib:$work/mp" -m vendor.first/vendor.FirstSharing
[ "$only" = library ] && exit 0
measure "zvh evaluate intake" '"outcome" : "TRUE"' java -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
measure "Camunda DMN, default (Scala) FEEL" "^2$" java -cp "$bench" io.github.zvhsdk.examples.bench.ColdStartCamunda "$dmn" "$work/case.properties"
measure "Camunda DMN, legacy FEEL" "^2$" java -cp "$bench" io.github.zvhsdk.examples.bench.ColdStartCamunda "$dmn" "$work/case.properties" legacy
java -XX:ArchiveClassesAtExit="$work/zvh.jsa" -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01 > /dev/null 2>&1
measure "zvh evaluate, AppCDS" '"outcome" : "TRUE"' java -XX:SharedArchiveFile="$work/zvh.jsa" -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
measure "zvh evaluate, AppCDS + C1 only" '"outcome" : "TRUE"' java -XX:SharedArchiveFile="$work/zvh.jsa" -XX:TieredStopAtLevel=1 -jar "$zvh" evaluate intake "$work/case.json" --as-of 2025-06-01
ZVH_CACHE="$work/cache" bin/zvh evaluate intake "$work/case.json" --as-of 2025-06-01 > /dev/null 2>&1
measure "bin/zvh evaluate (launcher)" '"outcome" : "TRUE"' env ZVH_CACHE="$work/cache" bin/zvh evaluate intake "$work/case.json" --as-of 2025-06-01
