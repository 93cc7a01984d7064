#!/usr/bin/env bash
# Starts the whole GovIT platform on this machine: embedded PostgreSQL (unless GOVIT_DB_URL is set),
# Keycloak from its Maven Central distribution with the demo realm, provisioning, app and gateway,
# seeded with the demo tenants. Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -lt 21 ]; then
  echo "需要 JDK 21 或更高版本 / a JDK >= 21 is required (found ${version}); set JAVA_HOME" >&2
  exit 1
fi

echo "构建中 / building ..."
./mvnw -q -B -DskipTests install
exec "$java_bin" -Dgovit.root="$PWD" -Djava.util.logging.SimpleFormatter.format='%1$tT %4$s %5$s%6$s%n'  ${MAVEN_REPO_LOCAL:+-Dgovit.maven.repo="$MAVEN_REPO_LOCAL"} \
  -jar devstack/target/devstack-0.1.0-SNAPSHOT-launcher.jar
