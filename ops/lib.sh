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
