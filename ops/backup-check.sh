#!/usr/bin/env bash
# Proves that a backup restores: counts the rows of every table, dumps the database with
# ops/backup.sh, drops and recreates it, restores the dump and counts again. Any difference fails.
# Uses the same variables as ops/backup.sh; the user needs the right to drop and create the database.
set -euo pipefail
cd "$(dirname "$0")"
DB=${MARIADB_DATABASE:-samspil}
client() {
    mariadb --host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3307}" --user="${MARIADB_USER:-samspil}" \
        --password="${MARIADB_PASSWORD:-samspil}" "$@"
}
counts() {
    for table in $(client -N -e "SELECT table_name FROM information_schema.tables
                                  WHERE table_schema = '$DB' AND table_type = 'BASE TABLE' ORDER BY table_name"); do
        echo "$table $(client -N -e "SELECT COUNT(*) FROM \`$DB\`.\`$table\`")"
    done
}
dump=$(mktemp --suffix=.sql.gz)
trap 'rm -f "$dump"' EXIT
before=$(counts)
./backup.sh > "$dump"
client -e "DROP DATABASE \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$dump" | client "$DB"
after=$(counts)
if [ "$before" != "$after" ]; then
    diff <(echo "$before") <(echo "$after") || true
    echo "Backup check FAILED: the restored database differs" >&2
    exit 1
fi
echo "Backup check passed: $(echo "$before" | wc -l) tables, $(echo "$before" | awk '{s += $2} END {print s}') rows restored"
