#!/usr/bin/env bash
# The leaders' views on a large municipality (bench/generate-staff.sql, loaded first if missing):
#  1. SQL statements per view of the staff dashboard and the municipality's coverage;
#  2. EXPLAIN of the dashboard's enrolment figures (they must use the index on enrolment.account_id);
#  3. wrk: the dashboard of a leader of 2,000 staff with 1 and with 20 concurrent leaders, each with a
#     session of their own (p95);
#  4. the time and the server's heap growth of a 10,000-row XLSX export of the staff table.
# Needs the running application (mvn -Prun verify), curl, wrk, bc, jcmd and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
DB="mariadb --host=${DB_HOST:-127.0.0.1} --port=${DB_PORT:-3307} --user=${DB_USER:-samspil} --password=${DB_PASSWORD:-samspil} samspil"
PASSWORD=samspil-demo-2026
# shellcheck source=lib.sh
. ./lib.sh
DURATION=${DURATION:-15s}

load_once "SELECT COUNT(*) FROM account WHERE email = 'leder.stor@bench.example'" generate-staff.sql \
    "the large municipality (a minute or two)"
echo "staff: $($DB -N -e "SELECT COUNT(*) FROM account WHERE id BETWEEN 300001 AND 310000"), enrolments: $($DB -N -e "SELECT COUNT(*) FROM enrolment WHERE account_id BETWEEN 300001 AND 310000"), goals: $($DB -N -e "SELECT COUNT(*) FROM development_goal WHERE account_id BETWEEN 300001 AND 310000")"

jar=$(mktemp)
municipal=$(mktemp)
log_in "$jar" leder.stor@bench.example
log_in "$municipal" leder.kommune@bench.example

echo "== SQL statements per view (10 views each)"
for view in "$jar:/leader/my-staff.xhtml" "$municipal:/leader/my-staff.xhtml" "$municipal:/leader/municipality-coverage.xhtml" \
            "$jar:/leader/coverage.xhtml?school=300001"; do
    cookies=${view%%:*}
    path=${view#*:}
    curl -s -o /dev/null -b "$cookies" "$BASE$path"
    before=$(statements)
    for _ in $(seq 1 10); do curl -s -o /dev/null -b "$cookies" "$BASE$path"; done
    after=$(statements)
    printf "%-60s %5.1f statements per view\n" "$path ($( [ "$cookies" = "$jar" ] && echo "2,000 staff" || echo "10,000 staff"))" "$(echo "($after - $before) / 10" | bc -l)"
done

echo
echo "== EXPLAIN: the dashboard's enrolment figures for a page of 50 people"
$DB -e "EXPLAIN SELECT e.account_id, e.status, COUNT(*), SUM(c.ects) FROM enrolment e JOIN course c ON c.id = e.course_id
        WHERE e.account_id IN ($(seq -s, 300001 300050)) GROUP BY e.account_id, e.status"

echo
# Each connection is a leader of its own: 20 logins of the same leader give 20 sessions (one session's
# requests run one after another on the server, as a person's do, so one cookie on 20 connections
# would measure a queue, not 20 people).
sessions=()
for _ in $(seq 1 20); do
    other=$(mktemp)
    log_in "$other" leder.stor@bench.example
    sessions+=("$SESSION_COOKIE=$(session_of "$other")")
    rm -f "$other"
done
for connections in 1 20; do
    threads=$([ "$connections" = 1 ] && echo 1 || echo 2)
    echo "== Dashboard (2,000 staff), $connections concurrent leader(s), $DURATION"
    SESSIONS=$(IFS=,; echo "${sessions[*]:0:$connections}") THREADS=$threads \
        wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 10s --latency -s latency.lua "$BASE/leader/my-staff.xhtml" \
        | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
done

echo
echo "== XLSX export of every staff member the municipality's leader sees (10,000)"
read -r state nonce < <(form_tokens "$municipal" "$BASE/leader/my-staff.xhtml")
pid=$(pgrep -f 'jboss-modules.jar' | head -1 || true)
heap() { [ -n "$pid" ] && jcmd "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 || echo "n/a"; }
echo "heap before: $(heap)"
start=$(date +%s.%N)
curl -s -b "$municipal" -o /tmp/samspil-staff.xlsx "$BASE/leader/my-staff.xhtml" --data-urlencode "export=export" \
    --data-urlencode "export:xlsx=x" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce"
end=$(date +%s.%N)
echo "heap after:  $(heap)"
printf 'export: %.2f s, %s bytes\n' "$(echo "$end - $start" | bc -l)" "$(stat -c %s /tmp/samspil-staff.xlsx)"
rm -f "$jar" "$municipal"
