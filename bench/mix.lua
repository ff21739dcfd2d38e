-- wrk script: cycle through the paths in the PATHS environment variable (space-separated) and report the
-- 50th and 95th latency percentiles and the non-2xx/3xx count as one JSON line.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, p) end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('JSON {"rps": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "requests": %d, "non2xx": %d, "socket_errors": %d}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status, errors))
end
