-- Reads of the mixed province workload (bench/mixed-load.sh, issue 20 item 6): each request picks an operation by
-- weight. The API reads use the province supervisor's API token (TOKEN); the dashboard (/indicators?region=33, the
-- console page) uses the supervisor's console session (COOKIE). The writes (ingestion, declarations, exams, testing
-- results) are sent beside it by bench/MixedWrites.java at fixed rates. Per-operation latency and status come from
-- the platform's histograms (the script reads them by route); this script reports wrk's totals.
local token = os.getenv("TOKEN")
local cookie = os.getenv("COOKIE")
local employers = tonumber(os.getenv("EMPLOYER_MAX_ID") or "300000")
local workers = tonumber(os.getenv("WORKER_MAX_ID") or "10000000")
-- Each client waits READ_DELAY_MS before each request (wrk's delay hook), so the reads are a steady demand
-- (at most clients × 1000 / (delay + latency) a second) rather than whatever the two cores can take.
local pause = tonumber(os.getenv("READ_DELAY_MS") or "0")

delay = function()
  return pause
end

local cities = { "3301", "3302", "3303", "3304", "3305", "3306", "3307", "3308", "3309", "3310", "3311" }
local operations = {
  { name = "search", weight = 30, path = function()
      return "/api/v1/employers?region=" .. cities[math.random(#cities)] .. "&sort=name&page=" .. math.random(1, 20) .. "&size=20"
    end },
  { name = "employer", weight = 15, path = function() return "/api/v1/employers/" .. math.random(1, employers) end },
  { name = "worker", weight = 20, path = function() return "/api/v1/workers/" .. math.random(1, workers) end },
  { name = "workforce", weight = 5, path = function() return "/api/v1/employers/" .. math.random(1, employers) .. "/workforce?page=1&size=20" end },
  { name = "alerts", weight = 5, path = function() return "/api/v1/monitoring/alerts?page=1&size=20" end },
  { name = "risk-classes", weight = 5, path = function() return "/api/v1/risk/classes?page=" .. math.random(1, 20) .. "&size=20" end },
  { name = "dashboard", weight = 3, page = true, path = function() return "/indicators?region=33" end },
}
local total = 0
for _, op in ipairs(operations) do total = total + op.weight end

request = function()
  local pick = math.random(total)
  for _, op in ipairs(operations) do
    pick = pick - op.weight
    if pick <= 0 then
      if op.page then
        return wrk.format("GET", op.path(), { ["Cookie"] = cookie, ["Accept"] = "text/html" })
      end
      return wrk.format("GET", op.path(), { ["Authorization"] = "Bearer " .. token,
        ["X-Correlation-Id"] = "bench-" .. op.name .. "-" .. math.random(1, 1e9) })
    end
  end
end

done = function(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format("RESULT reads (wrk) requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors(non-2xx)=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), p(50), p(95), p(99),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
