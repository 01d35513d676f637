-- wrk script for GET /api/v1/employers (bench/employer-search.sh): the list page's query over the
-- API, filtered by a city prefix and an industry division, sorted by name, at a random page.
-- TOKEN (environment) is an API token of the admin (scope 33, the whole province).
-- The 2,200 requests (11 cities x 10 divisions x 20 pages) are formatted once, and no `response`
-- callback is defined (it would make wrk hand every body to Lua), so that the load generator takes
-- as little as possible of the two cores it shares with the application and PostgreSQL. Non-2xx
-- answers are still counted by wrk itself (summary.errors.status).
local token = os.getenv("TOKEN")
local cities = { "3301", "3302", "3303", "3304", "3305", "3306", "3307", "3308", "3309", "3310", "3311" }
local industries = { "33", "34", "38", "17", "29", "26", "51", "52", "62", "50" }
local requests = {}
math.randomseed(7)

init = function(args)
	local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
	for _, region in ipairs(cities) do
		for _, industry in ipairs(industries) do
			for page = 1, 20 do
				local path = "/api/v1/employers?region=" .. region .. "&industry=" .. industry .. "&sort=name&page=" .. page .. "&size=20"
				requests[#requests + 1] = wrk.format("GET", path, headers)
			end
		end
	end
end

request = function()
	return requests[math.random(#requests)]
end

done = function(summary, latency, requests)
	io.write(string.format("RESULT http requests=%d errors(non-2xx)=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
		summary.requests, (summary.errors.status or 0), summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
