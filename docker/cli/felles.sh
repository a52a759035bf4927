# Shared by nir-bruker.sh and db-passord.sh (sourced): options, password input, CLI quoting and
# running jboss-cli against the server's management interface.

feil() { echo "$(basename "$0" .sh): $*" >&2; exit 1; }

# --controller HOST:PORT and --cli anywhere on the line; the rest lands in "argumenter".
controller=localhost:9990
bare_cli=false
argumenter=()
les_valg() {
    while [ $# -gt 0 ]; do
        case $1 in
            --controller) controller=${2:?}; shift 2 ;;
            --cli) bare_cli=true; shift ;;
            -h|--help) bruk ;;
            *) argumenter+=("$1"); shift ;;
        esac
    done
}

# From the terminal (asked twice), or one line on stdin.
les_passord() {
    local p1 p2
    if [ -t 0 ]; then
        read -rsp "Passord for $1: " p1; echo >&2
        read -rsp "Gjenta passordet: " p2; echo >&2
        [ "$p1" = "$p2" ] || feil "passordene er ulike"
    else
        IFS= read -r p1 || true
    fi
    [ -n "$p1" ] || feil "tomt passord"
    printf '%s' "$p1"
}

# A value as a quoted CLI string: a " or \ in a password must reach the server unchanged.
cli_tekst() {
    local v=${1//\\/\\\\}
    v=${v//\"/\\\"}
    printf '"%s"' "$v"
}

# Commands go through a private temporary file, so a password never shows in the process list.
kommandoer=$(mktemp --suffix=.cli)
chmod 600 "$kommandoer"
trap 'rm -f "$kommandoer"' EXIT

# Runs the commands in $kommandoer (with --cli: prints them instead); prints the CLI's answers.
kjor_cli() {
    local ut
    if $bare_cli; then
        cat "$kommandoer"
        return
    fi
    : "${JBOSS_HOME:?JBOSS_HOME må peke på WildFly-katalogen}"
    if ! ut=$("$JBOSS_HOME/bin/jboss-cli.sh" -c --controller="$controller" --timeout=60000 --file="$kommandoer" 2>&1); then
        echo "$ut" | grep -v '"outcome" => "success"' >&2
        feil "jboss-cli feilet"
    fi
    echo "$ut"
}
