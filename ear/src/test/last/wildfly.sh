#!/usr/bin/env bash
# Starts or stops the WildFly that the load profile (mvn -Pload) measures: the server laid out by
# docker/cli/prepare-local-server.sh for the build's database, with the EAR in its deployment
# folder, on loopback with a port offset. The server also stops by itself when the Maven run that
# started it ends, however that ends.
# Usage: wildfly.sh start JBOSS_HOME EAR PORT_OFFSET | wildfly.sh stop JBOSS_HOME
set -euo pipefail
jboss_home=$2
pidfil="$jboss_home/nir-last.pid"

deployments="$jboss_home/standalone/deployments"

if [ "$1" = "stop" ]; then
    if [ -f "$pidfil" ]; then
        pid=$(cat "$pidfil")
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
        rm -f "$pidfil"
    fi
    # The managed test server (Arquillian) deploys its own EAR in this server: leave nothing behind.
    rm -f "$deployments"/*.ear*
    exit 0
fi

ear=$3; offset=$4
rm -f "$deployments"/*.ear*
cp "$ear" "$deployments/"
logg="$jboss_home/standalone/log/nir-last.log"
mkdir -p "$(dirname "$logg")"
# -b and the management address stay on loopback (standalone.xml's defaults); a new migration may
# rewrite millions of rows while the EAR deploys, hence the long blocking timeout.
JAVA_OPTS="-Xms1g -Xmx2g -Djava.net.preferIPv4Stack=true" \
    setsid "$jboss_home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.as.management.blocking.timeout=1800 > "$logg" 2>&1 &
server=$!
echo "$server" > "$pidfil"
maven=$PPID
( while kill -0 "$maven" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 2; done
  pkill -TERM -P "$server" 2>/dev/null || true; kill "$server" 2>/dev/null || true
  rm -f "$deployments"/*.ear* "$pidfil" ) > /dev/null 2>&1 &

echo "Starter WildFly for lasttesten (logg: $logg) ..."
until [ -f "$deployments/$(basename "$ear").deployed" ]; do
    if [ -f "$deployments/$(basename "$ear").failed" ] || ! kill -0 "$server" 2>/dev/null; then
        echo "WildFly eller utrullingen feilet; se $logg" >&2
        bash "$0" stop "$jboss_home"
        exit 1
    fi
    sleep 2
done
echo "WildFly kjører på http://127.0.0.1:$((8080 + offset))/nir/"
