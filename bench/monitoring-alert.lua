-- Alert latency probe (bench/monitoring-ingest.sh): one request per H2S device (dev_alert_<n>,
-- MAC 10 mg/m³) with 100 readings of which the last is 12 mg/m³, so each request raises one
-- ceiling alert whose row records when the batch was received and when the alert was raised.
local base = tonumber(os.getenv("BASE_MS"))
-- The soak gives each slice its own devices, so every slice raises new alerts instead of repeats.
local offset = tonumber(os.getenv("ALERT_OFFSET") or "0")
function init(args)
  n = 0
end
request = function()
  n = n + 1
  local parts = {}
  for i = 0, 99 do
    parts[#parts + 1] = '{"t":' .. string.format("%d", base + i * 1000) .. ',"v":' .. (i == 99 and 12 or 2) .. '}'
  end
  return wrk.format("POST", "/api/v1/monitoring/readings",
    { ["Authorization"] = "Bearer dev_alert_" .. (n + offset), ["Content-Type"] = "application/json" },
    '{"unit":"mg/m³","readings":[' .. table.concat(parts, ",") .. ']}')
end
