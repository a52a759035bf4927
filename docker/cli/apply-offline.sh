#!/usr/bin/env bash
# Applies jboss-cli scripts to a stopped WildFly (embed-server), the same scripts an administrator
# runs with "jboss-cli.sh -c --file=... --properties=..." against a running server.
# Quiet on success; on failure it prints the CLI's output.
# Usage: apply-offline.sh JBOSS_HOME PROPERTIES_FILE SCRIPT.cli [SCRIPT.cli ...]
# NIR_SERVER_CONFIG names another configuration file, e.g. standalone-ha.xml (default standalone.xml).
set -euo pipefail
jboss_home=$1; props=$2; shift 2
wrapper=$(mktemp --suffix=.cli)
output=$(mktemp)
trap 'rm -f "$wrapper" "$output"' EXIT
{
    echo "embed-server --std-out=discard --server-config=${NIR_SERVER_CONFIG:-standalone.xml}"
    for script in "$@"; do cat "$script"; echo; done
    echo "stop-embedded-server"
} > "$wrapper"
if ! JBOSS_HOME="$jboss_home" "$jboss_home/bin/jboss-cli.sh" --file="$wrapper" --properties="$props" \
        --resolve-parameter-values > "$output" 2>&1; then
    cat "$output" >&2
    exit 1
fi
