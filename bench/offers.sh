#!/usr/bin/env bash
# Partners' offers at scale (bench/generate-staff.sql and bench/generate-offers.sql, loaded if missing):
#  1. SQL statements per view: the public offer search (all, filtered, a later page), an offer's page,
#     a partner's requests (2,000; first and a late page of 50) and offers, a leader's bookings (6,000
#     for the schools they lead), a teacher's requests;
#  2. EXPLAIN of the search's count and of a partner's page of requests;
#  3. wrk: the public search (no session) and the partner's requests, 1 and 8 concurrent clients.
# Needs the running application (mvn -Prun verify), curl, wrk, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8080}
DB="mariadb --host=${DB_HOST:-127.0.0.1} --port=${DB_PORT:-3307} --user=${DB_USER:-samspil} --password=${DB_PASSWORD:-samspil} samspil"
PASSWORD=samspil-demo-2026
# shellcheck source=lib.sh
. ./lib.sh
DURATION=${DURATION:-10s}

load_once "SELECT COUNT(*) FROM account WHERE email = 'leder.stor@bench.example'" generate-staff.sql \
    "the large municipality (a minute or two)"
load_once "SELECT COUNT(*) FROM partner_offer WHERE id BETWEEN 400001 AND 403000" generate-offers.sql "the offers"
echo "offers: $($DB -N -e "SELECT COUNT(*) FROM partner_offer"), periods: $($DB -N -e "SELECT COUNT(*) FROM offer_period"), requests: $($DB -N -e "SELECT COUNT(*) FROM offer_request"), steps: $($DB -N -e "SELECT COUNT(*) FROM offer_request_step")"

partner=$(mktemp)
leader=$(mktemp)
teacher=$(mktemp)
log_in "$partner" partner.stor@bench.example
log_in "$leader" leder.stor@bench.example
log_in "$teacher" ansat1@bench.example

echo "== SQL statements per view (10 views each)"
statements_per_view ":/catalog/offers.xhtml" ":/catalog/offers.xhtml?theme=open-school&age=GRADES_4_6" \
    ":/catalog/offers.xhtml?q=natur&page=20" ":/catalog/offer.xhtml?id=400001" \
    "$partner:/partner/offer-requests.xhtml" "$partner:/partner/offer-requests.xhtml?page=40" \
    "$partner:/partner/offers.xhtml" "$leader:/leader/bookings.xhtml" "$teacher:/participant/bookings.xhtml"

echo
echo "== EXPLAIN: the search's count (theme and age group)"
$DB -e "EXPLAIN SELECT COUNT(o.id) FROM partner_offer o JOIN theme t ON t.id = o.theme_id
        WHERE o.published AND EXISTS (SELECT 1 FROM offer_period p WHERE p.offer_id = o.id AND p.ends_on >= CURDATE())
        AND t.code = 'open-school'
        AND EXISTS (SELECT 1 FROM partner_offer_age_group g WHERE g.offer_id = o.id AND g.age_group = 'GRADES_4_6')"
echo "== EXPLAIN: a partner's page of requests"
$DB -e "EXPLAIN SELECT r.id FROM offer_request r JOIN offer_period p ON p.id = r.period_id
        JOIN partner_offer o ON o.id = p.offer_id WHERE o.partner_organisation_id = 400001
        ORDER BY CASE WHEN r.status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED') AND r.starts_at >= NOW() THEN 0 ELSE 1 END,
        CASE WHEN r.status IN ('REQUESTED', 'PROPOSED', 'ACCEPTED') AND r.starts_at >= NOW() THEN r.starts_at END,
        r.starts_at DESC, r.id LIMIT 50"

echo
echo "== /catalog/offers.xhtml?theme=open-school (anonymous, no session)"
wrk_visitors "/catalog/offers.xhtml?theme=open-school"
# Each connection is a person of their own: one session per connection.
sessions=()
for _ in $(seq 1 8); do
    other=$(mktemp)
    log_in "$other" partner.stor@bench.example
    sessions+=("$SESSION_COOKIE=$(session_of "$other")")
    rm -f "$other"
done
for connections in 1 8; do
    threads=$([ "$connections" = 1 ] && echo 1 || echo 2)
    echo "== /partner/offer-requests.xhtml (2,000 requests, a page of 50), $connections concurrent session(s), $DURATION"
    SESSIONS=$(IFS=,; echo "${sessions[*]:0:$connections}") THREADS=$threads \
        wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 10s --latency -s latency.lua \
        "$BASE/partner/offer-requests.xhtml" | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
done
rm -f "$partner" "$leader" "$teacher"
