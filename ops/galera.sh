#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, as three database servers would run it
# ("The database as a Galera cluster" in the README). Each node is a mariadbd with its own data
# directory, client port and Galera ports on loopback; they replicate synchronously (every node
# takes writes) and a joining node catches up by IST from another's write-set cache or, when it
# is too far behind, by a full state transfer (SST, mariabackup).
#
#   ops/galera.sh start            start the cluster: a new one (bootstrapped from node1), or, when
#                                  every node is down, from the node with the most advanced state;
#                                  then the database and the application's user
#   ops/galera.sh stop             stop every node gracefully
#   ops/galera.sh status           each node's pid, state (Synced, Joiner …), component and last write set
#   ops/galera.sh kill NODE        kill -9 a node, as a crashed machine would
#   ops/galera.sh stop-node NODE   stop one node gracefully (it leaves the cluster)
#   ops/galera.sh start-node NODE  start one node again; it rejoins the running cluster (IST or SST)
#   ops/galera.sh wait-synced      wait until every running node is Synced in one primary component
#   ops/galera.sh url [sequential|loadbalance]   the JDBC URL listing the three nodes
#
# Ports: node N (1-3) takes client port GALERA_PORT+N (3400: 3401-3403) and Galera's group
# communication, IST and SST ports 4500+10N, +1, +2. Files: GALERA_DIR (ear/target/galera) holds
# each node's data directory, configuration, log and pid. The database GALERA_DATABASE (samspil)
# and its user GALERA_USER / GALERA_PASSWORD (samspil / galera-only, local demo credentials) are
# made on start. Needs mariadbd, mariadb-install-db, galera-4, mariadb-backup and socat (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${GALERA_DIR:-ear/target/galera}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
base_port=${GALERA_PORT:-3400}
database=${GALERA_DATABASE:-samspil}
user=${GALERA_USER:-samspil}
password=${GALERA_PASSWORD:-galera-only}
host=127.0.0.1
nodes=(node1 node2 node3)

die() {
    echo "galera: $*" >&2
    exit 1
}

number() { # $1 = node
    case $1 in
        node1) echo 1 ;;
        node2) echo 2 ;;
        node3) echo 3 ;;
        *) die "no node '$1' (node1, node2 or node3)" ;;
    esac
}
client_port() { echo $((base_port + $(number "$1"))); }
group_port() { echo $((4500 + 10 * $(number "$1"))); }

members() {
    local node list=()
    for node in "${nodes[@]}"; do
        list+=("$host:$(group_port "$node")")
    done
    (IFS=,; echo "${list[*]}")
}

configure() { # $1 = node: its option file
    local node=$1 gport
    gport=$(group_port "$node")
    mkdir -p "$dir/$node"
    cat > "$dir/$node/my.cnf" <<EOF
[mariadbd]
user=root
datadir=$dir/$node/data
socket=$dir/$node/mariadbd.sock
pid-file=$dir/$node/mariadbd.pid
log-error=$dir/$node/error.log
port=$(client_port "$node")
bind-address=$host
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=128M
innodb_log_file_size=48M
# Galera replicates row events of InnoDB tables; interleaved auto-increment locks let two nodes insert at once.
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=samspil
wsrep_cluster_address=gcomm://$(members)
wsrep_node_name=$node
wsrep_node_address=$host:$gport
wsrep_provider_options="gmcast.listen_addr=tcp://$host:$gport;ist.recv_addr=$host:$((gport + 1));gcache.size=128M"
# A full state transfer copies a donor's data with mariabackup, which keeps the donor writable
# (rsync would lock it); the donor's mariabackup logs in to its own node as root over the socket.
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
wsrep_sst_receive_address=$host:$((gport + 2))
# A table without a primary key cannot be replicated safely: refuse to write to one.
innodb_force_primary_key=ON
wsrep_certify_nonPK=OFF
EOF
}

pid_of() { # $1 = node: the pid of its running mariadbd
    local pidfile=$dir/$1/mariadbd.pid pid
    [ -f "$pidfile" ] || return 1
    pid=$(cat "$pidfile" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

client() { # $1 = node, then mariadb's arguments: as root over the node's socket
    local node=$1
    shift
    mariadb --no-defaults --user=root --socket="$dir/$node/mariadbd.sock" --connect-timeout=2 "$@"
}

status_of() { # $1 = node, $2 = status variable
    client "$1" -N -B -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2
}

launch() { # $1 = node, then extra options
    local node=$1
    shift
    [ -d "$dir/$node/data/mysql" ] || {
        mariadb-install-db --no-defaults --user=root --datadir="$dir/$node/data" \
            --auth-root-authentication-method=normal > "$dir/$node/install.log" 2>&1 \
            || { cat "$dir/$node/install.log" >&2; die "mariadb-install-db failed for $node"; }
    }
    if [ -f "$dir/$node/recovered-position" ]; then
        set -- "$@" --wsrep-start-position="$(cat "$dir/$node/recovered-position")"
        rm -f "$dir/$node/recovered-position"
    fi
    # In a session of its own, so that nothing of the caller's (a terminal's signals) reaches it.
    setsid /usr/sbin/mariadbd --defaults-file="$dir/$node/my.cnf" "$@" < /dev/null >> "$dir/$node/console.log" 2>&1 &
}

await_synced() { # $1 = node, $2 = seconds
    local node=$1 state
    for _ in $(seq 1 $(($2 * 4))); do
        state=$(status_of "$node" wsrep_local_state_comment || true)
        if [ "$state" = Synced ] && [ "$(status_of "$node" wsrep_cluster_status)" = Primary ]; then
            return 0
        fi
        if ! pid_of "$node" > /dev/null && [ ! -f "$dir/$node/mariadbd.pid" ] && [ -s "$dir/$node/error.log" ] \
                && grep -q 'ERROR\] Aborting' <(tail -20 "$dir/$node/error.log"); then
            tail -20 "$dir/$node/error.log" >&2
            die "$node stopped while starting (log: $dir/$node/error.log)"
        fi
        sleep 0.25
    done
    tail -20 "$dir/$node/error.log" >&2
    die "$node is not Synced after $2 s (it says '${state:-no answer}')"
}

# The last committed position (uuid:seqno) of a stopped node: its grastate.dat after a clean stop,
# or, after a crash (seqno -1 there), what --wsrep-recover reads from InnoDB; the node then starts
# from that position (recovered-position), so that it keeps its history and needs no full SST.
position_of() { # $1 = node
    local node=$1 uuid seqno position
    uuid=$(awk '/^uuid:/ { print $2 }' "$dir/$node/data/grastate.dat" 2>/dev/null || true)
    seqno=$(awk '/^seqno:/ { print $2 }' "$dir/$node/data/grastate.dat" 2>/dev/null || true)
    rm -f "$dir/$node/recovered-position"
    if [ "${seqno:--1}" = -1 ]; then
        /usr/sbin/mariadbd --defaults-file="$dir/$node/my.cnf" --wsrep-recover --log-error="$dir/$node/recover.log" \
            > /dev/null 2>&1 || true
        position=$(grep -o 'Recovered position: [^ ]*' "$dir/$node/recover.log" | tail -1 | sed 's/Recovered position: //')
        if [ -n "$position" ]; then
            echo "$position" > "$dir/$node/recovered-position"
            uuid=${position%:*}
            seqno=${position##*:}
        fi
    fi
    echo "${uuid:-none}:${seqno:--1}"
}

running() {
    local node count=0
    for node in "${nodes[@]}"; do
        pid_of "$node" > /dev/null && count=$((count + 1))
    done
    echo "$count"
}

create_database() { # on the bootstrapped node; replicated to the others
    client "$1" <<SQL
CREATE DATABASE IF NOT EXISTS $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$user'@'$host' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON $database.* TO '$user'@'$host';
SQL
}

start() {
    local node first best=-2 seqno
    for node in "${nodes[@]}"; do
        configure "$node"
    done
    [ "$(running)" = 0 ] || die "some nodes run already (ops/galera.sh status); start-node starts one"
    if [ ! -f "$dir/node1/data/grastate.dat" ]; then
        first=node1
        echo "A new cluster, bootstrapped from node1"
    else
        # Every node is down: the one that committed last must start the new primary component,
        # or what only it had would be lost when it joins a cluster started from another.
        for node in "${nodes[@]}"; do
            seqno=$(position_of "$node")
            seqno=${seqno##*:}
            echo "$node last committed write set $seqno"
            if [ "$seqno" -gt "$best" ]; then
                best=$seqno
                first=$node
            fi
        done
        echo "Bootstrapping from $first (write set $best)"
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/$first/data/grastate.dat"
    fi
    launch "$first" --wsrep-new-cluster
    await_synced "$first" 60
    create_database "$first"
    for node in "${nodes[@]}"; do
        [ "$node" = "$first" ] || launch "$node"
    done
    for node in "${nodes[@]}"; do
        [ "$node" = "$first" ] || await_synced "$node" 120
    done
    echo "Galera runs on three nodes: $(url loadbalance)"
}

start_node() { # $1 = node
    local node=$1
    configure "$node"
    pid_of "$node" > /dev/null && die "$node runs already"
    [ "$(running)" -gt 0 ] || die "no node runs: ops/galera.sh start bootstraps the cluster"
    position_of "$node" > /dev/null
    launch "$node"
    await_synced "$node" 120
    echo "$node rejoined: $(status_of "$node" wsrep_cluster_size) nodes in the primary component"
}

stop_node() { # $1 = node
    local pid
    pid=$(pid_of "$1") || return 0
    kill -TERM "$pid"
    for _ in $(seq 1 240); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.25
    done
    kill -KILL "$pid" 2>/dev/null || true
}

kill_node() { # $1 = node
    local pid
    number "$1" > /dev/null
    pid=$(pid_of "$1") || die "$1 is not running"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    echo "$1 killed (kill -9, pid $pid)"
}

stop_all() {
    local node
    # The last node to leave keeps safe_to_bootstrap: stop them one after the other.
    for node in node3 node2 node1; do
        stop_node "$node"
    done
}

status() {
    local node pid
    for node in "${nodes[@]}"; do
        if pid=$(pid_of "$node"); then
            printf '%-6s pid %-8s port %s  %-8s %-11s size %s  last write set %s\n' "$node" "$pid" "$(client_port "$node")" \
                "$(status_of "$node" wsrep_local_state_comment)" "$(status_of "$node" wsrep_cluster_status)" \
                "$(status_of "$node" wsrep_cluster_size)" "$(status_of "$node" wsrep_last_committed)"
        else
            printf '%-6s down\n' "$node"
        fi
    done
}

wait_synced() {
    local node
    for node in "${nodes[@]}"; do
        if pid_of "$node" > /dev/null; then
            await_synced "$node" 120
        fi
    done
}

url() { # $1 = sequential | loadbalance
    local node list=()
    for node in "${nodes[@]}"; do
        list+=("$host:$(client_port "$node")")
    done
    echo "jdbc:mariadb:${1:-sequential}://$(IFS=,; echo "${list[*]}")/$database"
}

case ${1:-} in
    start) start ;;
    stop) stop_all ;;
    status) status ;;
    kill) kill_node "${2:?galera: kill NODE}" ;;
    stop-node) number "${2:?galera: stop-node NODE}" > /dev/null && stop_node "$2" ;;
    start-node) start_node "${2:?galera: start-node NODE}" ;;
    wait-synced) wait_synced ;;
    url) url "${2:-sequential}" ;;
    *) echo "usage: $0 start|stop|status|kill NODE|stop-node NODE|start-node NODE|wait-synced|url [sequential|loadbalance]" >&2
       exit 2 ;;
esac
