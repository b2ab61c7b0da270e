#!/usr/bin/env bash
# What Galera costs: the 500-way enrolment race and the catalogue on one MariaDB and on the
# three-node cluster (ops/galera.sh), one after the other on this machine, same build, same data:
#   single        a MariaDB server of its own (no replication)
#   galera-3w     the three nodes, each connection to one at random (loadbalance: three writers)
#   galera-1w     the three nodes, every connection to the first that lives (sequential: one writer)
# For each it prints the race (duration, p50/p95/p99 per enrolment, transactions run again after a
# lost conflict), the catalogue page and GET /api/courses with wrk (requests/s, p95, p99; 2 threads,
# 16 connections, DURATION each), and the time of a single-row commit from the mariadb client (500
# in a row). Needs mariadbd, galera-4, mariadb-backup, socat, curl, wrk, bc, python3 and a build
# (ear/target/server, ear/target/samspil.ear); it takes about ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
export GALERA_DIR=$work/galera
DURATION=${DURATION:-10s}
offset=850
export BASE=http://127.0.0.1:$((8080 + offset))
management=http://127.0.0.1:$((9990 + offset))
single_port=3398

# shellcheck source=ops/lib.sh
. ops/lib.sh
# shellcheck source=lib.sh
. bench/lib.sh
PASSWORD=samspil-demo-2026

finish() {
    stop_server_in "$work/app"
    ops/galera.sh stop > /dev/null 2>&1 || true
    if [ -f "$work/single.pid" ]; then
        kill "$(cat "$work/single.pid")" 2>/dev/null || true
        wait "$(cat "$work/single.pid")" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap finish EXIT

# One MariaDB server with the options the Galera nodes have, less replication.
mariadb-install-db --no-defaults --user=root --datadir="$work/single" --auth-root-authentication-method=normal > /dev/null
/usr/sbin/mariadbd --no-defaults --user=root --datadir="$work/single" --port=$single_port --bind-address=127.0.0.1 \
    --socket="$work/single.sock" --innodb-buffer-pool-size=128M --innodb-log-file-size=48M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$work/single.log" 2>&1 &
echo $! > "$work/single.pid"
for _ in $(seq 1 60); do
    mariadb --no-defaults --user=root --socket="$work/single.sock" -e 'SELECT 1' > /dev/null 2>&1 && break
    sleep 0.5
done
mariadb --no-defaults --user=root --socket="$work/single.sock" <<'SQL'
CREATE DATABASE samspil CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'samspil'@'127.0.0.1' IDENTIFIED BY 'galera-only';
GRANT ALL PRIVILEGES ON samspil.* TO 'samspil'@'127.0.0.1';
SQL
ops/galera.sh start > /dev/null

# $1 = name, $2 = JDBC URL, $3 = the socket of the server the race's checks and the commits use
measure() {
    local name=$1 url=$2 socket=$3 client retries_before port
    client=(mariadb --no-defaults --user=root --socket="$socket" samspil)
    echo "== $name: $url"
    rm -rf "$work/app" && mkdir -p "$work/app"
    MARIADB_URL=$url MARIADB_USER=samspil MARIADB_PASSWORD=galera-only \
        boot_server_in "$work/app" "$offset" -Dsamspil.sessions.per-address=100000 \
        || { tail -20 "$work/app/console"; echo "the server did not deploy" >&2; return 1; }
    "${client[@]}" < bench/generate-enrolment-race.sql
    "${client[@]}" -e "UPDATE account SET password_hash = '$(cheap_password_hash "$PASSWORD")' WHERE id BETWEEN 200001 AND 200500"
    port=$("${client[@]}" -N -e 'SELECT @@port')
    retries_before=$(curl -s "$management/metrics" | awk '/^samspil_transaction_retries_total/ { n += $NF } END { printf "%d\n", n }')
    PEOPLE=500 BASES=$BASE DB_HOST=127.0.0.1 DB_PORT=$port DB_USER=samspil DB_PASSWORD=galera-only DB_NAME=samspil \
        LIST_BENCH=false bench/enrolment-race.sh | grep -E 'latency per|race duration|outcome:|HTTP'
    echo "transactions run again: $(( $(curl -s "$management/metrics" \
        | awk '/^samspil_transaction_retries_total/ { n += $NF } END { printf "%d\n", n }') - retries_before ))"
    for path in "/" "/api/courses"; do
        echo "-- GET $path"
        wrk -t2 -c16 -d"$DURATION" --latency -s bench/latency.lua "$BASE$path" | grep -E "Requests/sec|p95|99%|Non-2xx"
    done
    local began ended
    began=$(date +%s%N)
    for i in $(seq 1 500); do
        echo "INSERT INTO job_lease (job) VALUES ('bench-$name-$i');"
    done | "${client[@]}"
    ended=$(date +%s%N)
    printf 'single-row commit: %.2f ms\n' "$(echo "($ended - $began) / 500 / 1000000" | bc -l)"
    stop_server_in "$work/app"
}

measure single "jdbc:mariadb://127.0.0.1:$single_port/samspil" "$work/single.sock"
measure galera-3w "$(ops/galera.sh url loadbalance)?galeraAllowedState=4&retriesAllDown=3" "$GALERA_DIR/node1/mariadbd.sock"
# The race's course and people are loaded already: the race resets its enrolments itself.
measure galera-1w "$(ops/galera.sh url sequential)?galeraAllowedState=4&retriesAllDown=3" "$GALERA_DIR/node1/mariadbd.sock"
