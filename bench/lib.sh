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
