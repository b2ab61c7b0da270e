#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/*.png): each role's home at 1280 and 360 px wide,
# logged in as the demo accounts. Boots the provisioned server on a fresh MariaDB database with the
# demo data (port offset 800), runs docs/screenshots/take.js in Debian's Chromium, and stops the
# server. Needs a build (mvn package -DskipTests), a MariaDB server whose root the mariadb client
# reaches over the socket, Chromium and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
database=samspil_screenshots
work=$(mktemp -d)
export BASE=http://127.0.0.1:8880
# shellcheck source=ops/lib.sh
. ops/lib.sh
trap 'stop_server_in "$work"; rm -rf "$work"; mariadb --user=root -e "DROP DATABASE IF EXISTS $database" || true' EXIT

create_database "$database" samspil_shots screenshots-only
cp -r "$server/standalone" "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/log" "$work/standalone/data" "$work/standalone/tmp"
cp ear/target/samspil.ear "$work/standalone/deployments/"
MARIADB_URL="jdbc:mariadb://127.0.0.1:3306/$database" MARIADB_USER=samspil_shots MARIADB_PASSWORD=screenshots-only \
SAMSPIL_DEMO_DATA=true SAMSPIL_BASE_URL="$BASE" \
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" -Djboss.socket.binding.port-offset=800 \
    -Dsamspil.demo-data=true -Dsamspil.mail.log=true > "$work/console" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 180); do
    grep -q 'Deployed "samspil.ear"\|WFLYCTL0186\|Failed to deploy' "$work/console" && break
    sleep 1
done
grep -q 'Deployed "samspil.ear"' "$work/console" || { tail -50 "$work/console"; echo "Screenshots: not deployed" >&2; exit 1; }
npm ci --prefix docs/screenshots --no-audit --no-fund --loglevel=error
node docs/screenshots/take.js
