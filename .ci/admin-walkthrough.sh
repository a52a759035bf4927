#!/usr/bin/env bash
# Follows README's "Deploying into an existing WildFly 39 (administrators)" on a stock WildFly,
# step by step with the commands written there, and checks each outcome: database and owner,
# credential store, datasource, security, users (and ending a user's sessions), deploy, /nir/info,
# session timeout, HTTPS, memory, backup, upgrade with --force, switching to another realm.
# Needs the built EAR (mvn -B -DskipTests package).
# Usage: .ci/admin-walkthrough.sh [PORT_OFFSET]   (default 860: http 8940, management 10850)
set -euo pipefail
cd "$(dirname "$0")/.."
top=$(pwd)
offset=${1:-860}
http=$((8080 + offset)); https=$((8443 + offset)); management=$((9990 + offset))
version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
dist="ear/target/dist/wildfly-dist-$version.zip"
driver=$(ls "$top"/ear/target/driver/postgresql-*.jar)
[ -f ear/target/nir-mottak.ear ] && [ -f "$dist" ] || { echo "Bygg først: mvn -B -DskipTests package"; exit 1; }

work=$(mktemp -d /tmp/nir-walkthrough.XXXXXX)
export JBOSS_HOME="$work/wildfly-$version"
db=nir_walk_$offset; dbuser=nir_walk_$offset
server=
rydd() {
    if [ -n "$server" ]; then
        "$JBOSS_HOME/bin/jboss-cli.sh" -c --controller=localhost:$management --command=shutdown > /dev/null 2>&1 || true
        wait "$server" 2>/dev/null || true
    fi
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "drop role if exists $dbuser" > /dev/null
    rm -rf "$work"
}
trap rydd EXIT
start=$(date +%s)
steg() { echo "[$(( $(date +%s) - start )) s] $*"; }
feil() { echo "FEIL: $*" >&2; tail -30 "$JBOSS_HOME/standalone/log/server.log" >&2 || true; exit 1; }
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" -c --controller=localhost:$management --timeout=60000 "$@"; }
bruker() { bash docker/cli/nir-bruker.sh --controller localhost:$management "$@"; }
# Logs in through the FORM login; prints the page the user lands on.
logg_inn() {
    local jar="$work/cookies-$1"; rm -f "$jar"
    curl -s -c "$jar" -b "$jar" "http://localhost:$http/nir/" > /dev/null
    curl -s -L -c "$jar" -b "$jar" --data-urlencode "j_username=$1" --data-urlencode "j_password=$2" \
        "http://localhost:$http/nir/j_security_check"
}
info() { curl -s -b "$work/cookies-$1" "http://localhost:$http/nir/info"; }

steg "1. Database: eier-rolle og database (PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' | cut -d' ' -f1))"
dbpassord='S3kret"pass\ord'
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -v navn="$dbuser" -v db="$db" -v passord="$dbpassord" <<'SQL'
CREATE ROLE :"navn" LOGIN PASSWORD :'passord';
CREATE DATABASE :"db" OWNER :"navn";
SQL

steg "   WildFly $version fra zip, port-offset $offset"
unzip -q "$dist" -d "$work"
# README's memory advice; a long blocking timeout: on a busy machine a deployment can take longer
# than the stock 300 s.
JBOSS_JAVA_SIZING="-Xms1g -Xmx2g" LAUNCH_JBOSS_IN_BACKGROUND=1 "$JBOSS_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.as.management.blocking.timeout=900 \
    > "$work/konsoll.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    [ "$(cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -c running)" = 1 ] && break
    sleep 1
done

steg "2. Databasepassord i credential store (db-passord.sh), datasource (datasource.cli), helse (monitoring.cli) + reload"
printf '%s\n' "$dbpassord" | bash docker/cli/db-passord.sh --controller localhost:$management > /dev/null
printf '%s\n' "nir.postgresql.jar=$driver" "nir.db.url=jdbc:postgresql://127.0.0.1:5432/$db" "nir.db.user=$dbuser" \
    > "$work/nir.properties"
cli --file=docker/cli/datasource.cli --properties="$work/nir.properties" --resolve-parameter-values > /dev/null
cli --file=docker/cli/monitoring.cli > /dev/null
cli --command=reload > /dev/null
cli --command='/subsystem=datasources/data-source=NirDS:test-connection-in-pool' | grep -q '"result" => \[true\]' \
    || feil "datasourcen kobler ikke til"
! grep -qF "$dbpassord" "$JBOSS_HOME/standalone/configuration/standalone.xml" || feil "databasepassordet står i standalone.xml"
grep -q 'credential-reference store="nir-hemmeligheter" alias="nir-db"' "$JBOSS_HOME/standalone/configuration/standalone.xml" \
    || feil "datasourcen leser ikke passordet fra credential store"

steg "3. Sikkerhet (security.cli, web-security.cli), meldingsbroker (messaging.cli), batch og timere (batch-timere.cli) + reload"
cli --file=docker/cli/security.cli > /dev/null
cli --file=docker/cli/web-security.cli > /dev/null
cli --file=docker/cli/messaging.cli > /dev/null
cli --file=docker/cli/batch-timere.cli > /dev/null
cli --command=reload > /dev/null
cli --command='/subsystem=messaging-activemq/server=default/jms-queue=NirPersonhendelser:read-attribute(name=message-count)' \
    | grep -q '"outcome" => "success"' || feil "køen NirPersonhendelser finnes ikke"

steg "4. Brukere (nir-bruker.sh)"
echo 'Kari-passord"1' | bruker legg-til kari --roller nir-skriv --kommuner 0301 --bydel 030101 > /dev/null
echo 'Drift-passord-1' | bruker legg-til drift --roller nir-drift > /dev/null
bruker liste | grep -q '^kari .*nir-skriv .*0301 .*030101' || feil "kari mangler i lista"
grep -rq 'algorithm="clear"' "$JBOSS_HOME/standalone/configuration/nir-users" && feil "lesbart passord i nir-users"
grep -rqF 'Kari-passord' "$JBOSS_HOME/standalone/configuration/nir-users" && feil "lesbart passord i nir-users"

steg "5. Deploy"
cli --command="deploy $top/ear/target/nir-mottak.ear" > "$work/deploy.log" 2>&1 || feil "deploy: $(cat "$work/deploy.log")"
logg_inn kari 'Kari-passord"1' | grep -q 'id="innlogget"' || feil "kari kommer ikke inn"
logg_inn drift 'Drift-passord-1' > /dev/null
info drift | grep -q '"database":"tilgjengelig"' || feil "/nir/info: $(info drift)"
schema=$(info drift | sed -n 's/.*"skjemaversjon":"\([^"]*\)".*/\1/p')
echo "   /nir/info: $(info drift)"
heap=$(cli --command='/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)' \
    | sed -n 's/^ *"max" => \([0-9]*\)L.*/\1/p')
[ "$heap" -ge $((2000 * 1024 * 1024)) ] || feil "JBOSS_JAVA_SIZING virket ikke (maks heap $heap)"
echo "   heap etter deploy: $(cli --command='/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)' \
    | sed -n 's/^ *"used" => \([0-9]*\)L.*/\1/p' | awk '{ printf "%d MB", $1 / 1048576 }') brukt av $((heap / 1048576)) MB"

steg "   Nye roller avslutter brukerens åpne økt (nir-bruker.sh roller), andres økter lever videre"
innlogget() { curl -s -b "$work/cookies-$1" "http://localhost:$http/nir/arbeidsflate.xhtml" | grep -q 'id="innlogget"'; }
innlogget kari || feil "kari er ikke innlogget"
bruker roller kari nir-les | grep -q 'Avsluttet 1 åpne økter for kari' || feil "roller avsluttet ikke karis økt"
innlogget kari && feil "kari sin økt lever etter nye roller"
info drift | grep -q '"database"' || feil "drift sin økt ble avsluttet"
bruker roller kari nir-skriv > /dev/null

steg "6. Økt-tidsavbrudd fra serveren (20 min) + reload"
cli --command='/subsystem=undertow/servlet-container=default:write-attribute(name=default-session-timeout, value=20)' > /dev/null
cli --command=reload > /dev/null
logg_inn drift 'Drift-passord-1' > /dev/null
info drift | grep -q '"oktTidsavbruddMinutter":20' || feil "økt-tidsavbrudd: $(info drift)"

steg "7. HTTPS: eget nøkkelpar i en Elytron key-store, https-listener + reload"
tlspassord=$(openssl rand -base64 24)
cat > "$work/https.cli" <<CLI
/subsystem=elytron/key-store=nir-tls:add(path=nir-tls.p12, relative-to=jboss.server.config.dir, type=PKCS12, credential-reference={store=nir-hemmeligheter, alias=nir-tls, clear-text="$tlspassord"})
/subsystem=elytron/key-store=nir-tls:generate-key-pair(alias=nir, algorithm=RSA, key-size=2048, validity=365, distinguished-name="CN=localhost")
/subsystem=elytron/key-store=nir-tls:store
/subsystem=elytron/key-manager=nir-tls:add(key-store=nir-tls, credential-reference={store=nir-hemmeligheter, alias=nir-tls})
/subsystem=elytron/server-ssl-context=nir-tls:add(key-manager=nir-tls, protocols=["TLSv1.3","TLSv1.2"])
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=ssl-context, value=nir-tls)
reload
CLI
cli --file="$work/https.cli" > "$work/https.log" 2>&1 || feil "https.cli: $(grep -m1 failure "$work/https.log")"
! grep -qF "$tlspassord" "$JBOSS_HOME/standalone/configuration/standalone.xml" || feil "nøkkellagerpassordet står i standalone.xml"
svar=$(curl -sk -D - "https://localhost:$https/nir/")
echo "$svar" | grep -q j_security_check || feil "https gir ikke innloggingssiden"
echo "$svar" | grep -i '^set-cookie: JSESSIONID=' | grep -qi '; *secure' || feil "øktcookien er ikke Secure over https: $(echo "$svar" | grep -i '^set-cookie')"
echo "   https://localhost:$https/nir/: innloggingssiden, $(echo "$svar" | grep -i '^set-cookie: JSESSIONID=' | sed 's/=[^;]*;/=…;/' | tr -d '\r')"
echo "   sertifikat: $(echo | openssl s_client -connect localhost:$https 2>/dev/null | openssl x509 -noout -subject -enddate | paste -sd' ')"

steg "8. Sikkerhetskopi og oppgradering (deploy --force)"
backup="$work/backup"; mkdir -p "$backup"
pg_dump -h 127.0.0.1 -U postgres -Fc -f "$backup/nir.dump" "$db"
cp "$JBOSS_HOME/standalone/configuration/"{standalone.xml,nir-hemmeligheter.p12,nir-tls.p12} "$backup/"
cp -r "$JBOSS_HOME/standalone/configuration/nir-users" "$backup/"
cli --command="deploy $top/ear/target/nir-mottak.ear" > /dev/null 2>&1 && feil "deploy uten --force skulle feile"
logg_inn kari 'Kari-passord"1' > /dev/null
cli --command="deploy $top/ear/target/nir-mottak.ear --force" > /dev/null
innlogget kari || feil "kari sin åpne økt overlevde ikke deploy --force"
echo "   kari sin åpne økt overlevde deploy --force"
grep -q "is up to date" "$JBOSS_HOME/standalone/log/server.log" || feil "Flyway sa ikke 'up to date'"
logg_inn kari 'Kari-passord"1' | grep -q 'id="innlogget"' || feil "kari kommer ikke inn etter oppgradering"
[ "$(pg_restore -l "$backup/nir.dump" | grep -c 'TABLE DATA')" -gt 5 ] || feil "sikkerhetskopien mangler tabeller"

steg "9. Bytte til en annen realm (properties: ApplicationRealm) med batch + reload"
"$JBOSS_HOME/bin/add-user.sh" -a -u ola -p 'Ola-passord-1' -g nir-les,kommune-4204 -s
cat > "$work/realm.cli" <<'CLI'
batch
/subsystem=elytron/security-domain=nir:write-attribute(name=realms, value=[{realm=ApplicationRealm, role-decoder=groups-to-roles}])
/subsystem=elytron/security-domain=nir:write-attribute(name=default-realm, value=ApplicationRealm)
run-batch
reload
CLI
cli --file="$work/realm.cli" > /dev/null
logg_inn ola 'Ola-passord-1' | grep -q 'id="innlogget"' || feil "ola kommer ikke inn via ApplicationRealm"
logg_inn kari 'Kari-passord"1' | grep -q 'id="innlogget"' && feil "kari skulle ikke komme inn etter realm-byttet"

steg "10. Loggene: $JBOSS_HOME/standalone/log/server.log"
for advarsel in "WFLYSRV0018.*org.jboss.vfs" "ISPN000419"; do
    echo "   $advarsel: $(grep -c "$advarsel" "$JBOSS_HOME/standalone/log/server.log" || true) linjer"
done
steg "Ferdig: README-gjennomgangen holder (skjemaversjon $schema)."
