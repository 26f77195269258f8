-- wrk script for load-mix.sh: every request is drawn at random from the mix file $WRK_MIX, one
-- line per request: KIND <tab> WEIGHT <tab> METHOD <tab> PATH <tab> ACCEPT <tab> BODY-FILE (or -).
-- Run with as many threads as connections (-tN -cN): each thread then has one connection, so its
-- request() and response() alternate and time each request, which gives per-kind latencies.
-- Prints RESULT lines that load-mix.sh turns into a table.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clock, timespec *t);
]]
local ts = ffi.new("timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local entries, total = {}, 0
local current, started

function init(args)
  math.randomseed(id * 7919 + os.time())
  for line in io.lines(os.getenv("WRK_MIX")) do
    local kind, weight, method, path, accept, bodyfile = line:match("^(%S+)\t(%d+)\t(%S+)\t(%S+)\t(%S+)\t(%S+)$")
    assert(kind, "bad line in " .. os.getenv("WRK_MIX") .. ": " .. line)
    local body, headers = nil, { Accept = accept }
    if bodyfile ~= "-" then
      local f = assert(io.open(bodyfile, "rb"))
      body = f:read("*a")
      f:close()
      headers["Content-Type"] = "application/x-www-form-urlencoded"
    end
    total = total + tonumber(weight)
    table.insert(entries, { kind = kind, upto = total, req = wrk.format(method, path, headers, body) })
  end
  -- Flat tables only: wrk 4.1 crashes copying nested tables between threads (thread:get).
  kinds, errs, statuses = {}, {}, {}
end

function request()
  local r = math.random() * total
  for _, e in ipairs(entries) do
    if r < e.upto then
      current = e
      break
    end
  end
  started = now_ms()
  return current.req
end

function response(status, headers, body)
  local k = current.kind
  if not _G["lat_" .. k] then
    _G["lat_" .. k] = {}
    table.insert(kinds, k)
  end
  table.insert(_G["lat_" .. k], now_ms() - started)
  local key = k .. " " .. status
  statuses[key] = (statuses[key] or 0) + 1
  if status < 200 or status >= 400 then
    errs[k] = (errs[k] or 0) + 1
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.ceil(#sorted * p / 100))]
end

function done(summary, latency, requests)
  local byKind, errsByKind, statusCount = {}, {}, {}
  for _, t in ipairs(threads) do
    for _, k in ipairs(t:get("kinds") or {}) do
      byKind[k] = byKind[k] or {}
      for _, v in ipairs(t:get("lat_" .. k)) do table.insert(byKind[k], v) end
    end
    for k, n in pairs(t:get("errs") or {}) do errsByKind[k] = (errsByKind[k] or 0) + n end
    for k, n in pairs(t:get("statuses") or {}) do statusCount[k] = (statusCount[k] or 0) + n end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local kinds, all, allErrs = {}, {}, 0
  for k, l in pairs(byKind) do
    table.insert(kinds, k)
    for _, v in ipairs(l) do table.insert(all, v) end
    allErrs = allErrs + (errsByKind[k] or 0)
  end
  table.sort(kinds)
  table.sort(all)
  -- Our own timings: one per answered request, from its request to its response. wrk's own
  -- figures (the WRK line) add samples to correct for coordinated omission, so they run higher.
  io.write(string.format("RESULT all %d %.1f %d %d %.1f %.1f\n", summary.requests, summary.requests / seconds,
    allErrs, socket, percentile(all, 50), percentile(all, 99)))
  for _, k in ipairs(kinds) do
    local l = byKind[k]
    table.sort(l)
    io.write(string.format("RESULT %s %d %.1f %d - %.1f %.1f\n", k, #l, #l / seconds, errsByKind[k] or 0,
      percentile(l, 50), percentile(l, 99)))
  end
  io.write(string.format("WRK requests=%d non-2xx/3xx=%d p50=%.1fms p99=%.1fms (corrected for coordinated omission)\n",
    summary.requests, e.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  local keys = {}
  for k in pairs(statusCount) do table.insert(keys, k) end
  table.sort(keys)
  for _, k in ipairs(keys) do io.write(string.format("STATUS %s %d\n", k, statusCount[k])) end
  io.write(string.format("SOCKET connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write, e.timeout))
end
