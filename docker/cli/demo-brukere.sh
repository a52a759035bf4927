#!/usr/bin/env bash
# Demo users, one or more per role of SPEC §1, all with the password "passord", made the same way
# as real users (nir-bruker.sh: bcrypt with a random salt). For demonstration and tests only.
# Prints jboss-cli commands for a realm without demo users (every caller lays its server anew): apply
# them with apply-offline.sh, or jboss-cli.sh -c --file=... No probe for existing users: a failed
# read-identity is an ERROR in server.log. With --liste: the list run.sh prints.
set -euo pipefail
cli=$(cd "$(dirname "$0")" && pwd)

# name | roles | kommuner | bydel | description
brukere=$(cat <<'TABLE'
les|nir-les|4204||NIR lesetilgang, Kristiansand (4204)
skriv|nir-skriv|4204||NIR skrivetilgang, Kristiansand (4204)
kommuneadmin|nir-kommuneadmin|4204||NIR Kommune-administrativ bruker, Kristiansand (4204)
bosetting|bosetting|4204||Bosetting (Kompetanse), Kristiansand (4204)
imdi|imdi|||IMDi, alle kommuner
oslo|nir-skriv|0301||NIR skrivetilgang, Oslo (0301)
gamleoslo|nir-les|0301|030101|NIR lesetilgang, Oslo bydel Gamle Oslo (030101)
bergen|nir-skriv|4601||NIR skrivetilgang, Bergen (4601)
region|nir-les|4204,4601||NIR lesetilgang, Kristiansand og Bergen
gruppe|nir-les,kommune-4601|||NIR lesetilgang, Bergen gitt som gruppen kommune-4601
bydelskriv|nir-skriv|0301|030101|NIR skrivetilgang, Oslo bydel Gamle Oslo (030101)
bydeladmin|nir-kommuneadmin|0301|030101|NIR Kommune-administrativ bruker, Oslo bydel Gamle Oslo (030101)
drift|nir-drift|||Drift: Datakilder (feilede hendelser, innlasting) og /nir/info
datakilde|nir-datakilde|||Avsender av hendelser til køen (meldingsbrokeren), ingen sider
TABLE
)

while IFS='|' read -r navn roller kommuner bydel beskrivelse; do
    if [ "${1:-}" = --liste ]; then
        printf '  %-13s %s\n' "$navn" "$beskrivelse"
        continue
    fi
    echo "# $navn: $beskrivelse"
    valg=(--roller "$roller")
    [ -z "$kommuner" ] || valg+=(--kommuner "$kommuner")
    [ -z "$bydel" ] || valg+=(--bydel "$bydel")
    echo passord | NIR_REALM=nir-realm bash "$cli/nir-bruker.sh" --cli legg-til "$navn" "${valg[@]}"
done <<< "$brukere"
