#!/usr/bin/env bash
# Benchmark: the city's overview (Art. 40) of TENANTS districts × PROJECTS projects read from the platform's read model,
# beside a hand-written UNION ALL over every tenant schema computing the same figures, in one run; then the time a
# district's change takes to appear in the overview. 东湖区's projects are made through the product's API and
# lifecycle, the other districts bulk-loaded as copies of its schema (tables LIKE the migrated ones, their rows,
# foreign keys checked on the copies, grants); the read model is rebuilt by the product. Runs in the build's test
# support (embedded PostgreSQL 17, the build's Keycloak) and prints p50 / p95 and the ratios.
# Options via environment: TENANTS (3000), PROJECTS (100), READS (200), UNION_READS (10), REBUILD_SAMPLE (50).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
log=$(mktemp)
./mvnw -B verify -pl tenant-core -am -Dbench.excluded= -Dgroups=benchmark -Dtest=RollupBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.reruns=0 -Dsurefire.fork.timeout=7200 \
  -Dbench.tenants="${TENANTS:-3000}" -Dbench.projects="${PROJECTS:-100}" -Dbench.reads="${READS:-200}" \
  -Dbench.unionReads="${UNION_READS:-10}" -Dbench.rebuildSample="${REBUILD_SAMPLE:-50}" >"$log" 2>&1 || { tail -80 "$log"; echo "benchmark failed (log: $log)" >&2; exit 1; }
grep -a -E '^\[bench\]|^== Roll-up|^GET |^SupervisionService|^read model|^hand-written|^ratio|^a district' \
  tenant-core/target/surefire-reports/cn.govit.core.rollup.RollupBenchmark-output.txt 2>/dev/null \
  || grep -a -E '^\[bench\]|^== Roll-up|^GET |^SupervisionService|^read model|^hand-written|^ratio|^a district' "$log"
echo "(full log: $log)"
