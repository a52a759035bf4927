#!/usr/bin/env bash
# Lays out a local WildFly for the tests or the run command: creates the database if missing,
# unpacks the server and configures it with the same CLI scripts an administrator uses
# (datasource, security, web security, message broker, batch and timers, demo users). The server is
# laid anew whenever the scripts or the arguments change, so it never runs a stale configuration.
# Usage: prepare-local-server.sh DIST_ZIP JBOSS_HOME POSTGRESQL_JAR DB_HOST DB_NAME [fresh]
# With "fresh" the database is dropped and created again (the tests start from an empty one).
set -euo pipefail
dist=$1; jboss_home=$2; driver=$3; db_host=$4; db=$5; fresh=${6:-}
cli=$(cd "$(dirname "$0")" && pwd)

if [ "$fresh" = "fresh" ]; then
    dropdb -h "$db_host" -U postgres --if-exists --force "$db"
fi

if ! psql -h "$db_host" -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    createdb -h "$db_host" -U postgres "$db"
fi

scripts=("$cli/datasource.cli" "$cli/monitoring.cli" "$cli/security.cli" "$cli/web-security.cli" \
    "$cli/messaging.cli" "$cli/batch-timere.cli")
# The demo users' commands differ every time (random salts), so their scripts make the fingerprint.
fingerprint=$(cat "${scripts[@]}" "$cli/demo-brukere.sh" "$cli/nir-bruker.sh" "$cli/db-passord.sh" "$cli/felles.sh" \
    "$cli/apply-offline.sh" \
    <(echo "$dist $driver $db_host $db") | sha1sum | cut -d' ' -f1)
marker="$jboss_home/.nir-configured"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$fingerprint" ]; then
    exit 0
fi
rm -rf "$jboss_home"
mkdir -p "$(dirname "$jboss_home")"
unzip -q "$dist" -d "$(dirname "$jboss_home")"

props=$(mktemp)
demo=$(mktemp --suffix=.cli)
hemmelighet=$(mktemp --suffix=.cli)
trap 'rm -f "$props" "$demo" "$hemmelighet"' EXIT
bash "$cli/demo-brukere.sh" > "$demo"
echo postgres | bash "$cli/db-passord.sh" --cli > "$hemmelighet"
cat > "$props" <<PROPS
nir.postgresql.jar=$driver
nir.db.url=jdbc:postgresql://$db_host:5432/$db
nir.db.user=postgres
PROPS
bash "$cli/apply-offline.sh" "$jboss_home" "$props" "$hemmelighet" "${scripts[@]}" "$demo"
echo "$fingerprint" > "$marker"
