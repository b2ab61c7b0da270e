-- wrk reports p50/p75/p90/p99 by itself; the issue asks for p95 as well.
done = function(summary, latency, requests)
    io.write(string.format("  p95 latency: %.1f ms, requests: %d, errors: %d\n",
        latency:percentile(95) / 1000, summary.requests,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
