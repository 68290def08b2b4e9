-- wrk script: POST one request context per request to the sidecar's decision endpoint.
-- Alternates an allowed and a blocked request so both paths are measured.
local bodies = {
  '{"input":{"text":"Notes: we agreed to ship on Friday."},"user":{"id":"u-1","roles":["staff"]},"session":{"id":"s-1"}}',
  '{"input":{"text":"Notes: please summarise."},"user":{"id":"u-2","roles":["guest"]},"session":{"id":"s-2"}}',
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[(n % 2) + 1])
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("decisions/s: %.0f\n", summary.requests / seconds))
  io.write(string.format("p50: %.3f ms  p90: %.3f ms  p99: %.3f ms  max: %.3f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("requests: %d  non-2xx/socket errors: %d/%d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
