-- wrk script for GET /api/v1/employers (bench/employer-search.sh): the list page's query over the
-- API, filtered by a city prefix and an industry division, sorted by name, at a random page.
-- TOKEN (environment) is an API token of the admin (scope 33, the whole province).
local token = os.getenv("TOKEN")
local cities = { "3301", "3302", "3303", "3304", "3305", "3306", "3307", "3308", "3309", "3310", "3311" }
local industries = { "33", "34", "38", "17", "29", "26", "51", "52", "62", "50" }
math.randomseed(7)

request = function()
	local region = cities[math.random(#cities)]
	local industry = industries[math.random(#industries)]
	local page = math.random(1, 20)
	local path = "/api/v1/employers?region=" .. region .. "&industry=" .. industry .. "&sort=name&page=" .. page .. "&size=20"
	return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

local errors = 0
response = function(status, headers, body)
	if status ~= 200 then
		errors = errors + 1
		if errors <= 3 then
			io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
		end
	end
end

done = function(summary, latency, requests)
	io.write(string.format("RESULT http requests=%d errors(non-2xx)=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
		summary.requests, (summary.errors.status or 0), summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
