#!/usr/bin/env bash
# Puts the database password into the Elytron credential store "nir-hemmeligheter" (alias nir-db),
# which the datasource NirDS reads (datasource.cli). Creates the store on first use. See README.
set -euo pipefail

bruk() {
    cat <<'TEXT'
Bruk: db-passord.sh [--controller VERT:PORT] [--cli]

Leser databasepassordet fra terminalen (eller én linje på stdin) og lagrer det i Elytrons
credential store nir-hemmeligheter (standalone/configuration/nir-hemmeligheter.p12), alias nir-db.
Lager storen første gang. Bytter passordet når det finnes fra før; last da serveren på nytt (reload).
Miljø: JBOSS_HOME (påkrevd uten --cli). --cli: skriv jboss-cli-kommandoene til stdout.
TEXT
    exit 2
}

cli=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=felles.sh
. "$cli/felles.sh"
les_valg "$@"
[ ${#argumenter[@]} -eq 0 ] || bruk

store=/subsystem=elytron/credential-store=nir-hemmeligheter
passord=$(les_passord databasen)
# The store's own password: random, in standalone.xml; the store file and standalone.xml together
# give the database password, so both stay readable by the server's user only.
lagerpassord=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
cat > "$kommandoer" <<CLI
if (outcome != success) of $store:read-resource
    $store:add(location=nir-hemmeligheter.p12, relative-to=jboss.server.config.dir, credential-reference={clear-text=$lagerpassord}, create=true)
end-if
try
    $store:add-alias(alias=nir-db, secret-value=$(cli_tekst "$passord"))
catch
    $store:set-secret(alias=nir-db, secret-value=$(cli_tekst "$passord"))
end-try
CLI
if $bare_cli; then
    kjor_cli
else
    kjor_cli > /dev/null
    fil="$JBOSS_HOME/standalone/configuration/nir-hemmeligheter.p12"
    [ ! -f "$fil" ] || chmod 600 "$fil"
    echo "Databasepassordet er lagret i nir-hemmeligheter (alias nir-db)."
fi
