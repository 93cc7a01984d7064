#!/usr/bin/env bash
# Benchmark: the same authenticated GET /api/v1/projects of 东湖区 through the gateway and directly at the
# app, beside the app's floor (an unauthenticated health check that touches no database), in one run,
# with wrk. Prints p50 / p99 latency and throughput side by side and the ratios. Starts the demo
# platform (./run.sh's launcher) and stops it afterwards. Options via environment: DURATION (20s),
# CONNECTIONS (16), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null; then
  apt-get install -y -qq wrk >/dev/null
fi
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

log=$(mktemp)
echo "starting the platform (log: $log) ..."
setsid ./run.sh >"$log" 2>&1 &
launcher=$!
stop() { kill -- "-$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 600); do
  grep -q "GovIT platform is up" "$log" && break
  if ! kill -0 "$launcher" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 1
done
grep -q "GovIT platform is up" "$log" || { echo "platform did not start" >&2; exit 1; }

token=$(curl -s -d grant_type=password -d client_id=govit-cli -d username=dh-officer -d password=demo \
  http://localhost:8180/realms/govit/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
for url in http://localhost:8081/api/v1/projects http://localhost:8080/api/v1/projects; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url")
  [ "$code" = 200 ] || { echo "$url answered $code" >&2; exit 1; }
done

# One wrk run: "p50_ms p99_ms requests_per_second".
measure() {
  local url=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$url" >/dev/null   # warm-up: JIT, pools, caches
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.2f %.2f %.1f\n", p50, p99, rps }'
}

floor=$(measure http://localhost:8081/actuator/health)
direct=$(measure http://localhost:8081/api/v1/projects -H "$auth")
gateway=$(measure http://localhost:8080/api/v1/projects -H "$auth")

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, GET /api/v1/projects of 东湖区 as dh-officer"
printf '%-34s %10s %10s %12s\n' "path" "p50 ms" "p99 ms" "req/s"
printf '%-34s %10s %10s %12s\n' "floor: app /actuator/health" $floor
printf '%-34s %10s %10s %12s\n' "direct: app :8081" $direct
printf '%-34s %10s %10s %12s\n' "gateway :8080 -> app" $gateway
read -r fp50 _ frps <<<"$floor"
read -r dp50 _ drps <<<"$direct"
read -r gp50 _ grps <<<"$gateway"
awk -v fp="$fp50" -v fr="$frps" -v dp="$dp50" -v dr="$drps" -v gp="$gp50" -v gr="$grps" 'BEGIN {
  printf "gateway overhead p50: %.2f ms (%.2fx direct); gateway throughput: %.0f%% of direct\n", gp - dp, gp / dp, 100 * gr / dr
  printf "direct vs floor: %.2fx p50, %.0f%% of the floor throughput\n", dp / fp, 100 * dr / fr }'
