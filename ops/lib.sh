# shellcheck shell=bash
# Shared by the ops checks (sourced, not run).

# Stops the server started in the background whose pid is in $1/pid and whose base directory is
# $1/standalone, and waits until its JVM has finished shutting down (it writes the session store).
stop_server_in() {
    local dir=$1
    if [ -f "$dir/pid" ]; then
        pkill -P "$(cat "$dir/pid")" 2>/dev/null || true
        kill "$(cat "$dir/pid")" 2>/dev/null || true
        wait "$(cat "$dir/pid")" 2>/dev/null || true
        rm -f "$dir/pid"
    fi
    for _ in $(seq 1 60); do
        pgrep -f "jboss.server.base.dir=$dir/standalone" >/dev/null || break
        sleep 0.5
    done
}

# A fresh, empty database $1 on the local MariaDB (root over the socket) and its user $2 (from
# 127.0.0.1) with password $3.
create_database() {
    mariadb --user=root <<SQL
DROP DATABASE IF EXISTS $1;
CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$2'@'127.0.0.1' IDENTIFIED BY '$3';
GRANT ALL PRIVILEGES ON $1.* TO '$2'@'127.0.0.1';
SQL
}

# Boots the provisioned server (ear/target/server) in the background with its own base directory
# $1/standalone (copied with the EAR on the first boot), console $1/console and pid $1/pid, on port
# offset $2, with the demo data, mails to the log and the database that MARIADB_URL, MARIADB_USER
# and MARIADB_PASSWORD name; further arguments go to standalone.sh. Returns once the EAR is deployed,
# or fails.
boot_server_in() {
    local dir=$1 offset=$2
    shift 2
    if [ ! -d "$dir/standalone" ]; then
        cp -r ear/target/server/standalone "$dir/standalone"
        rm -rf "$dir/standalone/deployments/"* "$dir/standalone/log" "$dir/standalone/data" "$dir/standalone/tmp"
        cp ear/target/samspil.ear "$dir/standalone/deployments/"
    fi
    : > "$dir/console"
    SAMSPIL_BASE_URL="http://127.0.0.1:$((8080 + offset))" LOG_FORMAT='' \
        ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$dir/standalone" \
        -Djboss.socket.binding.port-offset="$offset" -Dsamspil.mail.log=true -Dsamspil.demo-data=true \
        -Dsamspil.finance.compile-rules-at-boot=false "$@" > "$dir/console" 2>&1 &
    echo $! > "$dir/pid"
    for _ in $(seq 1 180); do
        grep -q 'Deployed "samspil.ear"\|WFLYCTL0186\|Failed to deploy' "$dir/console" && break
        sleep 1
    done
    grep -q 'Deployed "samspil.ear"' "$dir/console"
}

# A steady load for the checks: requests $3 (a path under $2) until the file $4 exists, writing one
# line per request to $1: its status at the first try and after one retry, made $5 seconds later
# (0: at once, as a proxy's redispatch would). $6, if given, is a cookie jar it keeps (a browser).
steady_load() {
    local out=$1 base=$2 path=$3 stop=$4 pause=$5 jar=${6:-} first final
    while [ ! -f "$stop" ]; do
        first=$(curl -s -o /dev/null -m 10 -w '%{http_code}' ${jar:+-b "$jar" -c "$jar"} "$base$path" || true)
        final=$first
        if [ "$first" != 200 ]; then
            sleep "$pause"
            final=$(curl -s -o /dev/null -m 10 -w '%{http_code}' ${jar:+-b "$jar" -c "$jar"} "$base$path" || true)
        fi
        echo "$first $final" >> "$out"
        sleep 0.1
    done
}

# Prints what a steady load ($2, its file) named $1 met, and the number of its requests that failed
# after one retry as the last word.
load_report() {
    local name=$1 file=$2 total first_failed still_failed
    read -r total first_failed still_failed < <(awk '{ n++ } $1 != 200 { f++ } $2 != 200 { s++ }
        END { printf "%d %d %d\n", n, f, s }' "$file")
    echo "$name: $total requests, $first_failed failed at the first try," \
         "$(awk '$1 != 200 { c[$1 "/" $2]++ } END { for (k in c) printf "(first/retry %s: %d) ", k, c[k] }' "$file")" \
         "failed after one retry: $still_failed"
}
