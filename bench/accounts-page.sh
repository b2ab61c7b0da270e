#!/usr/bin/env bash
# The administrator's account search (admin/accounts.xhtml?q=&role=&institution=&municipality=&active=&page=)
# on 100,000 accounts (bench/generate-accounts.sql, loaded first if missing), as bench-admin@bench.example:
#  1. SQL statements per view, read from MariaDB's counters (Com_select etc.), for the first page, a
#     text search, a role, a municipality, page 1,000 and the filters combined. The search is a
#     fixed number of statements, so every view must show the same number: the session check, the
#     search (count, the page's ids, those accounts, their roles), the header's unread count, the two
#     filter lists, and the pool's "SELECT 1" check of each connection taken (counted as a SELECT too);
#     run it on a quiet database, other traffic counts too;
#  2. wrk: p50/p95/p99 and requests/s of the first page, the text search and page 1,000 for one
#     administrator (1 connection; wrk needs at least as many connections as threads, so 1 thread).
# Needs the running application (mvn -Prun verify), curl, wrk, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
DB="mariadb --host=${DB_HOST:-127.0.0.1} --port=${DB_PORT:-3307} --user=${DB_USER:-samspil} --password=${DB_PASSWORD:-samspil} samspil"
PASSWORD=samspil-demo-2026
# shellcheck source=lib.sh
. ./lib.sh
DURATION=${DURATION:-15s}
REQUESTS=${REQUESTS:-10}
ADMIN=bench-admin@bench.example

if [ "$($DB -N -e "SELECT COUNT(*) FROM account WHERE email = '$ADMIN'")" = 0 ]; then
    echo "Loading 100,000 accounts (under a minute)"
    $DB < generate-accounts.sql > /dev/null
fi
echo "accounts: $($DB -N -e "SELECT COUNT(*) FROM account"), of them bench: $($DB -N -e "SELECT COUNT(*) FROM account WHERE id BETWEEN 500001 AND 600001"), leaders: $($DB -N -e "SELECT COUNT(*) FROM leader_institution WHERE account_id BETWEEN 500001 AND 600000")"

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
log_in "$jar" "$ADMIN"
session=$(session_of "$jar")
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/admin/accounts.xhtml")
if [ -z "$session" ] || [ "$status" != 200 ]; then
    echo "Could not log in as $ADMIN at $BASE (admin/accounts.xhtml answered $status)" >&2
    exit 1
fi

PAGE=/admin/accounts.xhtml
COMBINED="$PAGE?q=hansen&role=PARTICIPANT&municipality=751&active=true&page=1"
echo
echo "== SQL statements per view ($REQUESTS views each)"
counts=()
for path in "$PAGE" "$PAGE?q=hansen" "$PAGE?role=LEADER" "$PAGE?municipality=630" "$PAGE?page=1000" "$COMBINED"; do
    # warm-up, and the number of accounts the page says it found
    found=$(curl -s -b "$jar" "$BASE$path" | grep -o '<p id="count">[^<]*' | grep -o '[0-9]*$' || echo "?")
    before=$(statements)
    for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -b "$jar" "$BASE$path"; done
    after=$(statements)
    # less the counting query itself; the mail outbox's timer (every 10 s) may add a statement or two
    per_view=$(printf '%.0f' "$(echo "($after - $before - 1) / $REQUESTS" | bc -l)")
    counts+=("$per_view")
    printf "%-80s %5s statements per view (%s found)\n" "$path" "$per_view" "$found"
done
if [ "$(printf '%s\n' "${counts[@]}" | sort -u | wc -l)" = 1 ]; then
    echo "constant: ${counts[0]} statements per view, whatever the filter or page"
else
    echo "NOT constant: ${counts[*]}"
fi

echo
for path in "$PAGE" "$PAGE?q=hansen" "$PAGE?page=1000"; do
    echo "== GET $path, 1 administrator, $DURATION"
    wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $SESSION_COOKIE=$session" -s latency.lua "$BASE$path" \
        | grep -E "Requests/sec|50%|99%|p95|Non-2xx|Socket errors" || echo "  (wrk printed no results)"
done
