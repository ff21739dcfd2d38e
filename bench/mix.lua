-- wrk script: cycle through the paths in the PATHS environment variable (space-separated) and report the
-- 50th and 95th latency percentiles, the socket errors by kind and the failed responses by status as one
-- JSON line.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, p) end
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
local counter = 0
failed = {}  -- status -> count, per thread (read back in done); the server's access log names the paths
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
response = function(status, headers, body)
  if status >= 400 then
    local key = tostring(status)
    failed[key] = (failed[key] or 0) + 1
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  local parts = {}
  for _, thread in ipairs(threads) do
    local f = thread:get("failed")
    if f then
      for key, count in pairs(f) do
        parts[key] = (parts[key] or 0) + count
      end
    end
  end
  local failures = {}
  for key, count in pairs(parts) do
    table.insert(failures, string.format('"%s": %d', key, count))
  end
  io.write(string.format('JSON {"rps": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "max_ms": %.1f, "requests": %d, '
    .. '"non2xx": %d, "socket_errors": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d, '
    .. '"failures": {%s}}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency.max / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read,
    e.write, e.timeout, table.concat(failures, ", ")))
end
