#!/usr/bin/env bash
# Benchmark: onboarding of tenants through the gateway (provisioning's POST /api/v1/tenants as platform-admin:
# registry, Keycloak organization and first admin, schema with every migration, inherited rule set, activation)
# beside its raw floor measured in the same run — CREATE SCHEMA and the same DDL replayed with psql, one Keycloak
# organization and one user created with curl — then the app's start-up time with the demo tenants and with
# TENANTS (500) registered. Prints p50 / p95 and the ratios. Optionally (MANY=1000) onboards that many tenants and
# prints the time per tenant of the first and the last 20. Runs on the machine's PostgreSQL (GOVIT_BENCH_PG, default
# 127.0.0.1:5432, user postgres) in a fresh database, starts the demo platform as ./run.sh does and stops it.
# Options via environment: N (20), TENANTS (500), MANY (0), SKIP_BUILD (0).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20}
TENANTS=${TENANTS:-500}
MANY=${MANY:-0}
PG_HOST=${GOVIT_BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${GOVIT_BENCH_PG_PORT:-5432}
KC=http://localhost:8180
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

run=$(date +%H%M%S)
db="govit_bench_$run"
psql_db() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $db"
export GOVIT_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" GOVIT_DB_USER=postgres GOVIT_DB_PASSWORD=

log=$(mktemp)
# The reactor's own jars, as run.sh starts them (without installing anything); SKIP_BUILD=1 reuses built jars.
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -DskipTests package
echo "starting the platform on database $db (log: $log) ..."
setsid java -Dgovit.root="$PWD" -jar devstack/target/devstack-0.1.0-SNAPSHOT-launcher.jar >"$log" 2>&1 &
launcher=$!
extra_app=
stop() {
  [ -n "$extra_app" ] && kill "$extra_app" 2>/dev/null || true
  kill -- "-$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 900); do
  grep -q "GovIT platform is up" "$log" && break
  if ! kill -0 "$launcher" 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 1
done
grep -q "GovIT platform is up" "$log" || { echo "platform did not start" >&2; exit 1; }

token() {  # a fresh platform-admin token (they live minutes; 1,000 onboardings take longer)
  curl -s -d grant_type=password -d client_id=govit-cli -d username=platform-admin -d password=demo \
    "$KC/realms/govit/protocol/openid-connect/token" | jq -r .access_token
}
kc_admin() {
  curl -s -d grant_type=client_credentials -d client_id=govit-provisioning -d client_secret=demo-provisioning-secret \
    "$KC/realms/govit/protocol/openid-connect/token" | jq -r .access_token
}
# p50 and p95 (nearest rank) of the numbers on stdin, in ms.
percentiles() { sort -n | awk '{ v[NR] = $1 } END { i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999);
  printf "%.0f %.0f\n", v[i50], v[i95] }'; }

onboard() {  # $1 code, $2 token → seconds
  curl -s -o /tmp/govit-bench-body -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $2" \
    -H 'Content-Type: application/json' \
    -d "{\"code\":\"$1\",\"nameZh\":\"基准区$1\",\"nameEn\":\"Bench $1\",\"level\":\"DISTRICT\",\"parentCode\":\"city\",\"adminPassword\":\"Bench-Pass-2026\",\"adminPasswordTemporary\":false}" \
    http://localhost:8080/api/v1/tenants | { read -r code secs; [ "$code" = 201 ] || { echo "onboarding $1 answered $code: $(cat /tmp/govit-bench-body)" >&2; exit 1; }; echo "$secs"; }
}

echo "onboarding $N tenants through the gateway ..."
tok=$(token)
: >/tmp/govit-bench-onboard
for i in $(seq -w 1 "$N"); do
  onboard "b$run-$i" "$tok" | awk '{ printf "%.0f\n", $1 * 1000 }' >>/tmp/govit-bench-onboard
done
read -r on50 on95 < <(percentiles </tmp/govit-bench-onboard)

# The floor: the same DDL as one onboarded schema, replayed into a new schema, and one organization and user.
first_schema="t_b${run}_01"
pg_dump -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$db" --schema-only --no-owner --no-privileges -n "$first_schema" \
  | grep -v '^SET \|^SELECT pg_catalog.set_config\|^CREATE SCHEMA' >/tmp/govit-bench-ddl.sql
echo "floor: CREATE SCHEMA + the same DDL ($(grep -c '^CREATE TABLE' /tmp/govit-bench-ddl.sql) tables) + one organization and user, $N times ..."
: >/tmp/govit-bench-floor
adm=$(kc_admin)
for i in $(seq -w 1 "$N"); do
  schema="floor_${run}_$i"
  start=$(date +%s%N)
  { echo "CREATE SCHEMA $schema;"; sed "s/$first_schema\./$schema./g; s/$first_schema/$schema/g" /tmp/govit-bench-ddl.sql; } \
    | psql_db -f - >/dev/null
  org=$(curl -s -o /dev/null -w '%{redirect_url}%{http_code}' -H "Authorization: Bearer $adm" -H 'Content-Type: application/json' \
    -d "{\"name\":\"floor-$run-$i\",\"alias\":\"floor-$run-$i\",\"enabled\":true}" "$KC/admin/realms/govit/organizations")
  usr=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $adm" -H 'Content-Type: application/json' \
    -d "{\"username\":\"floor-$run-$i\",\"enabled\":true,\"email\":\"floor-$run-$i@bench.local\",\"firstName\":\"f\",\"lastName\":\"f\",\"credentials\":[{\"type\":\"password\",\"value\":\"bench-pass\",\"temporary\":false}]}" \
    "$KC/admin/realms/govit/users")
  end=$(date +%s%N)
  [ "$usr" = 201 ] && [ "${org: -3}" = 201 ] || { echo "floor Keycloak calls answered $org / $usr" >&2; exit 1; }
  echo $(( (end - start) / 1000000 )) >>/tmp/govit-bench-floor
done
read -r fl50 fl95 < <(percentiles </tmp/govit-bench-floor)

# Start-up: a second app instance (port 8091) with start-up migrations on, as the owner and with run.sh's app role,
# so that the recorded checksums match and only the changed tenants would be opened.
appstart() {
  local t0 t1
  t0=$(date +%s%N)
  SPRING_DATASOURCE_URL="$GOVIT_DB_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    GOVIT_TENANCY_APP_ROLE=govit_app GOVIT_KEYCLOAK_ISSUER_URI="$KC/realms/govit" java -Xmx512m -jar ui-vaadin/target/govit-app.jar --server.port=8091 \
    >/tmp/govit-bench-app.log 2>&1 &
  extra_app=$!
  until curl -sf http://localhost:8091/actuator/health >/dev/null; do
    kill -0 "$extra_app" 2>/dev/null || { tail -30 /tmp/govit-bench-app.log >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s%N)
  kill "$extra_app"; wait "$extra_app" 2>/dev/null || true; extra_app=
  echo $(( (t1 - t0) / 1000000 ))
}
few=$(psql_db -c "SELECT count(*) FROM platform.tenant")
start_few=$(appstart)
# Registered tenants up to TENANTS, each with its schema (the same DDL) and the checksum of the onboarded ones,
# as provisioning leaves them; filled in raw so that the benchmark measures start-up, not onboarding.
add=$(( TENANTS - few ))
echo "registering $add more tenants (schema + registry row) for the start-up with $TENANTS ..."
for i in $(seq 1 "$add"); do
  schema="t_s${run}_$i"
  echo "CREATE SCHEMA $schema;"; sed "s/$first_schema\./$schema./g; s/$first_schema/$schema/g" /tmp/govit-bench-ddl.sql
  echo "INSERT INTO platform.tenant (code, name_zh, name_en, level, schema_name, status, created_at, parent_code, schema_checksum)
        SELECT 's$run-$i', '启动区$run-$i', 'Start $i', 'DISTRICT', '$schema', 'ACTIVE', now(), 'city', schema_checksum
        FROM platform.tenant WHERE schema_name = '$first_schema';"
done | psql_db -f - >/dev/null
many_count=$(psql_db -c "SELECT count(*) FROM platform.tenant")
start_many=$(appstart)

echo
echo "onboarding of $N tenants through the gateway, beside its floor (same run)"
printf '%-58s %8s %8s\n' "" "p50 ms" "p95 ms"
printf '%-58s %8s %8s\n' "onboarding (POST /api/v1/tenants via gateway)" "$on50" "$on95"
printf '%-58s %8s %8s\n' "floor (CREATE SCHEMA + same DDL + 1 org + 1 user)" "$fl50" "$fl95"
awk -v a="$on50" -v b="$fl50" -v c="$on95" -v d="$fl95" 'BEGIN { printf "%-58s %7.2fx %7.2fx\n", "onboarding / floor", a / b, c / d }'
echo
printf '%-58s %8s\n' "app start-up (ms) with $few tenants" "$start_few"
printf '%-58s %8s\n' "app start-up (ms) with $many_count tenants" "$start_many"
awk -v a="$start_many" -v b="$start_few" 'BEGIN { printf "%-58s %7.2fx (target <= 1.30x)\n", "ratio", a / b }'

if [ "$MANY" -gt 0 ]; then
  echo
  echo "onboarding $MANY tenants one after another ..."
  : >/tmp/govit-bench-many
  for i in $(seq -w 1 "$MANY"); do
    [ $(( 10#$i % 100 )) = 1 ] && tok=$(token)
    onboard "m$run-$i" "$tok" | awk '{ printf "%.0f\n", $1 * 1000 }' >>/tmp/govit-bench-many
  done
  read -r m50a m95a < <(head -20 /tmp/govit-bench-many | percentiles)
  read -r m50z m95z < <(tail -20 /tmp/govit-bench-many | percentiles)
  printf '%-58s %8s %8s\n' "first 20 of $MANY (ms)" "$m50a" "$m95a"
  printf '%-58s %8s %8s\n' "last 20 of $MANY (ms)" "$m50z" "$m95z"
fi
echo
echo "database $db is kept for inspection; drop it with: psql -h $PG_HOST -U postgres -c 'DROP DATABASE $db WITH (FORCE)'"
