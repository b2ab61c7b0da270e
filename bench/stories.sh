#!/usr/bin/env bash
# Practice stories at scale (bench/generate-staff.sql, bench/generate-offers.sql and
# bench/generate-stories.sql, loaded if missing):
#  1. SQL statements per view: the public story search (all, a theme, words on a later page), a
#     story's page, a course page with every run's stories, the API's search, a partner's stories and
#     the consultants' list (a late page);
#  2. EXPLAIN of the search's page;
#  3. wrk: the public search and a course page (no session), 1 and 8 concurrent clients.
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
load_once "SELECT COUNT(*) FROM practice_story WHERE id BETWEEN 500001 AND 520000" generate-stories.sql "the stories"
echo "stories: $($DB -N -e "SELECT COUNT(*) FROM practice_story"), consents: $($DB -N -e "SELECT COUNT(*) FROM story_consent")"

partner=$(mktemp)
consultant=$(mktemp)
log_in "$partner" partner.stor@bench.example
log_in "$consultant" jonas.berg@samspil.example

echo "== SQL statements per view (10 views each)"
statements_per_view ":/catalog/stories.xhtml" ":/catalog/stories.xhtml?theme=open-school" \
    ":/catalog/stories.xhtml?q=l%C3%A6sning&page=20" ":/catalog/story.xhtml?id=500001" \
    ":/catalog/course.xhtml?code=BENCH-S-100" ":/api/stories?municipality=630" \
    "$partner:/partner/stories.xhtml" "$consultant:/consultant/stories.xhtml?page=300"

echo
echo "== EXPLAIN: a visitor's first page of stories in a theme"
$DB -e "EXPLAIN SELECT s.id FROM practice_story s JOIN theme t ON t.id = s.theme_id
        WHERE s.audience IS NOT NULL AND s.hidden = FALSE
        AND NOT EXISTS (SELECT 1 FROM story_consent c WHERE c.story_id = s.id AND c.status <> 'GIVEN')
        AND s.audience = 'PUBLIC' AND t.code = 'open-school' ORDER BY s.published_at DESC, s.id DESC LIMIT 20"

for path in "/catalog/stories.xhtml?theme=open-school" "/catalog/course.xhtml?code=BENCH-S-100"; do
    echo
    echo "== $path (anonymous, no session)"
    wrk_visitors "$path"
done
rm -f "$partner" "$consultant"
