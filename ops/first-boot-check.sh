#!/usr/bin/env bash
# Proves that a college can start from an empty database ("Running Samspil for real" in the README):
# boots the provisioned server with the application on a fresh, empty MariaDB database (port offset
# 300, mails written to the log) and SAMSPIL_ADMIN_EMAIL set, then checks that the schema and the
# reference data (5 regions, 98 municipalities, the starting themes) and nothing else are there, that
# the first administrator was made and mailed a link on SAMSPIL_BASE_URL, that the link sets a
# password once, that the administrator can then log in and open the administration, and that a
# second boot makes no second administrator. Needs a MariaDB server whose root the mariadb client
# reaches over the socket (as .ci/run has), curl and a build (ear/target/server, ear/target/samspil.ear).
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
database=samspil_first_boot
admin=first-admin@college.example
work=$(mktemp -d)
export BASE=http://127.0.0.1:8380
# shellcheck source=ops/lib.sh
. ops/lib.sh
stop() {
    stop_server_in "$work"
}
trap 'stop; rm -rf "$work"; mariadb --user=root -e "DROP DATABASE IF EXISTS $database" || true' EXIT

create_database "$database" samspil_first first-boot-check-only
sql() {
    mariadb --user=root -N -e "$1" "$database"
}
expect() { # $1 = what, $2 = expected, $3 = actual
    if [ "$2" != "$3" ]; then
        echo "First boot: $1 is '$3', expected '$2'" >&2
        exit 1
    fi
}

boot() { # starts the server and waits until the application is deployed; the console goes to $work/console
    rm -rf "$work/standalone" && cp -r "$server/standalone" "$work/standalone"
    rm -rf "$work/standalone/deployments/"* "$work/standalone/log" "$work/standalone/data" "$work/standalone/tmp"
    cp ear/target/samspil.ear "$work/standalone/deployments/"
    MARIADB_URL="jdbc:mariadb://127.0.0.1:3306/$database" MARIADB_USER=samspil_first \
    MARIADB_PASSWORD=first-boot-check-only SAMSPIL_BASE_URL="$BASE" SAMSPIL_ADMIN_EMAIL="$admin" \
    SAMSPIL_ADMIN_NAME="Første Administrator" LOG_FORMAT='' \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" -Djboss.socket.binding.port-offset=300 \
        -Dsamspil.mail.log=true -Dsamspil.finance.compile-rules-at-boot=false > "$work/console" 2>&1 &
    echo $! > "$work/pid"
    for _ in $(seq 1 120); do
        grep -q 'Deployed "samspil.ear"\|WFLYCTL0186\|Failed to deploy' "$work/console" && break
        sleep 1
    done
    grep -q 'Deployed "samspil.ear"' "$work/console" || { cat "$work/console"; echo "First boot: not deployed" >&2; exit 1; }
    sleep 2
}

boot
if grep -E ' (ERROR|SEVERE) +\[' "$work/console"; then
    echo "First boot: the log has errors (above)" >&2
    exit 1
fi
expect "regions" 5 "$(sql 'SELECT COUNT(*) FROM region')"
expect "municipalities with their region" 98 "$(sql 'SELECT COUNT(*) FROM municipality WHERE region_id IS NOT NULL')"
expect "Vejle" "Vejle Kommune" "$(sql "SELECT name FROM municipality WHERE code = '630'")"
expect "active themes" 8 "$(sql 'SELECT COUNT(*) FROM theme WHERE active')"
expect "institutions" 0 "$(sql 'SELECT COUNT(*) FROM institution')"
expect "courses" 0 "$(sql 'SELECT COUNT(*) FROM course')"
expect "accounts" "$admin ADMIN" "$(sql "SELECT CONCAT(a.email, ' ', r.role) FROM account a JOIN account_role r ON r.account_id = a.id")"
link=$(grep -o "$BASE/password-reset.xhtml?token=[A-Za-z0-9_-]\{43\}" "$work/console" | head -1)
[ -n "$link" ] || { cat "$work/console"; echo "First boot: no link to set a password in the mail" >&2; exit 1; }

# shellcheck source=../bench/lib.sh
. bench/lib.sh
PASSWORD="Tidevand ved fjorden i første uge"
jar=$work/cookies
read -r state nonce < <(form_tokens "$jar" "$link")
curl -s -c "$jar" -b "$jar" -o /dev/null "$link" \
    --data-urlencode "password=password" --data-urlencode "password:new-password=$PASSWORD" \
    --data-urlencode "password:repeated=$PASSWORD" --data-urlencode "password:reset=Gem" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
grep -q 'id="link-invalid"' <(curl -s "$link") || { echo "First boot: the link still works after use" >&2; exit 1; }
rm -f "$jar"
log_in "$jar" "$admin"
accounts=$(curl -s -b "$jar" -w '\n%{http_code}' "$BASE/admin/accounts.xhtml")
expect "the accounts page" 200 "$(tail -1 <<<"$accounts")"
grep -q "$admin" <<<"$accounts" || { echo "First boot: the administrator is not on the accounts page" >&2; exit 1; }
expect "the institutions page" 200 "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/admin/institutions.xhtml")"
stop

boot
grep -q 'First administrator' "$work/console" && { echo "First boot: a second boot made an administrator again" >&2; exit 1; }
expect "accounts after a second boot" 1 "$(sql 'SELECT COUNT(*) FROM account')"
stop
echo "First boot: schema and reference data only, the first administrator set a password from the mailed link and administers; a second boot changed nothing"
