#!/usr/bin/env bash
# The 500-way enrolment race over HTTP against a running Samspil (`mvn -Prun verify`): 500 logged-in
# participants press "Tilmeld" on the same course (30 seats, 50 places in line) at the same moment.
# Reports the race's duration and the per-enrolment latency (p50, p99), checks the outcome in the
# database, then measures the consultant's enrolment list of that course filled to 500 enrolments.
# Fails unless the outcome is exact (30 confirmed, 50 in line ranked 1-50, the rest refused).
# BASES (space-separated) spreads the participants over several servers, e.g. the two nodes of
# ops/cluster.sh; LIST_BENCH=false skips the consultant's list (and wrk). RETRY_ONCE=true presses
# "Tilmeld" once more, RETRY_AFTER seconds later (2), for a participant whose first answer was an
# error, as a person would; DURING_RACE is a command run (in the background) half a second into the race, e.g.
# a fault; RACE_RESULTS names a file that receives one line per participant: number, the first
# answer's status when it was retried (else -), the final status and its seconds.
# Requires curl, wrk, bc and the mariadb client; traffic goes to this machine only.
set -euo pipefail

BASES=${BASES:-${BASE:-http://127.0.0.1:8080}}
BASE=${BASES%% *}
DB=(mariadb --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3307}" --user="${DB_USER:-samspil}"
    --password="${DB_PASSWORD:-samspil}" "${DB_NAME:-samspil}")
PASSWORD=${DEMO_PASSWORD:-samspil-demo-2026}
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
PEOPLE=${PEOPLE:-500}
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"${DB[@]}" < "$here/generate-enrolment-race.sql"
# INSERT IGNORE passes over a row the schema refuses, so make sure the course is there.
[ "$("${DB[@]}" -N -e "SELECT COUNT(*) FROM course WHERE code = 'BENCH-RACE' AND status = 'PUBLISHED'")" = 1 ] \
    || { echo "the race's course was not loaded (see the warnings of generate-enrolment-race.sql)" >&2; exit 1; }


# Participant i uses server i mod n for the whole race, where its session is.
server_of() {
    local servers
    read -r -a servers <<<"$BASES"
    echo "${servers[$(($1 % ${#servers[@]}))]}"
}

# Each participant logs in and opens the course page; their enrol form's view state is kept.
prepare() {
    local i=$1 jar="$work/$1.jar" BASE
    BASE=$(server_of "$i")
    log_in "$jar" "race$i@bench.example"
    form_tokens "$jar" "$BASE/catalog/course.xhtml?code=BENCH-RACE" > "$work/$i.tokens"
    [ -n "$(cut -d' ' -f1 "$work/$i.tokens")" ] || { echo "no enrol form for race$i" >&2; return 1; }
}
export -f prepare log_in form_tokens server_of
export BASES PASSWORD work

echo "== Logging in $PEOPLE participants (PBKDF2, 600,000 iterations each) on $BASES"
seq 1 "$PEOPLE" | xargs -P 4 -I{} bash -c 'prepare {}'

press_enrol() {
    local i=$1
    curl -s -o /dev/null -b "$work/$i.jar" -w '%{http_code} %{time_total}\n' "$(server_of "$i")/catalog/course.xhtml" \
        --data-urlencode "enrol-form=enrol-form" --data-urlencode "enrol-form:motivation=" \
        --data-urlencode "enrol-form:enrol=Tilmeld" --data-urlencode "jakarta.faces.ViewState=$(cut -d' ' -f1 "$work/$i.tokens")" \
        --data-urlencode "primefaces.nonce=$(cut -d' ' -f2 "$work/$i.tokens")" || echo "000 0"
}
# A 302 is an enrolment (the page redirects to itself), a 200 the page again with the refusal.
enrol() {
    local i=$1 answer
    answer=$(press_enrol "$i")
    if [ "${RETRY_ONCE:-false}" = true ] && [ "${answer%% *}" != 302 ] && [ "${answer%% *}" != 200 ]; then
        sleep "${RETRY_AFTER:-2}"
        echo "$i ${answer%% *} $(press_enrol "$i")"
    else
        echo "$i - $answer"
    fi
}
export -f press_enrol enrol
export RETRY_ONCE RETRY_AFTER

echo "== $PEOPLE enrolments at once"
start=$(date +%s.%N)
if [ -n "${DURING_RACE:-}" ]; then
    (sleep 0.5; bash -c "$DURING_RACE") &
fi
seq 1 "$PEOPLE" | xargs -P "$PEOPLE" -I{} bash -c 'enrol {}' > "$work/results"
end=$(date +%s.%N)
wait
[ -z "${RACE_RESULTS:-}" ] || cp "$work/results" "$RACE_RESULTS"
sort -k4 -n "$work/results" | awk -v n="$PEOPLE" '{ t[NR] = $4; codes[$3]++; if ($2 != "-") retried++ }
    END { printf "latency per enrolment: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n", t[int(n*0.5)]*1000,
                 t[int(n*0.95)]*1000, t[int(n*0.99)]*1000, t[n]*1000;
          for (c in codes) printf "HTTP %s: %d\n", c, codes[c];
          if (retried) printf "pressed twice after an error: %d\n", retried }'
printf 'race duration: %.2f s\n' "$(echo "$end - $start" | bc -l)"

echo "== Outcome in the database"
"${DB[@]}" -e "SELECT status, COUNT(*) AS n, COUNT(DISTINCT waitlist_rank) AS ranks, MIN(waitlist_rank) AS first_rank,
                      MAX(waitlist_rank) AS last_rank
               FROM enrolment WHERE course_id = 200000 GROUP BY status"

# The seats and the line are the course's (generate-enrolment-race.sql): 30 and 50.
read -r confirmed waitlisted ranks first last < <("${DB[@]}" -N -e "
    SELECT COUNT(status = 'CONFIRMED' OR NULL), COUNT(status = 'WAITLISTED' OR NULL), COUNT(DISTINCT waitlist_rank),
           COALESCE(MIN(waitlist_rank), 0), COALESCE(MAX(waitlist_rank), 0)
    FROM enrolment WHERE course_id = 200000")
expect_confirmed=$((PEOPLE < 30 ? PEOPLE : 30))
expect_waitlisted=$((PEOPLE - expect_confirmed < 50 ? PEOPLE - expect_confirmed : 50))
refused=$((PEOPLE - confirmed - waitlisted))
echo "outcome: $confirmed confirmed, $waitlisted waitlisted (ranks $first-$last), $refused refused"
if [ "$confirmed" -ne "$expect_confirmed" ] || [ "$waitlisted" -ne "$expect_waitlisted" ] \
        || [ "$ranks" -ne "$waitlisted" ] || [ "$last" -ne "$waitlisted" ] \
        || { [ "$waitlisted" -gt 0 ] && [ "$first" -ne 1 ]; }; then
    echo "race: expected $expect_confirmed confirmed and $expect_waitlisted waitlisted ranked 1-$expect_waitlisted" >&2
    exit 1
fi
[ "${LIST_BENCH:-true}" = true ] || exit 0

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
