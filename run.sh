#!/usr/bin/env bash
# Builds NIR Mottak, starts WildFly with the EAR against the local PostgreSQL (database "nir"),
# loads demo data on first start, prints the URL and the demo logins, and stays in the foreground
# until Ctrl-C or kill (both stop WildFly too).
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)
run="$top/ear/target/run"

server=
stopp() {
    trap - INT TERM EXIT
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        echo; echo "Stopper WildFly ..."
        kill -TERM "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
}
trap 'stopp; exit 0' INT TERM
trap stopp EXIT

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

echo "Bygger ..."
# package, not verify: the test server and its database (nir_test) stay untouched, so
# "mvn -B verify" can run beside this.
mvn -B -q -DskipTests package

version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
driver=$(ls "$top"/ear/target/driver/postgresql-*.jar)
jboss_home="$run/wildfly-$version"
mkdir -p "$run"
echo "Setter opp WildFly (logg: ear/target/run/oppsett.log) ..."
if ! bash docker/cli/prepare-local-server.sh "$top/ear/target/dist/wildfly-dist-$version.zip" "$jboss_home" \
        "$driver" 127.0.0.1 nir > "$run/oppsett.log" 2>&1; then
    cat "$run/oppsett.log"; exit 1
fi

deployments="$jboss_home/standalone/deployments"
rm -f "$deployments"/nir-mottak.ear*
cp ear/target/nir-mottak.ear "$deployments/"

# In the background, standalone.sh passes TERM on to the server's JVM.
LAUNCH_JBOSS_IN_BACKGROUND=1 "$jboss_home/bin/standalone.sh" -Djboss.as.management.blocking.timeout=120 \
    > "$run/server.log" 2>&1 &
server=$!

echo "Starter WildFly (logg: ear/target/run/server.log) ..."
until [ -f "$deployments/nir-mottak.ear.deployed" ] || [ -f "$deployments/nir-mottak.ear.failed" ]; do
    kill -0 "$server" 2>/dev/null || { echo "WildFly stoppet; se ear/target/run/server.log"; exit 1; }
    sleep 1
done
if [ -f "$deployments/nir-mottak.ear.failed" ]; then
    cat "$deployments/nir-mottak.ear.failed"; exit 1
fi

personer=$(psql -h 127.0.0.1 -U postgres -d nir -tAc "select count(*) from person")
if [ "$personer" = "0" ]; then
    echo "Laster demodata ..."
    mvn -B -q -pl ejb compile exec:java \
        -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:5432/nir --bruker postgres --personer 2000"
fi

cat <<TEXT

NIR Mottak kjører: http://localhost:8080/nir/
JSON-API (HTTP Basic): http://localhost:8080/nir/api/v1/  dokument: http://localhost:8080/nir/api/openapi

Demobrukere (passord: passord):
$(bash docker/cli/demo-brukere.sh --liste)

Ctrl-C stopper serveren.
TEXT
wait "$server"
