#!/usr/bin/env bash
# What a second server buys and what anonymous visitors cost: starts two nodes behind HAProxy
# (ops/cluster.sh) on the database named by MARIADB_URL, MARIADB_USER and MARIADB_PASSWORD (it must
# exist; the demo data and the large catalogue, bench/generate-data.sql, are loaded into it), then
#  1. measures the catalogue page / and GET /api/courses with wrk on node1 directly and through
#     HAProxy on both nodes (requests per second and p95), as a table;
#  2. sends 10,000 anonymous GETs of / to node1 and reports its active sessions (management API)
#     and used heap (after a full GC) before and after.
# Needs curl, wrk, the mariadb client, HAProxy and a build (ear/target/server-cluster and
# samspil.ear); jcmd comes with the JDK. Traffic goes to this machine only. On one machine both
# nodes share its cores, so the second column shows the cost of the proxy and the replication
# more than the gain of a second server.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MARIADB_URL:?set MARIADB_URL, MARIADB_USER and MARIADB_PASSWORD (see Databases in the README)}"
: "${MARIADB_USER:?}" "${MARIADB_PASSWORD:?}"
DURATION=${DURATION:-15s}
VISITS=${VISITS:-10000}
export SAMSPIL_DEMO_DATA=true CLUSTER_DIR=${CLUSTER_DIR:-ear/target/cluster}
export NODE1_PORT_OFFSET=${NODE1_PORT_OFFSET:-400} PROXY_PORT=${PROXY_PORT:-8680}
# wrk's connections all come from 127.0.0.1, which the per-address session limit would refuse
# as one client holding too many sessions, should a page make one.
export NODE_OPTS="-Dsamspil.sessions.per-address=1000000 ${NODE_OPTS:-}"
node1=http://127.0.0.1:$((8080 + NODE1_PORT_OFFSET))
proxy=http://127.0.0.1:$PROXY_PORT
here=bench

# jdbc:mariadb://host:port/database -> the mariadb client's options.
address=${MARIADB_URL#jdbc:mariadb://}
address=${address%%\?*}
db_host=${address%%/*}
db_port=3306
if [[ $db_host == *:* ]]; then
    db_port=${db_host##*:}
    db_host=${db_host%%:*}
fi
DB=(mariadb --host="$db_host" --port="$db_port" --user="$MARIADB_USER" --password="$MARIADB_PASSWORD" "${address#*/}")

trap 'ops/cluster.sh stop' EXIT
ops/cluster.sh start > /dev/null
echo "== Two nodes behind HAProxy; loading the large catalogue"
"${DB[@]}" < "$here/generate-data.sql"
echo "$("${DB[@]}" -N -e "SELECT COUNT(*) FROM course WHERE status = 'PUBLISHED'") published courses"

# Prints "<requests/s> <p95 ms> <errors>" for one wrk run.
measure() { # $1 = URL
    wrk -t2 -c16 -d"$DURATION" --latency -s "$here/latency.lua" "$1" | awk '
        /Requests\/sec/ { rps = $2 }
        /p95 latency/ { p95 = $3; sub(",", "", p95); errors = $NF }
        END { printf "%s %s %s\n", rps, p95, errors }'
}

echo "== Throughput, 2 threads, 16 connections, $DURATION each (after a warm-up)"
for url in "$node1/" "$node1/api/courses" "$proxy/" "$proxy/api/courses"; do
    wrk -t2 -c8 -d5s "$url" > /dev/null
done
cell() { # $1 = requests/s, $2 = p95, $3 = errors
    printf '%s req/s, p95 %s ms' "$1" "$2"
    [ "$3" = 0 ] || printf ' (%s errors)' "$3"
}
printf '| %-14s | %-36s | %-36s |\n' "GET" "one node (node1)" "two nodes through HAProxy"
printf '|----------------|--------------------------------------|--------------------------------------|\n'
for path in / /api/courses; do
    read -r one_rps one_p95 one_errors < <(measure "$node1$path")
    read -r two_rps two_p95 two_errors < <(measure "$proxy$path")
    printf '| %-14s | %-36s | %-36s |\n' "$path" "$(cell "$one_rps" "$one_p95" "$one_errors")" \
        "$(cell "$two_rps" "$two_p95" "$two_errors")"
done

echo "== $VISITS anonymous GETs of / on node1"
java_pid=$(pgrep -P "$(cat "$CLUSTER_DIR/node1/pid")" java)
sessions() {
    "$CLUSTER_DIR/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + NODE1_PORT_OFFSET))" \
        --command="/deployment=samspil.ear/subdeployment=samspil-web.war/subsystem=undertow:read-attribute(name=active-sessions)" \
        | sed -n 's/.*"result" => \([0-9]*\).*/\1/p'
}
heap_mb() { # used heap after a full collection
    jcmd "$java_pid" GC.run > /dev/null
    jcmd "$java_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%.1f\n", $2 / 1024 }'
}
sessions_before=$(sessions)
heap_before=$(heap_mb)
# One request per URL, no cookie kept: every GET is a new visitor.
for _ in $(seq 1 "$VISITS"); do
    printf 'url = "%s/"\noutput = /dev/null\n' "$node1"
done > "$CLUSTER_DIR/visits.curl"
started=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-max 8 -K "$CLUSTER_DIR/visits.curl" -w '%{http_code}\n' | sort | uniq -c \
    | awk '{ printf "HTTP %s: %d\n", $2, $1 }'
printf 'took %.1f s\n' "$(echo "$(date +%s.%N) - $started" | bc -l)"
sessions_after=$(sessions)
heap_after=$(heap_mb)
echo "active sessions on node1: $sessions_before before, $sessions_after after"
echo "used heap on node1 after a full GC: $heap_before MB before, $heap_after MB after" \
     "($(echo "scale=1; ($heap_after - $heap_before) * 1024 * 1024 / $VISITS" | bc) bytes per visit)"
