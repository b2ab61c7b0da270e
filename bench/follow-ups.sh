#!/usr/bin/env bash
# Follow-up at scale (bench/generate-staff.sql and bench/generate-follow-ups.sql, loaded if missing):
#  1. SQL statements per view: a leader's follow-ups on 2,000 staff (a page of 50), the consultant's
#     report across courses, one course's follow-up with its results, a participant's "Mine kurser";
#  2. EXPLAIN of the report's one statement;
#  3. wrk: the report across courses and the leader's list, 1 and 8 concurrent sessions (p50, p95).
# Needs the running application (mvn -Prun verify), curl, wrk, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
DB="mariadb --host=${DB_HOST:-127.0.0.1} --port=${DB_PORT:-3307} --user=${DB_USER:-samspil} --password=${DB_PASSWORD:-samspil} samspil"
PASSWORD=samspil-demo-2026
# shellcheck source=lib.sh
. ./lib.sh
DURATION=${DURATION:-10s}

load_once "SELECT COUNT(*) FROM account WHERE email = 'leder.stor@bench.example'" generate-staff.sql \
    "the large municipality (a minute or two)"
load_once "SELECT COUNT(*) FROM follow_up WHERE id BETWEEN 300001 AND 300080" generate-follow-ups.sql "its follow-ups"
echo "follow-ups: $($DB -N -e "SELECT COUNT(*) FROM follow_up"), responses: $($DB -N -e "SELECT COUNT(*) FROM follow_up_response"), answers: $($DB -N -e "SELECT COUNT(*) FROM follow_up_answer")"
echo "follow-ups on leder.stor's staff: $($DB -N -e "SELECT COUNT(*) FROM enrolment e JOIN follow_up f ON f.course_id = e.course_id
    JOIN account a ON a.id = e.account_id WHERE e.status = 'COMPLETED' AND a.institution_id BETWEEN 300001 AND 300008")"

leader=$(mktemp)
consultant=$(mktemp)
participant=$(mktemp)
log_in "$leader" leder.stor@bench.example
log_in "$consultant" jonas.berg@samspil.example
log_in "$participant" ansat1@bench.example

echo "== SQL statements per view (10 views each)"
statements_per_view "$leader:/leader/follow-ups.xhtml" "$leader:/leader/follow-ups.xhtml?page=40" \
    "$consultant:/consultant/follow-ups.xhtml" "$consultant:/consultant/course-follow-up.xhtml?code=BENCH-S-40" \
    "$participant:/participant/my-courses.xhtml"

echo
echo "== EXPLAIN: the report's one statement (responses summed by theme, municipality and half-year)"
$DB -e "EXPLAIN SELECT t.name_da, COALESCE(m.name, '-'), CONCAT(YEAR(r.answered_on), '-', IF(MONTH(r.answered_on) <= 6, 1, 2)),
               COUNT(*), SUM(r.score_sum), SUM(r.score_count), SUM(r.partnership IN ('NEW', 'CONTINUED'))
        FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id JOIN course c ON c.id = f.course_id
        JOIN theme t ON t.id = c.theme_id LEFT JOIN municipality m ON m.id = r.municipality_id
        WHERE r.respondent = 'PARTICIPANT' GROUP BY t.id, t.name_da, t.name_en, m.id, m.name, 3"

echo
# Each connection is a person of their own: one session per connection (a session's requests run one
# after another on the server, as a person's do).
for who in jonas.berg@samspil.example:/consultant/follow-ups.xhtml leder.stor@bench.example:/leader/follow-ups.xhtml; do
    email=${who%%:*}
    path=${who#*:}
    sessions=()
    for _ in $(seq 1 8); do
        other=$(mktemp)
        log_in "$other" "$email"
        sessions+=("$SESSION_COOKIE=$(session_of "$other")")
        rm -f "$other"
    done
    for connections in 1 8; do
        threads=$([ "$connections" = 1 ] && echo 1 || echo 2)
        echo "== $path, $connections concurrent session(s), $DURATION"
        SESSIONS=$(IFS=,; echo "${sessions[*]:0:$connections}") THREADS=$threads \
            wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 10s --latency -s latency.lua "$BASE$path" \
            | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
    done
done
rm -f "$leader" "$consultant" "$participant"
