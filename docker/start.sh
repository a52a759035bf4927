#!/usr/bin/env bash
# Container entry point: points the datasource at the database named by the environment
# (NIR_DB_URL, NIR_DB_USER, NIR_DB_PASSWORD) on first start, then runs WildFly in the foreground.
# The management interface (health, metrics, administration) listens on NIR_MANAGEMENT_ADDRESS,
# by default the container's own loopback only.
set -euo pipefail
: "${NIR_DB_URL:?NIR_DB_URL must be set, e.g. jdbc:postgresql://db:5432/nir}"
: "${NIR_DB_USER:?NIR_DB_USER must be set}"
: "${NIR_DB_PASSWORD:?NIR_DB_PASSWORD must be set}"

if [ ! -f "$JBOSS_HOME/.nir-datasource" ]; then
    props=$(mktemp)
    hemmelighet=$(mktemp --suffix=.cli)
    printf '%s\n' "nir.postgresql.jar=/opt/nir/postgresql.jar" "nir.db.url=$NIR_DB_URL" \
        "nir.db.user=$NIR_DB_USER" > "$props"
    # The password goes into the credential store, not into standalone.xml.
    printf '%s\n' "$NIR_DB_PASSWORD" | bash /opt/nir/cli/db-passord.sh --cli > "$hemmelighet"
    bash /opt/nir/cli/apply-offline.sh "$JBOSS_HOME" "$props" "$hemmelighet" /opt/nir/cli/datasource.cli /opt/nir/cli/monitoring.cli \
        /opt/nir/cli/batch-timere.cli
    rm -f "$props" "$hemmelighet"
    touch "$JBOSS_HOME/.nir-datasource"
fi
# standalone.sh runs as PID 1, which ignores SIGTERM it has no handler for: in background mode it
# traps TERM and passes it to the JVM, so "podman stop"/"docker stop" shut WildFly down cleanly.
export LAUNCH_JBOSS_IN_BACKGROUND=true
exec "$JBOSS_HOME/bin/standalone.sh" -b 0.0.0.0 -bmanagement "${NIR_MANAGEMENT_ADDRESS:-127.0.0.1}" "$@"
