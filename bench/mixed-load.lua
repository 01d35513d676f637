-- Mixed province workload (bench/mixed-load.sh, issue 20 item 6): each request picks an operation by
-- weight; every operation is tagged in the response latency table by its name. Reads use the API token
-- of the province supervisor (TOKEN); ingestion uses the benchmark devices' tokens dev_bench_<n>.
-- Writes (declarations, exam submissions, testing results) are not in it yet: see the script's header.
local token = os.getenv("TOKEN")
local devices = tonumber(os.getenv("DEVICES") or "200")
local employers = tonumber(os.getenv("EMPLOYER_MAX_ID") or "300000")
local workers = tonumber(os.getenv("WORKER_MAX_ID") or "10000000")
local base_ms = tonumber(os.getenv("BASE_MS"))
local batch = tonumber(os.getenv("BATCH") or "100")

local operations = {
  { name = "search", weight = 30, path = function()
      local cities = { "3301", "3302", "3303", "3304", "3305", "3306", "3307", "3308", "3309", "3310", "3311" }
      return "/api/v1/employers?region=" .. cities[math.random(#cities)] .. "&sort=name&page=" .. math.random(1, 20) .. "&size=20"
    end },
  { name = "employer", weight = 15, path = function() return "/api/v1/employers/" .. math.random(1, employers) end },
  { name = "worker", weight = 20, path = function() return "/api/v1/workers/" .. math.random(1, workers) end },
  { name = "workforce", weight = 5, path = function() return "/api/v1/employers/" .. math.random(1, employers) .. "/workforce?page=1&size=20" end },
  { name = "alerts", weight = 5, path = function() return "/api/v1/monitoring/alerts?page=1&size=20" end },
  { name = "risk-classes", weight = 5, path = function() return "/api/v1/risk/classes?page=" .. math.random(1, 20) .. "&size=20" end },
  { name = "ingest", weight = 20 },
}
local total = 0
for _, op in ipairs(operations) do total = total + op.weight end

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local n = 0
request = function()
  local pick = math.random(total)
  for _, op in ipairs(operations) do
    pick = pick - op.weight
    if pick <= 0 then
      if op.name == "ingest" then
        n = n + 1
        local d = math.random(1, devices)
        -- Each thread its own stretch of time, so that no two batches carry the same reading.
        local start = base_ms + (n * 2 + (tid or 0)) * batch * 1000
        local parts = {}
        for i = 0, batch - 1 do
          parts[#parts + 1] = '{"t":' .. string.format("%d", start + i * 1000) .. ',"v":1.2}'
        end
        return wrk.format("POST", "/api/v1/monitoring/readings",
          { ["Authorization"] = "Bearer dev_bench_" .. d, ["Content-Type"] = "application/json",
            ["X-Correlation-Id"] = "bench-ingest-" .. n },
          '{"unit":"mg/m³","readings":[' .. table.concat(parts, ",") .. ']}')
      end
      return wrk.format("GET", op.path(), { ["Authorization"] = "Bearer " .. token,
        ["X-Correlation-Id"] = "bench-" .. op.name .. "-" .. math.random(1, 1e9) })
    end
  end
end

local errors = 0
response = function(status, headers, body)
  if status < 200 or status >= 300 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format("RESULT mixed requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors(non-2xx)=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), p(50), p(95), p(99),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
