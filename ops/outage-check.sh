#!/usr/bin/env bash
# Proves that Samspil is operable around its database ("When the database is down" in the README):
# boots the provisioned server with demo data on a MariaDB server of its own (a scratch data
# directory, port 3336, started and stopped here, so that stopping and freezing it touches nothing
# else), then
#  1. a restart of the server keeps a logged-in person's session and their open form;
#  2. with the database stopped (connections refused) and 3. hung (the process frozen with SIGSTOP:
#     it accepts connections and never answers) every page answers 503 with Retry-After within 2 s
#     (the translated page), the API 503 application/problem+json, readiness is DOWN and liveness
#     UP; after the database is back everything answers again without a restart;
#  4. an outage leaves a handful of log lines, not a stack trace per connection.
# Prints the figures. Needs mariadbd and mariadb-install-db (Debian mariadb-server), curl and a
# build (ear/target/server, ear/target/samspil.ear).
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
work=$(mktemp -d)
db_port=3336
offset=700
export BASE=http://127.0.0.1:$((8080 + offset))
management=http://127.0.0.1:$((9990 + offset))

# shellcheck source=ops/lib.sh
. ops/lib.sh
stop_server() {
    stop_server_in "$work"
}
stop_database() {
    if [ -f "$work/db.pid" ]; then
        kill -CONT "$(cat "$work/db.pid")" 2>/dev/null || true
        kill "$(cat "$work/db.pid")" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$(cat "$work/db.pid")" 2>/dev/null || break; sleep 0.5; done
        rm -f "$work/db.pid"
    fi
}
trap 'stop_server; stop_database; rm -rf "$work" || true' EXIT
fail() {
    echo "Outage check: $*" >&2
    exit 1
}

start_database() {
    /usr/sbin/mariadbd --no-defaults --user=root --datadir="$work/db" --port=$db_port --bind-address=127.0.0.1 \
        --socket="$work/db.sock" --skip-grant-tables > "$work/db.log" 2>&1 &
    echo $! > "$work/db.pid"
    for _ in $(seq 1 60); do
        mariadb --no-defaults --socket="$work/db.sock" -e 'SELECT 1' >/dev/null 2>&1 && return
        sleep 0.5
    done
    cat "$work/db.log"
    fail "the scratch MariaDB did not start"
}
mariadb-install-db --no-defaults --user=root --datadir="$work/db" --auth-root-authentication-method=normal \
    > "$work/db-install.log" 2>&1 || { cat "$work/db-install.log"; fail "mariadb-install-db failed"; }
start_database
mariadb --no-defaults --socket="$work/db.sock" \
    -e 'CREATE DATABASE samspil CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci'

boot() {
    # The scratch database skips grant tables: any user and password are let in.
    MARIADB_URL="jdbc:mariadb://127.0.0.1:$db_port/samspil" MARIADB_USER=samspil MARIADB_PASSWORD=outage-check-only \
        boot_server_in "$work" "$offset" || { cat "$work/console"; fail "not deployed"; }
}
boot

# shellcheck source=../bench/lib.sh
. bench/lib.sh
PASSWORD=samspil-demo-2026
jar=$work/cookies
millis() { date +%s%3N; }
# status and seconds of one request: $1 = URL, further arguments go to curl
probe() {
    local url=$1
    shift
    curl -s -o "$work/body" -D "$work/headers" -w '%{http_code} %{time_total}\n' --max-time 10 "$@" "$url" \
        || echo " (curl failed: $?)"
}
logged_in() {
    curl -s -b "$jar" "$BASE/participant/my-courses.xhtml" | grep -q 'id="caller-name">Anne Larsen'
}

# 1. A restart keeps the session and the open form.
log_in "$jar" anne.larsen@fjordskolen.example
if ! logged_in; then
    # Say what the server answered, then give a cold server's first login one more try.
    echo "First login: my-courses answered $(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/participant/my-courses.xhtml");" \
         "the server's last log lines:" >&2
    tail -5 "$work/console" | cut -c1-300 >&2
    sleep 5
    log_in "$jar" anne.larsen@fjordskolen.example
    logged_in || fail "the demo participant could not log in"
fi
read -r state nonce < <(form_tokens "$jar" "$BASE/participant/my-goals.xhtml")
"$server/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + offset)) --command=':shutdown' >/dev/null
wait "$(cat "$work/pid")" 2>/dev/null || true
rm -f "$work/pid"
boot
# A server that has just deployed may answer its very first requests before it has looked at the
# database (503): wait for an answer that is not that, then the session must still be there.
for _ in $(seq 1 15); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/participant/my-courses.xhtml")" != 503 ] && break
    sleep 1
done
logged_in || fail "a restart logged the participant out (my-courses answered $(curl -s -o /dev/null -w '%{http_code}' \
    -b "$jar" "$BASE/participant/my-courses.xhtml"))"
logout=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$BASE/participant/my-goals.xhtml" \
    --data-urlencode "logout-form=logout-form" --data-urlencode "logout-form:logout=Log ud" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce")
[ "$logout" = 302 ] || fail "the form opened before the restart answered $logout after it"
echo "Restart: the session and its open form (view state from before the restart) survived"

log_in "$jar" anne.larsen@fjordskolen.example
course=$(curl -s "$BASE/api/courses" | grep -o '"code":"[A-Z0-9-]*"' | head -1 | cut -d'"' -f4)
pages=("$BASE/" "$BASE/catalog/course.xhtml?code=$course" "$BASE/login.xhtml" "$BASE/verify.xhtml")

# $1 = what; checks every page (anonymous and logged in) and the API while the database is out
check_outage() {
    local what=$1 status seconds worst=0
    for url in "${pages[@]}"; do
        read -r status seconds < <(probe "$url")
        [ "$status" = 503 ] || fail "$what: $url answered $status"
        grep -qi '^retry-after: 10' "$work/headers" || fail "$what: $url without Retry-After"
        grep -q 'Samspil kan ikke nå sin database lige nu' "$work/body" || fail "$what: $url without the translated page"
        worst=$(echo "if ($seconds > $worst) $seconds else $worst" | bc)
    done
    read -r status seconds < <(probe "$BASE/participant/my-courses.xhtml" -b "$jar")
    [ "$status" = 503 ] || fail "$what: a logged-in page answered $status"
    worst=$(echo "if ($seconds > $worst) $seconds else $worst" | bc)
    read -r status seconds < <(probe "$BASE/api/courses")
    [ "$status" = 503 ] || fail "$what: the API answered $status"
    grep -qi '^content-type: application/problem+json' "$work/headers" || fail "$what: the API without a problem document"
    worst=$(echo "if ($seconds > $worst) $seconds else $worst" | bc)
    [ "$(probe "$management/health/ready" | cut -d' ' -f1)" = 503 ] || fail "$what: readiness is not DOWN"
    [ "$(probe "$management/health/live" | cut -d' ' -f1)" = 200 ] || fail "$what: liveness is not UP"
    [ "$(echo "$worst < 2" | bc)" = 1 ] || fail "$what: the slowest answer took $worst s"
    echo "$worst"
}
# $1 = what; seconds until the catalogue answers 200 again
recovery() {
    local began
    began=$(millis)
    for _ in $(seq 1 60); do
        if [ "$(probe "$BASE/" | cut -d' ' -f1)" = 200 ] && logged_in; then
            echo "scale=1; ($(millis) - $began) / 1000" | bc
            return
        fi
        sleep 0.2
    done
    fail "$1: no recovery within 12 s"
}

log_lines_before=$(wc -l < "$work/console")

# 2. Stopped: connections refused.
kill "$(cat "$work/db.pid")"
for _ in $(seq 1 30); do kill -0 "$(cat "$work/db.pid")" 2>/dev/null || break; sleep 0.5; done
rm -f "$work/db.pid"
read -r first_status first_seconds < <(probe "$BASE/")
sleep 3
stopped_worst=$(check_outage "database stopped")
sleep 10
start_database
stopped_recovery=$(recovery "database stopped")

# 3. Hung: the process frozen, connections accepted and never answered.
kill -STOP "$(cat "$work/db.pid")"
began=$(millis)
read -r hung_first_status hung_first_seconds < <(probe "$BASE/participant/my-courses.xhtml" -b "$jar")
sleep 2
hung_worst=$(check_outage "database hung")
sleep 10
kill -CONT "$(cat "$work/db.pid")"
hung_recovery=$(recovery "database hung")

# 4. The log of both outages (about 40 s).
outage_log=$(tail -n +"$((log_lines_before + 1))" "$work/console")
lines=$(wc -l <<<"$outage_log")
traces=$(grep -c $'^\tat ' <<<"$outage_log" || true)
echo "$outage_log" > "$work/outage.log"
if [ "$lines" -gt 40 ] || [ "$traces" -gt 0 ]; then
    grep -v $'^\tat ' "$work/outage.log" | cut -c1-300 | head -80
    fail "the outages wrote $lines log lines, $traces of them stack frames"
fi

echo "Database stopped: first request after the stop $first_status in ${first_seconds} s; then every page 503 within ${stopped_worst} s; back ${stopped_recovery} s after MariaDB was"
echo "Database hung (SIGSTOP): first request $hung_first_status in ${hung_first_seconds} s; then every page 503 within ${hung_worst} s; back ${hung_recovery} s after SIGCONT"
echo "Log of both outages (~45 s): $lines lines, $traces stack frames:"
grep -E ' (WARN|WARNING|ERROR|SEVERE|INFO) ' "$work/outage.log" | sed 's/^/    /' | cut -c1-220
