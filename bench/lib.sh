# shellcheck shell=bash
# Shared by the benchmark scripts (sourced): JSF form posts as a browser sends them. Every postback
# carries the form's view state and the page's CSP nonce, which PrimeFaces checks; the session
# cookie is __Host-JSESSIONID (curl, like browsers, sends its Secure cookie to localhost over HTTP).
SESSION_COOKIE=__Host-JSESSIONID

# Fetches a page into the cookie jar; prints "<view state> <nonce>" for the form posted next.
form_tokens() {
    local jar=$1 url=$2 page
    page=$(curl -s -i -c "$jar" -b "$jar" "$url")
    printf '%s %s\n' \
        "$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')" \
        "$(grep -i '^content-security-policy:' <<<"$page" | grep -o "'nonce-[^']*'" | head -1 | sed "s/'nonce-//; s/'$//")"
}

# Logs in through the JSF form; leaves the session cookie in the jar.
log_in() {
    local jar=$1 email=$2 state nonce
    read -r state nonce < <(form_tokens "$jar" "$BASE/login.xhtml")
    curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:email=$email" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=Log ind" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
}

# MariaDB's count of the statements it has run (SELECT, INSERT, UPDATE, DELETE), through the client
# command in $DB: the difference around N page views, divided by N, is the statements per view.
statements() {
    $DB -N -e "SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
               WHERE VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE')"
}

# The session id in a cookie jar, for wrk's Cookie header.
session_of() {
    awk -v name="$SESSION_COOKIE" '$6 == name { print $7 }' "$1"
}

# A PBKDF2 hash of $1 with 1,000 iterations, for benchmark accounts: the race is about seats, not
# logins, and 500 logins at 600,000 iterations cost this machine minutes. A hash keeps its own
# iteration count, so these accounts log in with the same password, cheaply.
cheap_password_hash() {
    python3 -c 'import base64, hashlib, os, sys
salt = os.urandom(32)
key = hashlib.pbkdf2_hmac("sha256", sys.argv[1].encode(), salt, 1000, 32)
print("PBKDF2WithHmacSHA256:1000:" + base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())' "$1"
}

# Loads a data generator ($2) through $DB unless the count query $1 finds its rows already; $3 says
# what is loaded.
load_once() {
    local count=$1 file=$2 what=$3
    if [ "$($DB -N -e "$count")" = 0 ]; then
        echo "Loading $what"
        $DB < "$file"
    fi
}

# The SQL statements each view costs, over 10 views after one to warm up. Each argument is
# "<cookie jar>:<path>"; an empty jar is a visitor.
statements_per_view() {
    local view cookies path before after
    local -a with_cookies
    for view in "$@"; do
        cookies=${view%%:*}
        path=${view#*:}
        with_cookies=()
        [ -n "$cookies" ] && with_cookies=(-b "$cookies")
        curl -s -o /dev/null "${with_cookies[@]}" "$BASE$path"
        before=$(statements)
        for _ in $(seq 1 10); do curl -s -o /dev/null "${with_cookies[@]}" "$BASE$path"; done
        after=$(statements)
        printf "%-60s %5.1f statements per view\n" "$path" "$(echo "($after - $before) / 10" | bc -l)"
    done
}

# wrk's throughput and latency for a page ($1, a path) read by visitors without a session, with 1
# and 8 concurrent clients for $DURATION.
wrk_visitors() {
    local path=$1 connections threads
    for connections in 1 8; do
        threads=$([ "$connections" = 1 ] && echo 1 || echo 2)
        echo "-- $connections concurrent client(s), $DURATION"
        wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout 10s --latency -s latency.lua "$BASE$path" \
            | grep -E "Requests/sec|50%|99%|p95|Non-2xx"
    done
}
