#!/usr/bin/env bash
# Makes local base images from Debian packages where public images cannot be pulled:
#   localhost/nir-base:bookworm   Debian bookworm (debootstrap minbase) + openjdk-17-jre-headless + unzip
# Then: podman build --build-arg BUILD_IMAGE=localhost/nir-base:bookworm --build-arg BASE_IMAGE=localhost/nir-base:bookworm ...
# Needs root, debootstrap and podman; takes a few minutes. Usage: docker/base-image.sh [MIRROR]
set -euo pipefail
image=localhost/nir-base:bookworm
mirror=${1:-http://deb.debian.org/debian}
root=$(mktemp -d /var/tmp/nir-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jre-headless,unzip bookworm "$root" "$mirror"
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
tar -C "$root" -c . | podman import --change 'ENV LANG=C.UTF-8' - "$image"
podman image inspect "$image" --format '{{.Size}}' | awk -v i="$image" '{printf "%s: %.0f MB\n", i, $1/1e6}'
