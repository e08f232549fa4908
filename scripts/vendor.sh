#!/usr/bin/env bash
# Vendor the NL Design System CSS components and the font Steunwijzer uses (`make vendor`).
# Fetches the pinned npm packages with `npm pack` into a temporary folder and copies only the
# files the site serves into steunwijzer/core/static/core/vendor/, with their licences.
# Nothing is built or fetched at run time. To update: change a version below, run
# `make vendor`, look at the pages (docs/design.md), commit the changed files.
set -euo pipefail

PACKAGES=(
  "@utrecht/button-css@3.1.0"
  "@utrecht/button-link-css@2.0.1"
  "@utrecht/breadcrumb-nav-css@2.1.0"
  "@utrecht/skip-link-css@2.0.1"
  "@utrecht/link-css@2.0.1"
  "@fontsource/atkinson-hyperlegible@5.3.0"
)
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/steunwijzer/core/static/core/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
for package in "${PACKAGES[@]}"; do
  npm pack --silent "$package" >/dev/null
done
for tarball in *.tgz; do
  mkdir -p "${tarball%.tgz}" && tar xzf "$tarball" -C "${tarball%.tgz}"
done

# One file (one request) with the components in this order; site.css sets their tokens.
rm -rf "$DEST" && mkdir -p "$DEST/utrecht" "$DEST/fonts"
for component in button button-link breadcrumb-nav skip-link link; do
  dir=$(ls -d utrecht-"$component"-css-*/package)
  cat "$dir/dist/index.css" >> "$DEST/utrecht/components.css"
  printf '\n' >> "$DEST/utrecht/components.css"
done
# The Utrecht packages share one licence (EUPL-1.2); keep it once, with the versions used.
cp "$(ls -d utrecht-button-css-*/package)/LICENSE.md" "$DEST/utrecht/LICENSE.md"
printf '%s\n' "${PACKAGES[@]}" > "$DEST/VERSIONS.txt"

# Atkinson Hyperlegible: the latin subset only, regular and bold, woff2 (SIL OFL 1.1).
font=$(ls -d fontsource-atkinson-hyperlegible-*/package)
for weight in 400 700; do
  cp "$font/files/atkinson-hyperlegible-latin-$weight-normal.woff2" "$DEST/fonts/"
done
cp "$font/LICENSE" "$DEST/fonts/OFL.txt"
echo "Vendored into $DEST:"
find "$DEST" -type f | sort | sed "s|$ROOT/||"
