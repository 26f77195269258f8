-- wrk script for src/scale/demo.sh: GET requests drawn at random from the file $REQUESTS (one path
-- a line: SPARQL queries on one document's graph, its /id/ URI, the dataset description), and one
-- RESULT line at the end: requests, failed (non-2xx/3xx answers and socket errors), requests/s, p50, p99 ms.
local paths = {}
for line in io.lines(os.getenv("REQUESTS")) do
  paths[#paths + 1] = line
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(id * 7919)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept"] = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1"})
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.1f %.2f %.2f\n", summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
