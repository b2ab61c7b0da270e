#!/usr/bin/env bash
# Proves that Samspil runs on two servers behind HAProxy (ops/cluster.sh) on a fresh database with
# the demo data, and prints the figures:
#  (a) a logged-in participant keeps their session and an open form when the node serving them is
#      killed with kill -9: the form posted afterwards acts, on the other node;
#  (b) the 500-way enrolment race (bench/enrolment-race.sh), half the participants on each node,
#      ends exactly: 30 confirmed, 50 in line ranked 1-50, 420 refused;
#  (c) a rolling restart (node1, then node2, each back UP before the next) under a steady load
#      through HAProxy loses no request: none fails after one retry, and nobody is logged out;
#  (d) each mail in the outbox is sent exactly once although both nodes run the outbox's timer.
# Every part runs even when an earlier one failed; the script fails if any did. Needs a MariaDB
# server whose root the mariadb client reaches over the socket (as .ci/run has), HAProxy, curl,
# python3 and a build (ear/target/server-cluster, ear/target/samspil.ear).
set -euo pipefail
cd "$(dirname "$0")/.."
database=samspil_cluster
work=$(mktemp -d)
export CLUSTER_DIR=$work/cluster SAMSPIL_DEMO_DATA=true
export MARIADB_URL=jdbc:mariadb://127.0.0.1:3306/$database MARIADB_USER=samspil_cluster
export MARIADB_PASSWORD=cluster-check-only
# Every client of this check comes from 127.0.0.1, which the per-address session limit would
# take for one school logging in 500 teachers at once.
export NODE_OPTS="-Dsamspil.sessions.per-address=100000 -Dsamspil.finance.compile-rules-at-boot=false ${NODE_OPTS:-}"
export NODE1_PORT_OFFSET=${NODE1_PORT_OFFSET:-400} NODE2_PORT_OFFSET=${NODE2_PORT_OFFSET:-500}
export PROXY_PORT=${PROXY_PORT:-8680} PROXY_STATS_PORT=${PROXY_STATS_PORT:-8681}
proxy=http://127.0.0.1:$PROXY_PORT
node_url() { # $1 = node
    local offset=$NODE1_PORT_OFFSET
    [ "$1" = node2 ] && offset=$NODE2_PORT_OFFSET
    echo "http://127.0.0.1:$((8080 + offset))"
}
# The nodes' and HAProxy's logs are kept here when the check fails.
logs=${CLUSTER_CHECK_LOGS:-ear/target/cluster-check}
loads=()
finish() {
    local status=$? pid
    for pid in "${loads[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    ops/cluster.sh stop || true
    if [ "$status" != 0 ] && [ -d "$CLUSTER_DIR" ]; then
        rm -rf "$logs" && mkdir -p "$logs"
        cp "$CLUSTER_DIR/node1/console.log" "$logs/node1.log" 2>/dev/null || true
        cp "$CLUSTER_DIR/node2/console.log" "$logs/node2.log" 2>/dev/null || true
        cp "$CLUSTER_DIR/haproxy.log" "$logs/haproxy.log" 2>/dev/null || true
        echo "The cluster's logs are in $logs" >&2
    fi
    rm -rf "$work"
    mariadb --user=root -e "DROP DATABASE IF EXISTS $database" || true
}
trap finish EXIT

# shellcheck source=ops/lib.sh
. ops/lib.sh
create_database "$database" samspil_cluster cluster-check-only
sql() {
    mariadb --user=root -N -e "$1" "$database"
}

failures=()
fail() {
    echo "Cluster check ($part) FAILED: $*" >&2
    failures+=("($part) $*")
}
seconds_since() {
    echo $(($(date +%s) - $1))
}

# shellcheck source=../bench/lib.sh
. bench/lib.sh
PASSWORD=samspil-demo-2026
srv_of() { # the node HAProxy's cookie in a jar names
    awk '$6 == "SRV" { print $7 }' "$1"
}

started=$(date +%s)
ops/cluster.sh start
echo "Cluster started in $(seconds_since "$started") s"

# (a) -------------------------------------------------------------------------------------------
part=a
echo "== (a) A participant's session and open form when their node is killed"
sql "INSERT INTO development_goal (account_id, text, agreed_by, agreed_at)
     SELECT a.id, 'Klyngetjek: et mål at kommentere', l.id, NOW() FROM account a, account l
     WHERE a.email = 'anne.larsen@fjordskolen.example' AND l.email = 'mette.holm@fjordskolen.example'"
jar=$work/anne.jar
BASE=$proxy log_in "$jar" anne.larsen@fjordskolen.example
read -r state nonce < <(form_tokens "$jar" "$proxy/participant/my-goals.xhtml")
served=$(srv_of "$jar")
if [ -z "$state" ] || [ -z "$served" ]; then
    fail "no goal form or no SRV cookie after logging in through HAProxy"
else
    # A person reads the page before they send it. WildFly replicates a request's session changes
    # just after the response has left (measured: a kill within 0.3 s of it loses that page's form),
    # so the kill comes a second after the page, as a crash while someone types would.
    sleep 1
    ops/cluster.sh kill "$served"
    comment="Skrevet efter kill -9 af $served"
    read -r code took < <(curl -s -b "$jar" -c "$jar" -o "$work/posted.html" -w '%{http_code} %{time_total}\n' \
        "$proxy/participant/my-goals.xhtml" \
        --data-urlencode "goals=goals" --data-urlencode "goals:goal:0:comment=$comment" \
        --data-urlencode "goals:goal:0:send=Send" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce")
    title=$(grep -o '<title>[^<]*' "$work/posted.html" | sed 's/<title>//' || true)
    echo "my-goals.xhtml served by $served, which was killed; the form's POST answered $code in ${took} s" \
         "by $(srv_of "$jar") with the page '$title'"
    if [ "$code" != 200 ]; then
        fail "the form posted after the kill answered $code ('$title'), not 200"
    elif grep -q '<form id="login"' "$work/posted.html"; then
        fail "the participant was logged out by the kill"
    elif ! grep -qF "$comment" "$work/posted.html"; then
        fail "the comment is not on the page answered after the kill"
    fi
    stored=$(sql "SELECT COUNT(*) FROM goal_comment WHERE body = '$comment'")
    echo "comments stored: $stored"
    [ "$stored" = 1 ] || fail "$stored comments stored, expected 1"
    # Logging out ends the session on every node, so that whatever it holds cannot follow the
    # restarted node back into the cluster.
    read -r state nonce < <(form_tokens "$jar" "$proxy/participant/my-courses.xhtml")
    curl -s -b "$jar" -c "$jar" -o /dev/null "$proxy/participant/my-courses.xhtml" \
        --data-urlencode "logout-form=logout-form" --data-urlencode "logout-form:logout=Log ud" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" || true
    restarted=$(date +%s)
    ops/cluster.sh restart "$served" || fail "$served did not come back after the kill"
    echo "$served back UP in $(seconds_since "$restarted") s"
fi

# (c) -------------------------------------------------------------------------------------------
# Sessions are in the database (cluster.cli), so a rejoining node has none to take over from the
# other; CLUSTER_CHECK_ROLLING_RESTART=false skips this part when only the rest is wanted.
if [ "${CLUSTER_CHECK_ROLLING_RESTART:-true}" = true ]; then
    part=c
    echo "== (c) A rolling restart under load through HAProxy"
    # Each load writes one line per request (ops/lib.sh); a browser-like client keeps its cookies
    # (and so its node), and a logged-in one must stay logged in.
    load() { # $1 = name, $2 = path, $3 = cookie jar or ""
        steady_load "$work/load.$1" "$proxy" "$2" "$work/stop-load" 0 "$3"
    }
    rm -f "$work/visitor.jar" "$work/participant.jar"
    BASE=$proxy log_in "$work/participant.jar" anne.larsen@fjordskolen.example
    load anonymous / "" &
    loads+=($!)
    load visitor "/catalog/course.xhtml?code=EVU-%C3%85S-01" "$work/visitor.jar" &
    loads+=($!)
    load api /api/courses "" &
    loads+=($!)
    load participant /participant/my-courses.xhtml "$work/participant.jar" &
    loads+=($!)
    sleep 3
    rolled=$(date +%s)
    # node2 goes only once node1 is back: with node1 gone too, nobody would be left to serve.
    if ops/cluster.sh restart node1; then
        ops/cluster.sh restart node2 || fail "node2 did not come back"
    else
        fail "node1 did not come back (node2 was left running)"
    fi
    echo "rolling restart took $(seconds_since "$rolled") s"
    sleep 3
    touch "$work/stop-load"
    wait "${loads[@]}" || true
    loads=()
    lost=0
    for name in anonymous visitor api participant; do
        report=$(load_report "$name" "$work/load.$name")
        echo "$report"
        lost=$((lost + ${report##* }))
        [ -s "$work/load.$name" ] || fail "no requests from the $name load"
    done
    [ "$lost" = 0 ] || fail "$lost requests failed even after one retry"
else
    echo "== (c) The rolling restart under load is skipped (CLUSTER_CHECK_ROLLING_RESTART=false)"
fi

# (d) -------------------------------------------------------------------------------------------
part=d
echo "== (d) Each outbox mail sent exactly once by two nodes"
mails=40
sql "SET SESSION max_recursive_iterations = 1000;
     INSERT INTO account (id, email, display_name, password_hash, language, job_function, institution_id)
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $mails)
     SELECT 300000 + i, CONCAT('outbox', i, '@cluster.example'), CONCAT('Postmodtager ', i), '', 'da', 'TEACHER', 1000
     FROM n;
     INSERT INTO notification (recipient_id, kind, course_id, detail)
     SELECT id, 'REMINDER', 1000, 'Klyngetjek af udbakken' FROM account WHERE id BETWEEN 300001 AND 300000 + $mails"
mailed=$(date +%s)
for _ in $(seq 1 60); do
    [ "$(sql "SELECT COUNT(*) FROM notification WHERE recipient_id > 300000 AND mailed_at IS NULL")" = 0 ] && break
    sleep 1
done
pending=$(sql "SELECT COUNT(*) FROM notification WHERE recipient_id > 300000 AND mailed_at IS NULL")
echo "$((mails - pending)) of $mails notifications marked mailed after $(seconds_since "$mailed") s"
[ "$pending" = 0 ] || fail "$pending notifications were not mailed within a minute"
# A slower node may still be sending what the other marked: give it the outbox's period.
sleep 10
for node in node1 node2; do
    echo "$node logged $(grep -c 'Mail to outbox[0-9]*@cluster.example:' "$CLUSTER_DIR/$node/console.log" || true) of these mails"
done
read -r once twice never < <(cat "$CLUSTER_DIR"/node?/console.log | grep -o 'Mail to outbox[0-9]*@cluster.example:' \
    | sort | uniq -c | awk -v n="$mails" '$1 == 1 { once++ } $1 > 1 { twice++ } END { printf "%d %d %d\n", once, twice, n - once - twice }')
echo "recipients mailed once: $once, more than once: $twice, never: $never"
[ "$once" = "$mails" ] || fail "$twice mails were sent more than once and $never never"

# (b) -------------------------------------------------------------------------------------------
# The race runs last: 500 sessions written at once on two cores, each to the database's session
# table as well as its enrolment.
part=b
echo "== (b) The 500-way enrolment race, half the participants on each node"
# The racers log in with a cheap hash of the demo password (bench/lib.sh); bench/enrolment-race.sh
# loads its accounts with INSERT IGNORE and leaves them so.
mariadb --user=root "$database" < bench/generate-enrolment-race.sql
sql "UPDATE account SET password_hash = '$(cheap_password_hash "$PASSWORD")' WHERE id BETWEEN 200001 AND 200500"
raced=$(date +%s)
if PEOPLE=500 BASES="$(node_url node1) $(node_url node2)" DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=$MARIADB_USER \
        DB_PASSWORD=$MARIADB_PASSWORD DB_NAME=$database LIST_BENCH=false bench/enrolment-race.sh; then
    echo "race passed in $(seconds_since "$raced") s"
else
    fail "the race did not end with 30 confirmed, 50 waitlisted ranked 1-50 and 420 refused"
fi

# -----------------------------------------------------------------------------------------------
unserializable=$(cat "$CLUSTER_DIR"/node?/console.log | grep -o 'NotSerializableException: [A-Za-z0-9_.$]*' | sort -u \
    | sed 's/NotSerializableException: //' | tr '\n' ' ' || true)
[ -z "$unserializable" ] || echo "Not serializable in a session (the nodes' logs): $unserializable"
# A session that one node wrote and the other could not read (ISPN000474) is what hung a rejoining
# node while sessions were replicated between the nodes; with the sessions in the database it must
# not happen at all.
part=logs
unreadable=$(cat "$CLUSTER_DIR"/node?/console.log | grep -c 'ISPN000474\|ISPN000972.*HANG' || true)
[ "$unreadable" = 0 ] || fail "$unreadable unreadable session writes or hung state transfers (ISPN000474, ISPN000972)"
echo "Cluster check took $(seconds_since "$started") s"
if [ ${#failures[@]} -gt 0 ]; then
    printf 'Cluster check failed:\n' >&2
    printf '  %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "Cluster check: a killed node cost nobody their session or form, the race was exact across two nodes" \
     "and every mail went once${rolled:+; a rolling restart lost no request}"
