#!/usr/bin/env bash
# Two Samspil nodes on this machine behind HAProxy, as two servers behind a load balancer would run
# ("Two servers behind HAProxy" in the README). Both nodes are copies of the cluster server
# (ear/target/server-cluster: sessions in the database, JGroups over TCP between the nodes) with the
# EAR, on one database, and HAProxy sends each person to one node (a sticky cookie) and to the other when that one fails
# its health check or refuses the connection.
#
#   ops/cluster.sh start           copy the build, boot node1 and node2, start HAProxy, wait until both are UP
#   ops/cluster.sh status          pids, each node's /health/ready and HAProxy's view of it
#   ops/cluster.sh stop            stop everything (gracefully, then by force)
#   ops/cluster.sh kill NODE       kill -9 a node, as a crash would
#   ops/cluster.sh restart NODE    take a node out of HAProxy, stop it gracefully, boot it, put it back once UP
#
# start and restart need MARIADB_URL, MARIADB_USER and MARIADB_PASSWORD (one database for both
# nodes); SAMSPIL_DEMO_DATA=true loads the demo data; NODE_OPTS adds system properties to both
# nodes (e.g. -Dsamspil.sessions.per-address=1000). Mails are written to the nodes' logs.
# Ports: node N listens on 8080, 9990 (management, health) and 7600 (JGroups) plus its offset.
#   NODE1_PORT_OFFSET (400: 8480, 10390, 8000)   NODE2_PORT_OFFSET (500: 8580, 10490, 8100)
#   PROXY_PORT (8680)   PROXY_STATS_PORT (8681)
# The defaults stay clear of a developer's server (offset 0), the tests (100), the first-boot check (300)
# and the outage check (700).
# Files: CLUSTER_DIR (ear/target/cluster) holds the copies, each node's console.log and HAProxy's.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${SAMSPIL_TARGET:-ear/target}
dir=${CLUSTER_DIR:-$target/cluster}
proxy_port=${PROXY_PORT:-8680}
stats_port=${PROXY_STATS_PORT:-8681}
host=127.0.0.1
nodes=(node1 node2)

die() {
    echo "cluster: $*" >&2
    exit 1
}

offset() { # $1 = node
    case $1 in
        node1) echo "${NODE1_PORT_OFFSET:-400}" ;;
        node2) echo "${NODE2_PORT_OFFSET:-500}" ;;
        *) die "no node '$1' (node1 or node2)" ;;
    esac
}
http_port() { echo $((8080 + $(offset "$1"))); }
management_port() { echo $((9990 + $(offset "$1"))); }
jgroups_port() { echo $((7600 + $(offset "$1"))); }

# The session leader of a process group we started (a node's standalone.sh or HAProxy), if it still runs.
pid_of() { # $1 = pid file
    local pid
    [ -f "$1" ] || return 1
    pid=$(cat "$1")
    [ -n "$pid" ] && kill -0 -- "-$pid" 2>/dev/null && echo "$pid"
}

# Started in a session of its own, so that stopping it stops the JVM that standalone.sh forks too.
launch() { # $1 = pid file, $2 = console file, then the command
    local pidfile=$1 console=$2
    shift 2
    # shellcheck disable=SC2016 # expanded by the inner shell, whose pid is the session's
    setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" < /dev/null >> "$console" 2>&1 &
    for _ in $(seq 1 50); do
        [ -s "$pidfile" ] && return 0
        sleep 0.1
    done
    die "$* did not start"
}

# Waits until every process of the group is gone; by force after $2 seconds.
await_end() { # $1 = pid, $2 = seconds
    local pid=$1
    for _ in $(seq 1 $(($2 * 5))); do
        kill -0 -- "-$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 0.5
}

port_taken() { # $1 = port
    (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null
}

require_database() {
    : "${MARIADB_URL:?cluster: set MARIADB_URL (jdbc:mariadb://host:port/database)}"
    : "${MARIADB_USER:?cluster: set MARIADB_USER}"
    : "${MARIADB_PASSWORD:?cluster: set MARIADB_PASSWORD}"
}

boot_node() { # $1 = node; appends to the node's console.log and remembers where this boot's lines begin
    local node=$1 base=$dir/$1 offset demo=() extra=()
    offset=$(offset "$node")
    read -r -a extra <<<"${NODE_OPTS:-}"
    if [ "${SAMSPIL_DEMO_DATA:-}" = true ]; then
        demo=(-Dsamspil.demo-data=true)
    fi
    if [ ! -d "$base/standalone" ]; then
        mkdir -p "$base"
        cp -r "$dir/server/standalone" "$base/standalone"
        rm -rf "$base/standalone/deployments/"* "$base/standalone/log" "$base/standalone/data" "$base/standalone/tmp"
        cp "$dir/samspil.ear" "$base/standalone/deployments/"
    fi
    touch "$base/console.log"
    echo $(($(wc -l < "$base/console.log") + 1)) > "$base/boot-line"
    # jboss.tx.node.id keeps the two transaction managers' ids apart (they share the database);
    # the SIGTERM suspend timeout lets requests in progress finish before a graceful stop.
    SAMSPIL_BASE_URL=${SAMSPIL_BASE_URL:-http://$host:$proxy_port} LOG_FORMAT='' \
        launch "$base/pid" "$base/console.log" "$dir/server/bin/standalone.sh" \
        -Djboss.server.base.dir="$base/standalone" \
        -Djboss.node.name="$node" -Djboss.tx.node.id="$node" \
        -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.bind.address.private="$host" \
        -Dsamspil.cluster.node1.host="$host" -Dsamspil.cluster.node1.port="$(jgroups_port node1)" \
        -Dsamspil.cluster.node2.host="$host" -Dsamspil.cluster.node2.port="$(jgroups_port node2)" \
        -Dorg.wildfly.sigterm.suspend.timeout=20 \
        -Dsamspil.mail.log=true "${demo[@]}" "${extra[@]}"
}

# This boot's lines of a node's console.
boot_log() { # $1 = node
    tail -n +"$(cat "$dir/$1/boot-line")" "$dir/$1/console.log"
}

await_log() { # $1 = node, $2 = pattern; fails when the node stops or its boot fails first
    local node=$1
    for _ in $(seq 1 "${BOOT_TIMEOUT:-300}"); do
        if grep -q 'WFLYSRV0026\|WFLYCTL0013\|WFLYCTL0186' <(boot_log "$node") \
                || ! pid_of "$dir/$node/pid" > /dev/null; then
            boot_log "$node" | grep -v WFLYMPHEALTH0003 | grep -E 'ERROR|WFLYSRV0026' | cut -c1-600 | tail -5 >&2
            die "$node did not start cleanly (log: $dir/$node/console.log)"
        fi
        grep -q -- "$2" <(boot_log "$node") && return 0
        sleep 1
    done
    die "$node: no '$2' in its log after ${BOOT_TIMEOUT:-300} s"
}

# Booted with the application deployed and no error (WFLYSRV0025; "started (with errors)" is 0026).
await_boot() { # $1 = node
    await_log "$1" 'WFLYSRV0025'
    grep -q 'Deployed "samspil.ear"' <(boot_log "$1") || die "$1 started without samspil.ear"
}

stop_node() { # $1 = node: gracefully
    local pid
    pid=$(pid_of "$dir/$1/pid") || return 0
    # To the whole group: standalone.sh runs the JVM as a child and does not pass a TERM on.
    kill -TERM -- "-$pid" 2>/dev/null || true
    await_end "$pid" 40
    rm -f "$dir/$1/pid"
}

kill_node() { # $1 = node
    local pid
    pid=$(pid_of "$dir/$1/pid") || die "$1 is not running"
    kill -KILL -- "-$pid"
    await_end "$pid" 10
    rm -f "$dir/$1/pid"
    echo "$1 killed (kill -9, process group $pid)"
}

health() { # $1 = node: the HTTP status of its /health/ready
    curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$host:$(management_port "$1")/health/ready" || true
}

start_proxy() {
    local haproxy
    haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
    [ -x "$haproxy" ] || die "HAProxy is not installed (Debian: apt-get install haproxy)"
    PROXY_BIND=$host:$proxy_port STATS_BIND=$host:$stats_port
    NODE1_HTTP=$host:$(http_port node1) NODE1_HEALTH=$(management_port node1)
    NODE2_HTTP=$host:$(http_port node2) NODE2_HEALTH=$(management_port node2)
    export PROXY_BIND STATS_BIND NODE1_HTTP NODE1_HEALTH NODE2_HTTP NODE2_HEALTH
    "$haproxy" -c -q -f ops/haproxy.cfg || die "ops/haproxy.cfg is not valid"
    launch "$dir/haproxy.pid" "$dir/haproxy.log" "$haproxy" -db -f ops/haproxy.cfg
}

stop_proxy() {
    local pid
    pid=$(pid_of "$dir/haproxy.pid") || return 0
    kill -TERM "$pid" 2>/dev/null || true
    await_end "$pid" 10
    rm -f "$dir/haproxy.pid"
}

# HAProxy's state of a node: UP, DOWN, MAINT, "UP 1/2" (rising) … from its status page as CSV.
proxy_state() { # $1 = node
    curl -s -m 2 "http://$host:$stats_port/;csv" | awk -F, -v node="$1" '$1 == "nodes" && $2 == node { print $18 }'
}

proxy_admin() { # $1 = node, $2 = ready | maint
    curl -s -o /dev/null -m 2 --data "s=$1&action=$2&b=nodes" "http://$host:$stats_port/" \
        || die "HAProxy's status page did not take '$2' for $1"
}

await_proxy() { # $1 = node, $2 = state, $3 = seconds
    for _ in $(seq 1 $(($3 * 5))); do
        [ "$(proxy_state "$1")" = "$2" ] && return 0
        sleep 0.2
    done
    die "HAProxy does not see $1 $2 after $3 s (it sees '$(proxy_state "$1")')"
}

stop_all() {
    local node
    # Both at once: each takes a while to stop.
    for node in "${nodes[@]}"; do
        if pid_of "$dir/$node/pid" > /dev/null; then
            kill -TERM -- "-$(cat "$dir/$node/pid")" 2>/dev/null || true
        fi
    done
    for node in "${nodes[@]}"; do
        stop_node "$node"
    done
    stop_proxy
}

start() {
    local node port
    require_database
    for node in "${nodes[@]}"; do
        if pid_of "$dir/$node/pid" > /dev/null; then
            die "$node is running already (ops/cluster.sh stop)"
        fi
    done
    if pid_of "$dir/haproxy.pid" > /dev/null; then
        die "HAProxy is running already (ops/cluster.sh stop)"
    fi
    for port in "$proxy_port" "$stats_port" "$(http_port node1)" "$(management_port node1)" "$(jgroups_port node1)" \
                "$(http_port node2)" "$(management_port node2)" "$(jgroups_port node2)"; do
        if port_taken "$port"; then
            die "port $port is in use (see the port variables in ops/cluster.sh)"
        fi
    done
    if [ ! -d "$target/server-cluster" ] || [ ! -f "$target/samspil.ear" ]; then
        die "no build in $target (server-cluster and samspil.ear): mvn package -DskipTests"
    fi
    # Copies, so that a build while the cluster runs changes nothing under it.
    # Only what this script made there: CLUSTER_DIR may be a folder that holds other things.
    rm -rf "$dir/server" "$dir/samspil.ear" "$dir/node1" "$dir/node2" "$dir/haproxy.log" "$dir/haproxy.pid"
    mkdir -p "$dir"
    cp -r "$target/server-cluster" "$dir/server"
    cp "$target/samspil.ear" "$dir/samspil.ear"
    trap 'stop_all' EXIT
    start_proxy
    boot_node node1
    # node2 boots once node1 has migrated the schema, so two Flyway runs never meet on an empty database.
    await_log node1 'Database schema at version'
    boot_node node2
    await_boot node1
    await_boot node2
    for node in "${nodes[@]}"; do
        await_proxy "$node" UP 30
    done
    trap - EXIT
    boot_log node2 | grep -o "joined cluster .*" | tail -1 || true
    cat <<EOF
Samspil runs on two nodes behind HAProxy:
  http://$host:$proxy_port/              through HAProxy (sticky cookie SRV)
  http://$host:$(http_port node1)/  http://$host:$(http_port node2)/   node1 and node2 directly
  http://$host:$stats_port/              HAProxy's status page
  http://$host:$(management_port node1)/health/ready  http://$host:$(management_port node2)/health/ready
Logs: $dir/node1/console.log, $dir/node2/console.log, $dir/haproxy.log
EOF
}

status() {
    local node pid proxy
    for node in "${nodes[@]}"; do
        pid=$(pid_of "$dir/$node/pid") || pid=-
        printf '%-6s pid %-8s http://%s:%s  /health/ready %s  HAProxy: %s\n' "$node" "$pid" "$host" \
            "$(http_port "$node")" "$(health "$node")" "$(proxy_state "$node")"
    done
    proxy=$(pid_of "$dir/haproxy.pid") || proxy=-
    printf 'HAProxy pid %s  http://%s:%s/  status page http://%s:%s/\n' "$proxy" "$host" "$proxy_port" "$host" "$stats_port"
    [ "$proxy" != - ] || return 1
}

restart() { # $1 = node
    local node=$1
    offset "$node" > /dev/null
    require_database
    pid_of "$dir/haproxy.pid" > /dev/null || die "the cluster is not running (ops/cluster.sh start)"
    # Out of rotation first, so that no new request reaches the node while it stops; people whose
    # sticky cookie names it go to the other node, which has their session.
    proxy_admin "$node" maint
    await_proxy "$node" MAINT 5
    stop_node "$node"
    boot_node "$node"
    await_boot "$node"
    proxy_admin "$node" ready
    await_proxy "$node" UP 30
    echo "$node restarted and UP in HAProxy"
}

case ${1:-} in
    start) start ;;
    stop) stop_all ;;
    status) status ;;
    kill) kill_node "${2:?cluster: kill NODE (node1 or node2)}" ;;
    restart) restart "${2:?cluster: restart NODE (node1 or node2)}" ;;
    *) echo "usage: $0 start|stop|status|kill NODE|restart NODE" >&2; exit 2 ;;
esac
