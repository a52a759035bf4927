#!/usr/bin/env bash
# Builds NIR Mottak, starts WildFly with the EAR against the local PostgreSQL (database "nir"),
# loads demo data on first start, prints the URL and the demo logins, and stays in the foreground
# until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

echo "Bygger ..."
mvn -B -q -DskipTests -Dnir.test.db=nir_test verify

version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
driver=$(ls "$top"/ear/target/driver/postgresql-*.jar)
jboss_home="$top/ear/target/run/wildfly-$version"
bash docker/cli/prepare-local-server.sh "$top/ear/target/dist/wildfly-dist-$version.zip" "$jboss_home" "$driver" 127.0.0.1 nir

deployments="$jboss_home/standalone/deployments"
rm -f "$deployments"/nir-mottak.ear*
cp ear/target/nir-mottak.ear "$deployments/"

"$jboss_home/bin/standalone.sh" -Djboss.as.management.blocking.timeout=120 > "$top/ear/target/run/server.log" 2>&1 &
server=$!
trap 'echo; echo "Stopper WildFly ..."; kill $server 2>/dev/null; wait $server 2>/dev/null; exit 0' INT TERM

echo "Starter WildFly (logg: ear/target/run/server.log) ..."
until [ -f "$deployments/nir-mottak.ear.deployed" ] || [ -f "$deployments/nir-mottak.ear.failed" ]; do
    kill -0 $server 2>/dev/null || { echo "WildFly stoppet; se ear/target/run/server.log"; exit 1; }
    sleep 1
done
if [ -f "$deployments/nir-mottak.ear.failed" ]; then
    cat "$deployments/nir-mottak.ear.failed"; kill $server; exit 1
fi

personer=$(psql -h 127.0.0.1 -U postgres -d nir -tAc "select count(*) from person")
if [ "$personer" = "0" ]; then
    echo "Laster demodata ..."
    # -am: the generator lives in the ear module's tests and needs the ejb module's classes.
    mvn -B -q -pl ear -am -DskipTests package exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=no.nir.demo.Demodata \
        -Dexec.args="--jdbc jdbc:postgresql://127.0.0.1:5432/nir --bruker postgres --personer 2000"
fi

cat <<TEXT

NIR Mottak kjører: http://localhost:8080/nir/
JSON-API (HTTP Basic): http://localhost:8080/nir/api/v1/  dokument: http://localhost:8080/nir/api/openapi

Demobrukere (passord: passord):
  les           NIR lesetilgang, Kristiansand (4204)
  skriv         NIR skrivetilgang, Kristiansand (4204)
  kommuneadmin  NIR Kommune-administrativ bruker, Kristiansand (4204)
  bosetting     Bosetting (Kompetanse), Kristiansand (4204)
  imdi          IMDi, alle kommuner
  oslo          NIR skrivetilgang, Oslo (0301)
  gamleoslo     NIR lesetilgang, Oslo bydel Gamle Oslo (030101)
  bergen        NIR skrivetilgang, Bergen (4601)
  region        NIR lesetilgang, Kristiansand og Bergen

Ctrl-C stopper serveren.
TEXT
wait $server
