#!/usr/bin/env bash
# Issuing a billing run of 2,000 invoice lines (bench/generate-billing.sql, loaded first if missing):
#  1. the dry run (the finance office's billing page) and the run itself, each timed end to end over
#     HTTP, the run including writing and validating every Peppol document;
#  2. SQL statements per page of the invoice list (first page, a later page, a search).
# Resets what earlier runs issued for the bench's courses first. The demo's own places owed are
# issued too; the figures say how many lines the run held. Needs the running application
# (mvn -Prun verify), curl, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
DB="mariadb --host=${DB_HOST:-127.0.0.1} --port=${DB_PORT:-3307} --user=${DB_USER:-samspil} --password=${DB_PASSWORD:-samspil} ${DB_NAME:-samspil}"
PASSWORD=samspil-demo-2026
# shellcheck source=lib.sh
. ./lib.sh

if [ "$($DB -N -e "SELECT COUNT(*) FROM enrolment WHERE course_id BETWEEN 400001 AND 400050")" = 0 ]; then
    echo "Loading 2,000 places owed"
    $DB < generate-billing.sql
fi
# Undo earlier bench runs: their lines, documents and runs; the series goes back to the last number left.
$DB -e "DELETE l FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE i.course_id BETWEEN 400001 AND 400050;
        DELETE FROM invoice WHERE course_id BETWEEN 400001 AND 400050;
        DELETE r FROM billing_run r WHERE NOT EXISTS (SELECT 1 FROM invoice i WHERE i.run_id = r.id);
        UPDATE invoice_counter SET last_number = (SELECT COALESCE(MAX(number), 0) FROM invoice);
        UPDATE course SET invoiced = FALSE WHERE id BETWEEN 400001 AND 400050;"

jar=$(mktemp)
log_in "$jar" freja.dahl@samspil.example

echo "== Dry run (the billing page)"
start=$(date +%s.%N)
page=$(curl -s -b "$jar" "$BASE/finance/billing.xhtml")
end=$(date +%s.%N)
printf "%.2f s for the page, %s documents due\n" "$(echo "$end - $start" | bc -l)" \
    "$(grep -o 'due-document' <<<"$page" | wc -l)"

echo "== Issuing the run"
read -r state nonce < <(form_tokens "$jar" "$BASE/finance/billing.xhtml")
start=$(date +%s.%N)
answer=$(curl -s -b "$jar" "$BASE/finance/billing.xhtml" --data-urlencode "issue=issue" \
    --data-urlencode "issue:issue-run=x" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce")
end=$(date +%s.%N)
grep -o 'Udstedt: [^<]*' <<<"$answer" || { grep -o 'class="error"[^<]*<[^<]*' <<<"$answer" | head -5; exit 1; }
printf "%.2f s to issue, including writing and validating every document\n" "$(echo "$end - $start" | bc -l)"
$DB -e "SELECT r.id AS run, r.invoices, r.credit_notes, r.lines_total AS 'lines',
               SUM(i.course_id BETWEEN 400001 AND 400050) AS bench_documents
        FROM billing_run r JOIN invoice i ON i.run_id = r.id WHERE r.id = (SELECT MAX(id) FROM billing_run) GROUP BY r.id"

echo "== SQL statements per page of the invoice list (10 views each)"
for path in "/finance/invoices.xhtml" "/finance/invoices.xhtml?page=5" "/finance/invoices.xhtml?q=B%C3%A6nkskole"; do
    curl -s -o /dev/null -b "$jar" "$BASE$path"
    before=$(statements)
    for _ in $(seq 1 10); do curl -s -o /dev/null -b "$jar" "$BASE$path"; done
    after=$(statements)
    printf "%-45s %5.1f statements per view\n" "$path" "$(echo "($after - $before) / 10" | bc -l)"
done
rm -f "$jar"
