#!/usr/bin/env bash
# Proves that Samspil keeps its data on a three-node Galera cluster (ops/galera.sh) through the loss
# of machines, and prints the figures. The server's pool reaches all three nodes (Connector/J
# "loadbalance": each connection goes to a node at random, so writes land on all three at once, and
# only a Synced node is taken: galeraAllowedState=4).
#  (a) the 500-way enrolment race ends exactly 30 confirmed, 50 in line ranked 1-50, 420 refused,
#      with the writes certified on every node; the transactions run again after a lost
#      certification are counted;
#  (b) the race again while one node is killed with kill -9: exact again, every acknowledged
#      enrolment is stored, none twice; the node rejoins (IST);
#  (b2) a steady mixed load (visitors, the API, a logged-in participant reading and commenting)
#      while another node is killed and rejoins: no request fails after one retry (made when the
#      503's Retry-After says), every acknowledged comment is stored, none acknowledged at once is
#      stored twice; afterwards all three nodes hold the same rows;
#  (c) two of three nodes lost (frozen, as behind a partition): the third has no quorum and refuses
#      writes, and Samspil answers 503 within 2 s with readiness DOWN instead of hanging; it serves
#      again without a restart once the two are back;
#  (d) the whole cluster crashes (kill -9 of each node, the first while the others still commit):
#      ops/galera.sh start bootstraps from the most advanced node and nothing committed is lost.
# Every part runs even when an earlier one failed; the script fails if any did. Needs mariadbd,
# galera-4, mariadb-backup, socat, curl, bc, python3 and a build (ear/target/server, samspil.ear).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
export GALERA_DIR=$work/galera GALERA_PORT=${GALERA_PORT:-3400}
offset=${GALERA_CHECK_PORT_OFFSET:-800}
export BASE=http://127.0.0.1:$((8080 + offset))
management=http://127.0.0.1:$((9990 + offset))
logs=${GALERA_CHECK_LOGS:-ear/target/galera-check}

# shellcheck source=ops/lib.sh
. ops/lib.sh
# shellcheck source=../bench/lib.sh
. bench/lib.sh
PASSWORD=samspil-demo-2026
# A person who is told 503 tries again when its Retry-After says (DatabaseOutageFilter).
export RETRY_AFTER=10

loads=()
finish() {
    local status=$? pid node
    touch "$work/stop-load"
    for pid in "${loads[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    stop_server_in "$work/app"
    for node in node1 node2 node3; do
        kill -CONT "$(cat "$GALERA_DIR/$node/mariadbd.pid" 2>/dev/null)" 2>/dev/null || true
    done
    ops/galera.sh stop > /dev/null 2>&1 || true
    if [ "$status" != 0 ]; then
        rm -rf "$logs" && mkdir -p "$logs"
        cp "$work/app/console" "$logs/server.log" 2>/dev/null || true
        for node in node1 node2 node3; do
            cp "$GALERA_DIR/$node/error.log" "$logs/$node.log" 2>/dev/null || true
        done
        echo "The server's and the nodes' logs are in $logs" >&2
    fi
    rm -rf "$work"
}
trap finish EXIT

failures=()
fail() {
    echo "Galera check ($part) FAILED: $*" >&2
    failures+=("($part) $*")
}
seconds_since() {
    echo $(($(date +%s) - $1))
}
on() { # $1 = node, $2 = SQL: as root over the node's socket, in the application's database
    mariadb --no-defaults --user=root --socket="$GALERA_DIR/$1/mariadbd.sock" --connect-timeout=2 -N -B -e "$2" samspil
}
status_on() { # $1 = node, $2 = wsrep status variable
    on "$1" "SHOW GLOBAL STATUS LIKE '$2'" | cut -f2
}
retries() { # transactions the server ran again after a lost conflict, so far
    curl -s -m 5 "$management/metrics" | awk '/^samspil_transaction_retries_total/ { n += $NF } END { printf "%d\n", n }'
}
code_of() { # $1 = URL, further arguments to curl: "status seconds"
    local url=$1
    shift
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$@" "$url" || echo "000 10"
}

started=$(date +%s)
part=start
ops/galera.sh start
mkdir -p "$work/app"
MARIADB_URL="$(ops/galera.sh url loadbalance)?galeraAllowedState=4&retriesAllDown=3"
export MARIADB_URL
export MARIADB_USER=samspil MARIADB_PASSWORD=galera-only
boot_server_in "$work/app" "$offset" -Dsamspil.sessions.per-address=100000 \
    || { tail -40 "$work/app/console"; echo "Galera check: the server did not deploy on the cluster" >&2; exit 1; }
echo "Cluster and server up in $(seconds_since "$started") s: $MARIADB_URL"

# The race's people log in with a cheap hash (bench/lib.sh), the demo password all the same.
on node1 "$(cat bench/generate-enrolment-race.sql)"
on node1 "UPDATE account SET password_hash = '$(cheap_password_hash "$PASSWORD")' WHERE id BETWEEN 200001 AND 200500"
race() { # $1 = name; further variables for bench/enrolment-race.sh in the environment
    RACE_RESULTS=$work/race-$1 PEOPLE=500 BASES=$BASE DB_HOST=127.0.0.1 DB_PORT=$((GALERA_PORT + 1)) \
        DB_USER=$MARIADB_USER DB_PASSWORD=$MARIADB_PASSWORD DB_NAME=samspil LIST_BENCH=false bench/enrolment-race.sh
}
replicated() { # write sets each node certified and sent to the others, so far
    local node
    for node in node1 node2 node3; do
        printf '%s ' "$(status_on "$node" wsrep_replicated)"
    done
    echo
}

# (a) -------------------------------------------------------------------------------------------
part=a
echo "== (a) The 500-way race with writes on all three nodes"
read -r -a before < <(replicated)
retried=$(retries)
race a || fail "the race did not end with 30 confirmed, 50 waitlisted ranked 1-50 and 420 refused"
read -r -a after < <(replicated)
echo "transactions run again after a lost certification: $(($(retries) - retried))"
echo "write sets certified from node1, node2, node3 during the race:" \
     "$((after[0] - before[0])), $((after[1] - before[1])), $((after[2] - before[2]))"
for i in 0 1 2; do
    [ $((after[i] - before[i])) -gt 0 ] || fail "node$((i + 1)) took no writes"
done

# (b) -------------------------------------------------------------------------------------------
part=b
echo "== (b) The race again while node3 is killed"
retried=$(retries)
RETRY_ONCE=true DURING_RACE="ops/galera.sh kill node3" race b \
    || fail "the race with a node killed did not end exactly"
echo "transactions run again after a lost certification: $(($(retries) - retried))"
acknowledged=$(awk '$3 == 302 { print "race" $1 "@bench.example" }' "$work/race-b" | sort)
stored=$(on node1 "SELECT a.email FROM enrolment e JOIN account a ON a.id = e.account_id
                   WHERE e.course_id = 200000 AND e.status IN ('CONFIRMED', 'WAITLISTED')" | sort)
lost=$(comm -23 <(echo "$acknowledged") <(echo "$stored") | grep -c . || true)
unacknowledged=$(comm -13 <(echo "$acknowledged") <(echo "$stored") | grep -c . || true)
twice=$(on node1 "SELECT COUNT(*) - COUNT(DISTINCT account_id) FROM enrolment WHERE course_id = 200000")
echo "acknowledged enrolments: $(grep -c . <<<"$acknowledged"), stored: $(grep -c . <<<"$stored");" \
     "lost: $lost, stored without an answer: $unacknowledged, a person enrolled twice: $twice"
[ "$lost" = 0 ] || fail "$lost acknowledged enrolments are not stored"
[ "$twice" = 0 ] || fail "$twice people are enrolled twice"
rejoined=$(date +%s)
ops/galera.sh start-node node3 || fail "node3 did not rejoin"
echo "node3 rejoined in $(seconds_since "$rejoined") s by $(grep -q 'IST received' "$GALERA_DIR/node3/error.log" && echo IST || echo SST)"

# (b2) ------------------------------------------------------------------------------------------
part=b2
echo "== (b2) A steady mixed load while node2 is killed and rejoins"
# Each reader writes one line per request (ops/lib.sh), retrying when the 503's Retry-After says.
load() { # $1 = name, $2 = path, $3 = cookie jar or ""
    steady_load "$work/load.$1" "$BASE" "$2" "$work/stop-load" "$RETRY_AFTER" "$3"
}
# The writer comments on a goal of Anne's, one comment after another; one line per comment: its
# text, and the status of the first try and after one retry (200 with the comment on the page).
comment() { # $1 = text: the status of one post of it
    local state nonce code
    read -r state nonce < <(form_tokens "$work/writer.jar" "$BASE/participant/my-goals.xhtml")
    code=$(curl -s -o "$work/commented.html" -m 10 -w '%{http_code}' -b "$work/writer.jar" -c "$work/writer.jar" \
        "$BASE/participant/my-goals.xhtml" --data-urlencode "goals=goals" --data-urlencode "goals:goal:0:comment=$1" \
        --data-urlencode "goals:goal:0:send=Send" --data-urlencode "jakarta.faces.ViewState=$state" \
        --data-urlencode "primefaces.nonce=$nonce" || true)
    if [ "$code" = 200 ] && ! grep -qF "$1" "$work/commented.html"; then
        code=refused
    fi
    echo "$code"
}
writer() {
    local n=0 first final
    while [ ! -f "$work/stop-load" ]; do
        n=$((n + 1))
        first=$(comment "Galera-tjek $n")
        final=$first
        if [ "$first" != 200 ]; then
            sleep "$RETRY_AFTER"
            final=$(comment "Galera-tjek $n")
        fi
        echo "Galera-tjek $n $first $final" >> "$work/written"
        sleep 0.2
    done
}
on node1 "INSERT INTO development_goal (account_id, text, agreed_by, agreed_at)
          SELECT a.id, 'Galera-tjek: et mål at kommentere', l.id, NOW() FROM account a, account l
          WHERE a.email = 'anne.larsen@fjordskolen.example' AND l.email = 'mette.holm@fjordskolen.example'"
# Two sessions of Anne's: a cookie jar is a file, which two curls writing at once would garble.
log_in "$work/participant.jar" anne.larsen@fjordskolen.example
log_in "$work/writer.jar" anne.larsen@fjordskolen.example
load visitor "/catalog/course.xhtml?code=EVU-%C3%85S-01" "" &
loads+=($!)
load api /api/courses "" &
loads+=($!)
load participant /participant/my-courses.xhtml "$work/participant.jar" &
loads+=($!)
writer &
loads+=($!)
sleep 5
ops/galera.sh kill node2
sleep 15
rejoined=$(date +%s)
ops/galera.sh start-node node2 || fail "node2 did not rejoin"
echo "node2 rejoined in $(seconds_since "$rejoined") s by $(grep -q 'IST received' "$GALERA_DIR/node2/error.log" && echo IST || echo SST)"
sleep 5
touch "$work/stop-load"
wait "${loads[@]}" || true
loads=()
for name in visitor api participant; do
    report=$(load_report "$name" "$work/load.$name")
    echo "$report"
    [ "${report##* }" = 0 ] || fail "${report##* } $name requests failed after one retry"
done
read -r total first_failed still_failed < <(awk '{ n++ } $3 != 200 { f++ } $4 != 200 { s++ }
    END { printf "%d %d %d\n", n, f, s }' "$work/written")
stored_comments=$(on node1 "SELECT body FROM goal_comment WHERE body LIKE 'Galera-tjek %'" | sort)
lost=$(awk '$4 == 200 { print $1 " " $2 }' "$work/written" | sort | comm -23 - <(sort -u <<<"$stored_comments") | grep -c . || true)
twice=$(uniq -d <<<"$stored_comments" | grep -c . || true)
twice_unasked=$(awk '$3 == 200 { print $1 " " $2 }' "$work/written" | sort | comm -12 - <(uniq -d <<<"$stored_comments") | grep -c . || true)
echo "writer: $total comments, $first_failed failed at the first try, $still_failed after one retry;" \
     "acknowledged but not stored: $lost; stored twice: $twice (of them acknowledged at the first try: $twice_unasked)"
[ "$still_failed" = 0 ] || fail "$still_failed comments failed after one retry"
[ "$lost" = 0 ] || fail "$lost acknowledged comments are not stored"
[ "$twice_unasked" = 0 ] || fail "$twice_unasked comments acknowledged at once were stored twice"
ops/galera.sh wait-synced > /dev/null
fingerprint() { # $1 = node: what the race and everything after it wrote
    on "$1" "SELECT CONCAT_WS(' ', (SELECT COUNT(*) FROM enrolment), (SELECT COALESCE(SUM(CRC32(CONCAT_WS(',', id, account_id,
                 course_id, status, COALESCE(waitlist_rank, 0)))), 0) FROM enrolment), (SELECT COUNT(*) FROM enrolment_event),
                 (SELECT COUNT(*) FROM notification), (SELECT COUNT(*) FROM account), (SELECT COUNT(*) FROM goal_comment))"
}
prints=("$(fingerprint node1)" "$(fingerprint node2)" "$(fingerprint node3)")
echo "enrolments, their checksum, events, notifications, accounts, comments on node1: ${prints[0]}; node2: ${prints[1]}; node3: ${prints[2]}"
if [ "${prints[0]}" != "${prints[1]}" ] || [ "${prints[1]}" != "${prints[2]}" ]; then
    fail "the nodes hold different rows"
fi

# (c) -------------------------------------------------------------------------------------------
part=c
echo "== (c) Two of three nodes lost"
for node in node2 node3; do
    kill -STOP "$(cat "$GALERA_DIR/$node/mariadbd.pid")"
done
lost_at=$(date +%s)
for _ in $(seq 1 60); do
    [ "$(status_on node1 wsrep_cluster_status)" = Primary ] || break
    sleep 0.5
done
echo "node1 alone: '$(status_on node1 wsrep_cluster_status)' after $(seconds_since "$lost_at") s"
refused=$(on node1 "INSERT INTO job_lease (job) VALUES ('galera-check')" 2>&1 || true)
echo "a write on node1: ${refused:-accepted}"
[ -n "$refused" ] || fail "node1 took a write without quorum"
# Until Samspil has noticed (readiness DOWN, the catalogue refused), a request may wait for its statement's timeout.
for _ in $(seq 1 40); do
    [ "$(code_of "$management/health/ready" | cut -d' ' -f1)" = 503 ] && [ "$(code_of "$BASE/" | cut -d' ' -f1)" = 503 ] && break
    sleep 0.5
done
echo "readiness DOWN and the catalogue refused $(seconds_since "$lost_at") s after the two nodes were lost"
worst=0
course_page="$BASE/catalog/course.xhtml?code=EVU-%C3%85S-01"
for url in "$BASE/" "$course_page" "$BASE/api/courses"; do
    read -r code seconds < <(code_of "$url")
    [ "$code" = 503 ] || fail "$url answered $code without quorum"
    worst=$(echo "if ($seconds > $worst) $seconds else $worst" | bc)
done
read -r code seconds < <(code_of "$BASE/participant/my-courses.xhtml" -b "$work/participant.jar")
[ "$code" = 503 ] || fail "a logged-in page answered $code without quorum"
worst=$(echo "if ($seconds > $worst) $seconds else $worst" | bc)
ready=$(code_of "$management/health/ready" | cut -d' ' -f1)
echo "without quorum: every page 503 within ${worst} s, readiness $ready"
[ "$(echo "$worst < 2" | bc)" = 1 ] || fail "the slowest answer took $worst s"
[ "$ready" = 503 ] || fail "readiness answered $ready"
for node in node2 node3; do
    kill -CONT "$(cat "$GALERA_DIR/$node/mariadbd.pid")"
done
back=$(date +%s)
ops/galera.sh wait-synced > /dev/null || fail "the cluster did not come back together"
for _ in $(seq 1 60); do
    [ "$(code_of "$BASE/" | cut -d' ' -f1)" = 200 ] && break
    sleep 0.5
done
read -r code _ < <(code_of "$BASE/participant/my-courses.xhtml" -b "$work/participant.jar")
echo "quorum back: Samspil answers $code $(seconds_since "$back") s after the two nodes returned"
[ "$code" = 200 ] || fail "Samspil did not serve again once quorum returned"

# (d) -------------------------------------------------------------------------------------------
part=d
echo "== (d) The whole cluster crashes"
ops/galera.sh kill node3
# Committed after node3 died: only node1 and node2 have these, so the cluster must start from one of them.
for i in 1 2 3 4 5; do
    on node1 "INSERT INTO job_lease (job) VALUES ('galera-check-$i')"
done
ops/galera.sh kill node1
ops/galera.sh kill node2
read -r code _ < <(code_of "$BASE/")
echo "with every node down Samspil answers $code"
restarted=$(date +%s)
ops/galera.sh start | grep -v '^Galera runs' || fail "the cluster did not start again"
echo "cluster back in $(seconds_since "$restarted") s"
for node in node1 node2 node3; do
    committed=$(on "$node" "SELECT COUNT(*) FROM job_lease WHERE job LIKE 'galera-check-%'")
    echo "$node: $committed of the 5 rows committed while node3 was down; $(fingerprint "$node")"
    [ "$committed" = 5 ] || fail "$node lost rows committed before the crash"
    [ "$(fingerprint "$node")" = "${prints[0]}" ] || fail "$node lost enrolments in the crash"
done
for _ in $(seq 1 60); do
    [ "$(code_of "$BASE/" | cut -d' ' -f1)" = 200 ] && break
    sleep 0.5
done
read -r code _ < <(code_of "$BASE/participant/my-courses.xhtml" -b "$work/participant.jar")
echo "after the restart Samspil answers $code, the participant still logged in"
[ "$code" = 200 ] || fail "Samspil did not serve again after the cluster restarted"

# -----------------------------------------------------------------------------------------------
traces=$(grep -c $'^\tat ' "$work/app/console" || true)
echo "The server's log: $(wc -l < "$work/app/console") lines, $traces stack frames"
echo "Galera check took $(seconds_since "$started") s"
if [ ${#failures[@]} -gt 0 ]; then
    printf 'Galera check failed:\n' >&2
    printf '  %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "Galera check: the race was exact across three nodes, with and without a node killed; no acknowledged" \
     "enrolment was lost; without quorum Samspil answered 503 at once; a crashed cluster came back whole"
