#!/usr/bin/env bash
# Proves the JSON log switch: boots the provisioned server (without the application, on a copy of
# its configuration and a port offset of 300) with LOG_FORMAT=json, and fails unless every console
# line once the logging subsystem has started is a JSON object with a level and a message; then
# boots it with LOG_FORMAT empty and expects text again. Run after a build (ear/target/server).
set -euo pipefail
cd "$(dirname "$0")/.."
server=ear/target/server
work=$(mktemp -d)
trap 'kill "$(cat "$work/pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT

boot() { # $1 = LOG_FORMAT value ("" for none); prints the console output until the server has started
    rm -rf "$work/standalone" && cp -r "$server/standalone" "$work/standalone"
    rm -rf "$work/standalone/deployments/"* "$work/standalone/log" "$work/standalone/data" "$work/standalone/tmp"
    LOG_FORMAT="$1" "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
        -Djboss.socket.binding.port-offset=300 > "$work/console" 2>&1 &
    echo $! > "$work/pid"
    for _ in $(seq 1 60); do
        grep -q 'WFLYSRV0025' "$work/console" && break
        sleep 1
    done
    pkill -P "$(cat "$work/pid")" 2>/dev/null || true
    kill "$(cat "$work/pid")" 2>/dev/null || true
    wait "$(cat "$work/pid")" 2>/dev/null || true
    grep -q 'WFLYSRV0025' "$work/console" || { cat "$work/console"; echo "server did not start" >&2; exit 1; }
    cat "$work/console"
}

boot json > "$work/json"
python3 -c '
import json, sys
lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
first = next(i for i, line in enumerate(lines) if line.startswith("{"))
started = [json.loads(line) for line in lines[first:]]
assert all("level" in entry and "message" in entry for entry in started), started[:3]
assert any("WFLYSRV0025" in entry["message"] for entry in started), "no JSON line for the start"
print(f"JSON logs: {len(started)} lines after the logging subsystem started, each a JSON object")
' < "$work/json"
boot "" > "$work/text"
if grep -q 'INFO  \[org.jboss.as\] (Controller Boot Thread) WFLYSRV0025' "$work/text"; then
    echo "Text logs when LOG_FORMAT is empty"
else
    echo "no text log line for the start when LOG_FORMAT is empty" >&2
    exit 1
fi
