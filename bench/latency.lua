-- wrk reports p50/p75/p90/p99 by itself; the issue asks for p95 as well.
-- With SESSIONS="name=id1,name=id2,…" in the environment, the requests carry those session cookies in
-- turn (each thread its own share of them), so that N connections act as N people rather than as one
-- person's N tabs, whose requests the server runs one after another.
local threads = {}

setup = function(thread)
    thread:set("index", #threads)
    table.insert(threads, thread)
end

local cookies = {}
local turn = 0

init = function(args)
    local all = {}
    for cookie in string.gmatch(os.getenv("SESSIONS") or "", "[^,]+") do
        table.insert(all, cookie)
    end
    local count = tonumber(os.getenv("THREADS") or "1")
    for i, cookie in ipairs(all) do
        if (i - 1) % count == index then
            table.insert(cookies, cookie)
        end
    end
end

request = function()
    if #cookies == 0 then
        return wrk.request()
    end
    turn = turn % #cookies + 1
    return wrk.format(nil, nil, {["Cookie"] = cookies[turn]})
end

done = function(summary, latency, requests)
    io.write(string.format("  p95 latency: %.1f ms, requests: %d, errors: %d\n",
        latency:percentile(95) / 1000, summary.requests,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
