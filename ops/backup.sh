#!/usr/bin/env bash
# Backs up Samspil's database to a compressed, consistent dump (InnoDB snapshot, no locks held):
#   ops/backup.sh > samspil-$(date +%F).sql.gz
# Restore into an empty database of the same name:
#   gunzip -c samspil-2026-11-30.sql.gz | mariadb --host=... --user=... -p samspil
# Connection from the same variables as the application: MARIADB_HOST, MARIADB_PORT, MARIADB_USER,
# MARIADB_PASSWORD, MARIADB_DATABASE (defaults: the run command's embedded database).
set -euo pipefail
mariadb-dump --host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3307}" --user="${MARIADB_USER:-samspil}" \
    --password="${MARIADB_PASSWORD:-samspil}" --single-transaction --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 "${MARIADB_DATABASE:-samspil}" | gzip
