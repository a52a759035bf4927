#!/usr/bin/env bash
# Builds the container image from the EAR the Maven build made and proves it with podman: runs it
# against the local PostgreSQL (a database of its own), waits for /health/ready, logs in as a demo
# user, opens a person page, stops the container. Prints the image size and the start time.
# Usage (from anywhere, after "mvn -B -DskipTests verify"): docker/verify.sh
# Podman settings that work on these machines: runc as the runtime, no default ulimits (a
# containers.conf of this script's own, via CONTAINERS_CONF), host networking.
# NIR_VERIFY_DB and NIR_VERIFY_OFFSET name the database (created and dropped) and the port offset;
# NIR_BASE_IMAGE overrides the base image (default: localhost/nir-base:bookworm, made by
# docker/base-image.sh when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
offset=${NIR_VERIFY_OFFSET:-570}
http=$((8080 + offset)); admin=$((9990 + offset))
db=${NIR_VERIFY_DB:-nir_container_verify}
base=${NIR_BASE_IMAGE:-localhost/nir-base:bookworm}
image=localhost/nir-mottak:verify
navn=nir-mottak-verify
runtime=(--runtime /usr/sbin/runc)

for f in ear/target/nir-mottak.ear ear/target/dist/wildfly-dist-*.zip ear/target/driver/postgresql-*.jar; do
    [ -f "$f" ] || { echo "Missing $f: run mvn -B -DskipTests verify first" >&2; exit 1; }
done
conf=$(mktemp -d)
printf '[containers]\ndefault_ulimits = []\n' > "$conf/containers.conf"
export CONTAINERS_CONF=$conf/containers.conf
jar=$(mktemp)
cleanup() {
    podman "${runtime[@]}" rm -f -t 30 "$navn" >/dev/null 2>&1 || true
    dropdb -h 127.0.0.1 -U postgres --if-exists --force "$db" || true
    rm -rf "$conf" "$jar"
}
trap cleanup EXIT

if ! podman image exists "$base"; then
    echo "Making the base image $base from Debian packages ..."
    bash docker/base-image.sh
fi

echo "Building $image ..."
start=$(date +%s)
podman build "${runtime[@]}" --network=host -q -f docker/Dockerfile \
    --build-arg BUILD_IMAGE="$base" --build-arg BASE_IMAGE="$base" -t "$image" .
echo "Image built in $(( $(date +%s) - start )) s; size $(podman image inspect "$image" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}')"

dropdb -h 127.0.0.1 -U postgres --if-exists --force "$db"
createdb -h 127.0.0.1 -U postgres "$db"

echo "Starting the container (ports $http, management $admin on 127.0.0.1) ..."
t0=$(date +%s%N)
podman "${runtime[@]}" run -d --name "$navn" --network=host \
    -e NIR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" -e NIR_DB_USER=postgres -e NIR_DB_PASSWORD=postgres \
    "$image" -Djboss.socket.binding.port-offset="$offset" >/dev/null
until curl -sf "http://127.0.0.1:$admin/health/ready" >/dev/null; do
    if [ "$(podman inspect "$navn" --format '{{.State.Running}}')" != "true" ]; then
        podman logs "$navn" | tail -50; echo "The container stopped" >&2; exit 1
    fi
    if (( ($(date +%s%N) - t0) / 1000000000 > 900 )); then
        podman logs "$navn" | tail -50; echo "Not ready within 900 s" >&2; exit 1
    fi
    sleep 0.5
done
echo "Ready: /health/ready UP $(( ($(date +%s%N) - t0) / 1000000 )) ms after podman run"
curl -s "http://127.0.0.1:$admin/health/ready"; echo
if curl -s -o /dev/null --connect-timeout 2 "http://$(hostname -I | awk '{print $1}'):$admin/health/ready"; then
    echo "The management interface answers on a non-loopback address" >&2; exit 1
fi

# A person of Kristiansand, as the deployment's migrations left the schema.
person=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -v ON_ERROR_STOP=1 <<'SQL'
insert into mottak (id, navn, vertskommune_nummer) values (nextval('mottak_seq'), 'Containermottak', '4204');
insert into person (id, duf_nummer, fornavn, etternavn, fodselsdato, kjonn, statsborgerskap, tillatelsesdato, mottak_id, oppfolgingskommune_nummer)
values (nextval('person_seq'), '812345678901', 'Nora', 'Containersen', date '1990-01-01', 'K', 'Syria', date '2021-02-01', currval('mottak_seq'), '4204')
returning id;
SQL
)
app="http://127.0.0.1:$http/nir"
curl -s -c "$jar" -b "$jar" -o /dev/null "$app/"
curl -s -c "$jar" -b "$jar" -L -o /dev/null -d j_username=les -d j_password=passord "$app/j_security_check"
side=$(curl -s -c "$jar" -b "$jar" "$app/person/grunndata.xhtml?id=$person")
if ! grep -q Containersen <<<"$side" || grep -q j_security_check <<<"$side"; then
    echo "$side" | head -40; echo "Login or person page failed" >&2; exit 1
fi
echo "Logged in as les and opened the person page of Nora Containersen (person $person)"
t1=$(date +%s%N)
podman "${runtime[@]}" stop -t 30 "$navn" >/dev/null
kode=$(podman inspect "$navn" --format '{{.State.ExitCode}}')
echo "Stopped in $(( ($(date +%s%N) - t1) / 1000000 )) ms (exit code $kode)"
# 137: podman had to kill it after 30 s, i.e. WildFly ignored SIGTERM.
[ "$kode" != 137 ] || { echo "WildFly did not stop on SIGTERM" >&2; exit 1; }
echo "Image $image: OK"
