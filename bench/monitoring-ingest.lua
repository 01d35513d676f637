-- HTTP batch ingestion load (bench/monitoring-ingest.sh): each request sends BATCH readings, one
-- per second of measurement time, of one benchmark device (dev_bench_<n>, benzene, mg/m³); the
-- two wrk threads take odd and even devices, each device's batches follow one another in time.
local batch = tonumber(os.getenv("BATCH") or "1000")
local devices = tonumber(os.getenv("DEVICES") or "200")
local base = tonumber(os.getenv("BASE_MS"))
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  n = 0
  per = math.floor(devices / 2)
end

request = function()
  n = n + 1
  local d = ((n - 1) % per) * 2 + tid + 1
  local round = math.floor((n - 1) / per)
  local start = base + round * batch * 1000
  local parts = {}
  for i = 0, batch - 1 do
    parts[#parts + 1] = '{"t":' .. string.format("%d", start + i * 1000) .. ',"v":' .. (1 + (i % 7) / 10) .. '}'
  end
  local body = '{"unit":"mg/m³","readings":[' .. table.concat(parts, ",") .. ']}'
  return wrk.format("POST", "/api/v1/monitoring/readings",
    { ["Authorization"] = "Bearer dev_bench_" .. d, ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("HTTP " .. status .. " " .. string.sub(body, 1, 200) .. "\n")
  end
end
