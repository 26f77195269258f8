-- wrk script: POST one SPARQL query as an HTML form (the body file is $WRK_BODY) and print one
-- RESULT line with requests/s, p50, p99 and errors, so serve-queries.sh can tabulate it.
local f = assert(io.open(os.getenv("WRK_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = os.getenv("WRK_ACCEPT") or "application/sparql-results+json"

function done(summary, latency, requests)
  local s = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / s,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
