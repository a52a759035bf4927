#!/usr/bin/env bash
# NIR users in the Elytron filesystem realm "nir-realm", over jboss-cli. Passwords are stored as
# bcrypt hashes with a random salt, never in clear or base64. See README, "Users".
set -euo pipefail

bruk() {
    cat <<'TEXT'
Bruk: nir-bruker.sh [--controller VERT:PORT] [--cli] KOMMANDO ...

  legg-til NAVN --roller R[,R...] [--kommuner NNNN[,NNNN...]] [--bydel NNNNNN]
                           ny bruker; passordet leses fra terminalen (eller én linje på stdin)
  roller NAVN R[,R...]     erstatter brukerens roller
  kommuner NAVN NNNN[,NNNN...] [--bydel NNNNNN]
                           erstatter brukerens kommuner og bydel (uten --bydel: ingen bydel)
  passord NAVN             nytt passord (fra terminalen eller stdin)
  fjern NAVN               sletter brukeren
  logg-ut NAVN             avslutter brukerens åpne økter i NIR (de andre kommandoene over gjør det selv)
  vis NAVN                 brukerens roller, kommuner og bydel
  liste                    alle brukere med roller, kommuner og bydel (på serverens egen maskin)

Roller: nir-les, nir-skriv, nir-kommuneadmin, bosetting, imdi, nir-drift (Datakilder og /nir/info),
nir-datakilde (sender hendelser til køen), og grupper kommune-NNNN / bydel-NNNNNN.
Miljø: JBOSS_HOME (påkrevd uten --cli), NIR_REALM (standard nir-realm).
--controller: serverens management-grensesnitt (standard localhost:9990).
--cli: skriv jboss-cli-kommandoene til stdout i stedet for å kjøre dem (f.eks. for embed-server).
roller, kommuner, passord og fjern avslutter brukerens åpne økter på serveren de kjøres mot, så
endringen gjelder straks (i en klynge: kjør logg-ut mot hver node).
TEXT
    exit 2
}

cli=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=felles.sh
. "$cli/felles.sh"
realm=${NIR_REALM:-nir-realm}
les_valg "$@"
set -- "${argumenter[@]}"
[ $# -ge 1 ] || bruk
kommando=$1; shift
ressurs="/subsystem=elytron/filesystem-realm=$realm"

sjekk_navn() {
    [[ $1 =~ ^[A-Za-z0-9._@-]+$ ]] || feil "ugyldig brukernavn '$1' (bokstaver, tall, . _ @ -)"
}

# A comma-separated list, each item checked against a pattern; printed as a CLI list of strings.
liste_av() {
    local verdier=$1 monster=$2 hva=$3 ut= v
    IFS=, read -ra deler <<< "$verdier"
    [ ${#deler[@]} -gt 0 ] || feil "mangler $hva"
    for v in "${deler[@]}"; do
        [[ $v =~ $monster ]] || feil "ugyldig $hva '$v'"
        ut+="${ut:+,}\"$v\""
    done
    echo "[$ut]"
}
roller_av() {
    liste_av "$1" '^(nir-les|nir-skriv|nir-kommuneadmin|bosetting|imdi|nir-drift|nir-datakilde|kommune-[0-9]{4}|bydel-[0-9]{6})$' rolle
}
# Quoted numbers: unquoted, the CLI reads 0301 as a number and stores 301.
kommuner_av() { liste_av "$1" '^[0-9]{4}$' "kommunenummer (fire sifre)"; }
bydel_av() { liste_av "$1" '^[0-9]{6}$' "bydelsnummer (seks sifre)"; }

# set-password with bcrypt and 16 random salt bytes; the CLI hashes, the realm stores the hash.
sett_passord() {
    local navn=$1 passord=$2 salt
    salt=$(od -An -tx1 -N16 /dev/urandom | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/')
    echo "$ressurs:set-password(identity=$navn, bcrypt={password=$(cli_tekst "$passord"), salt=bytes{$salt}, iteration-count=10})"
}

erstatt_attributt() {
    local navn=$1 attributt=$2 verdier=$3
    echo "$ressurs:remove-identity-attribute(identity=$navn, name=$attributt)"
    if [ -n "$verdier" ]; then
        echo "$ressurs:add-identity-attribute(identity=$navn, name=$attributt, value=$verdier)"
    fi
}

# Ends the user's sessions in the web application: it names the user in the session attribute
# nir-bruker (no.nir.web.tilgang.OktEierFilter); Undertow's management operations find and end them.
# Nothing to do without a deployment (or with --cli: an embedded server has no sessions).
logg_ut() {
    local navn=$1 adresse okter
    $bare_cli && return 0
    echo '/deployment=*/subdeployment=*/subsystem=undertow:read-attribute(name=context-root)' > "$kommandoer"
    adresse=$(kjor_cli | awk -F'"' '/"deployment" =>/ { d = $4 } /"subdeployment" =>/ { s = $4 }
        /"result" => "\/nir",?$/ { print "/deployment=" d "/subdeployment=" s "/subsystem=undertow" }')
    [ -n "$adresse" ] || return 0
    cat > "$kommandoer" <<CLI
for okt in $adresse:list-sessions
    echo okt \$okt
    $adresse:list-session-attributes(session-id=\$okt)
done
CLI
    okter=$(kjor_cli | awk -v navn="$navn" '$1 == "okt" { okt = $2 } $0 ~ /\("nir-bruker" => "/ {
        split($0, d, "\""); if (d[4] == navn) print okt }')
    : > "$kommandoer"
    for okt in $okter; do echo "$adresse:invalidate-session(session-id=$okt)" >> "$kommandoer"; done
    [ -z "$okter" ] || kjor_cli > /dev/null
    echo "Avsluttet $(echo $okter | wc -w) åpne økter for $navn."
}

case $kommando in
    legg-til)
        navn=${1:?}; shift; sjekk_navn "$navn"
        roller= kommuner= bydel=
        while [ $# -gt 0 ]; do
            case $1 in
                --roller) roller=$(roller_av "${2:-}"); shift 2 ;;
                --kommuner) kommuner=$(kommuner_av "${2:-}"); shift 2 ;;
                --bydel) bydel=$(bydel_av "${2:-}"); shift 2 ;;
                *) feil "ukjent valg '$1'" ;;
            esac
        done
        [ -n "$roller" ] || feil "legg-til trenger --roller"
        passord=$(les_passord "$navn")
        {
            echo "$ressurs:add-identity(identity=$navn)"
            sett_passord "$navn" "$passord"
            echo "$ressurs:add-identity-attribute(identity=$navn, name=groups, value=$roller)"
            [ -z "$kommuner" ] || echo "$ressurs:add-identity-attribute(identity=$navn, name=kommunenummer, value=$kommuner)"
            [ -z "$bydel" ] || echo "$ressurs:add-identity-attribute(identity=$navn, name=bydelsnummer, value=$bydel)"
        } > "$kommandoer"
        kjor_cli > /dev/null
        $bare_cli && cat "$kommandoer" || echo "La til $navn."
        ;;
    roller)
        navn=${1:?}; sjekk_navn "$navn"
        roller=$(roller_av "${2:-}")
        erstatt_attributt "$navn" groups "$roller" > "$kommandoer"
        kjor_cli > /dev/null
        $bare_cli && cat "$kommandoer" || echo "Nye roller for $navn gjelder fra neste innlogging."
        logg_ut "$navn"
        ;;
    kommuner)
        navn=${1:?}; sjekk_navn "$navn"
        kommuner=$(kommuner_av "${2:-}")
        bydel=
        if [ "${3:-}" = --bydel ]; then bydel=$(bydel_av "${4:-}"); fi
        {
            erstatt_attributt "$navn" kommunenummer "$kommuner"
            erstatt_attributt "$navn" bydelsnummer "$bydel"
        } > "$kommandoer"
        kjor_cli > /dev/null
        $bare_cli && cat "$kommandoer" || echo "Nye kommuner for $navn gjelder fra neste innlogging."
        logg_ut "$navn"
        ;;
    passord)
        navn=${1:?}; sjekk_navn "$navn"
        passord=$(les_passord "$navn")
        sett_passord "$navn" "$passord" > "$kommandoer"
        kjor_cli > /dev/null
        $bare_cli && cat "$kommandoer" || echo "Nytt passord for $navn er satt."
        logg_ut "$navn"
        ;;
    fjern)
        navn=${1:?}; sjekk_navn "$navn"
        echo "$ressurs:remove-identity(identity=$navn)" > "$kommandoer"
        kjor_cli > /dev/null
        $bare_cli && cat "$kommandoer" || echo "Fjernet $navn."
        logg_ut "$navn"
        ;;
    logg-ut)
        navn=${1:?}; sjekk_navn "$navn"
        $bare_cli && feil "logg-ut kan ikke skrives som CLI"
        logg_ut "$navn"
        ;;
    vis)
        navn=${1:?}; sjekk_navn "$navn"
        echo "$ressurs:read-identity(identity=$navn)" > "$kommandoer"
        flat=$(kjor_cli | tr -d ' \n')
        for par in roller:groups kommuner:kommunenummer bydel:bydelsnummer; do
            echo "${par%%:*}: $(echo "$flat" | sed -n "s/.*\"${par#*:}\"=>\[\([^]]*\)\].*/\1/p" | tr -d '"')"
        done
        ;;
    liste)
        $bare_cli && feil "liste kan ikke skrives som CLI"
        # The realm keeps one file per user (name-BASE32.xml); read them where the server keeps them.
        echo "$ressurs:read-attribute(name=path)" > "$kommandoer"
        echo "$ressurs:read-attribute(name=relative-to)" >> "$kommandoer"
        ut=$(kjor_cli)
        sti=$(echo "$ut" | sed -n 's/^ *"result" => "\(.*\)"$/\1/p' | head -1)
        relativ=$(echo "$ut" | sed -n 's/^ *"result" => "\(.*\)"$/\1/p' | sed -n 2p)
        if [ -n "$relativ" ]; then
            echo "/path=$relativ:read-attribute(name=path)" > "$kommandoer"
            sti="$(kjor_cli | sed -n 's/^ *"result" => "\(.*\)"$/\1/p')/$sti"
        fi
        [ -d "$sti" ] || feil "finner ikke $sti (liste virker bare på serverens egen maskin)"
        printf '%-16s %-34s %-16s %s\n' BRUKER ROLLER KOMMUNER BYDEL
        find "$sti" -name '*.xml' | while read -r fil; do
            kode=$(basename "$fil" .xml); kode=${kode##*-}
            while [ $(( ${#kode} % 8 )) -ne 0 ]; do kode+="="; done
            verdier() { sed -n "s/.*<attribute name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" "$fil" | paste -sd, -; }
            printf '%-16s %-34s %-16s %s\n' "$(echo "$kode" | base32 -d)" "$(verdier groups)" \
                "$(verdier kommunenummer)" "$(verdier bydelsnummer)"
        done | sort
        ;;
    *) bruk ;;
esac
