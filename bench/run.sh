#!/usr/bin/env bash
# Benchmarks against a running Samspil (start it with `mvn -Prun verify`):
#  1. SQL statements per page view, read from MariaDB's own counters (Com_select etc.), so a page
#     whose statement count grows with its rows shows up as a number, not a feeling;
#  2. throughput and latency of the public catalogue and the REST API with wrk.
# Traffic goes to this machine only. Requires curl, wrk, bc and the mariadb client.
# For the large catalogue (1,000 courses, 5,000 modules, 20,000 sessions, 200 partners) first run
#   mariadb --host=127.0.0.1 --port=3307 --user=samspil --password=samspil samspil < bench/generate-data.sql
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8080}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3307}
DB_USER=${DB_USER:-samspil}
DB_PASSWORD=${DB_PASSWORD:-samspil}
REQUESTS=${REQUESTS:-20}
DURATION=${DURATION:-15s}
PASSWORD=${DEMO_PASSWORD:-samspil-demo-2026}
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

statements() {
    mariadb --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --password="$DB_PASSWORD" -N -e \
        "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
         WHERE VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE')"
}


per_page() {
    local label=$1 path=$2 jar=${3:-} before after
    curl -s -o /dev/null ${jar:+-b "$jar"} "$BASE$path"    # warm-up
    before=$(statements)
    for _ in $(seq 1 "$REQUESTS"); do
        curl -s -o /dev/null ${jar:+-b "$jar"} "$BASE$path"
    done
    after=$(statements)
    printf '%-58s %6.1f statements per view\n' "$label" "$(echo "($after - $before) / $REQUESTS" | bc -l)"
}

echo "== SQL statements per page view ($REQUESTS views each)"
per_page "catalogue (/)" "/"
per_page "course page" "/catalog/course.xhtml?code=EVU-%C3%85S-01"
per_page "REST /api/courses" "/api/courses"
jar=$(mktemp)
A=anne.larsen@fjordskolen.example
M=mette.holm@fjordskolen.example
J=jonas.berg@samspil.example
SPRING=EVU-%C3%85S-00
for who in "$A:/participant/my-courses.xhtml" "$A:/participant/reflections.xhtml?course=$SPRING" \
           "$A:/participant/reflection.xhtml?module=1000" "$A:/participant/my-learning.xhtml" \
           "$M:/leader/my-staff.xhtml" "$M:/leader/reflections.xhtml" "$M:/reflection/read.xhtml?id=1001" \
           "$J:/consultant/course-planning.xhtml" "$J:/consultant/course-edit.xhtml?code=EVU-%C3%85S-01" \
           "$J:/consultant/course-programme.xhtml?code=EVU-%C3%85S-01" "$J:/consultant/course-partners.xhtml?code=EVU-CS-02" \
           "$J:/consultant/partners.xhtml" "$J:/consultant/rooms.xhtml" "$J:/consultant/course-enrolments.xhtml?code=$SPRING" \
           "$J:/consultant/course-evaluation.xhtml?code=$SPRING" "$J:/reflection/course.xhtml?code=$SPRING" \
           kirsten.moeller@laesebedster.example:/partner/my-partnerships.xhtml \
           admin@samspil.example:/admin/accounts.xhtml; do
    : > "$jar"
    log_in "$jar" "${who%%:*}"
    per_page "${who#*:}" "${who#*:}" "$jar"
done
rm -f "$jar"

echo
echo "== Throughput, 2 threads, 16 connections, $DURATION each"
here=$(dirname "$0")
for path in "/" "/?theme=inclusion&seats=true" "/api/courses" "/api/courses?q=skole&ects=5"; do
    echo "-- GET $path"
    wrk -t2 -c16 -d"$DURATION" --latency -s "$here/latency.lua" "$BASE$path" \
        | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
done
