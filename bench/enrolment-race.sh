#!/usr/bin/env bash
# The 500-way enrolment race over HTTP against a running Samspil (`mvn -Prun verify`): 500 logged-in
# participants press "Tilmeld" on the same course (30 seats, 50 places in line) at the same moment.
# Reports the race's duration and the per-enrolment latency (p50, p99), checks the outcome in the
# database, then measures the consultant's enrolment list of that course filled to 500 enrolments.
# Requires curl, wrk, bc and the mariadb client; traffic goes to this machine only.
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8080}
DB=(mariadb --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3307}" --user="${DB_USER:-samspil}"
    --password="${DB_PASSWORD:-samspil}" samspil)
PASSWORD=${DEMO_PASSWORD:-samspil-demo-2026}
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
PEOPLE=${PEOPLE:-500}
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${DB[@]}" < "$here/generate-enrolment-race.sql"


# Each participant logs in and opens the course page; their enrol form's view state is kept.
prepare() {
    local i=$1 jar="$work/$1.jar" page
    log_in "$jar" "race$i@bench.example"
    form_tokens "$jar" "$BASE/catalog/course.xhtml?code=BENCH-RACE" > "$work/$i.tokens"
    [ -n "$(cut -d' ' -f1 "$work/$i.tokens")" ] || { echo "no enrol form for race$i" >&2; return 1; }
}
export -f prepare log_in form_tokens
export BASE PASSWORD work

echo "== Logging in $PEOPLE participants (PBKDF2, 600,000 iterations each)"
seq 1 "$PEOPLE" | xargs -P 4 -I{} bash -c 'prepare {}'

enrol() {
    local i=$1
    curl -s -o /dev/null -b "$work/$i.jar" -w '%{http_code} %{time_total}\n' "$BASE/catalog/course.xhtml" \
        --data-urlencode "enrol-form=enrol-form" --data-urlencode "enrol-form:motivation=" \
        --data-urlencode "enrol-form:enrol=Tilmeld" --data-urlencode "jakarta.faces.ViewState=$(cut -d' ' -f1 "$work/$i.tokens")" \
        --data-urlencode "primefaces.nonce=$(cut -d' ' -f2 "$work/$i.tokens")"
}
export -f enrol

echo "== $PEOPLE enrolments at once"
start=$(date +%s.%N)
seq 1 "$PEOPLE" | xargs -P "$PEOPLE" -I{} bash -c 'enrol {}' > "$work/results"
end=$(date +%s.%N)
sort -k2 -n "$work/results" | awk -v n="$PEOPLE" '{ t[NR] = $2; codes[$1]++ }
    END { printf "latency per enrolment: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", t[int(n*0.5)]*1000, t[int(n*0.99)]*1000, t[n]*1000;
          for (c in codes) printf "HTTP %s: %d\n", c, codes[c] }'
printf 'race duration: %.2f s\n' "$(echo "$end - $start" | bc -l)"

echo "== Outcome in the database"
"${DB[@]}" -e "SELECT status, COUNT(*) AS n, COUNT(DISTINCT waitlist_rank) AS ranks, MIN(waitlist_rank) AS first_rank,
                      MAX(waitlist_rank) AS last_rank
               FROM enrolment WHERE course_id = 200000 GROUP BY status"

echo "== The consultant's list with $PEOPLE enrolments"
"${DB[@]}" -e "INSERT IGNORE INTO enrolment (course_id, account_id, status)
               SELECT 200000, a.id, 'WITHDRAWN' FROM account a
               WHERE a.id BETWEEN 200001 AND 200500
                 AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.course_id = 200000 AND e.account_id = a.id)"
jar="$work/consultant.jar"
log_in "$jar" jonas.berg@samspil.example
statements() {
    "${DB[@]}" -N -e "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
                      WHERE VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE')"
}
list="$BASE/consultant/course-enrolments.xhtml?code=BENCH-RACE"
curl -s -o /dev/null -b "$jar" "$list"
before=$(statements)
for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$list"; done
after=$(statements)
printf 'statements per view of the list: %.1f\n' "$(echo "($after - $before) / 20" | bc -l)"
cookie=$(session_of "$jar")
wrk -t2 -c8 -d10s --latency -H "Cookie: $SESSION_COOKIE=$cookie" -s "$here/latency.lua" "$list" \
    | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
