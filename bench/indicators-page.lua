-- wrk script for the director's dashboard (bench/indicators.sh): each request is the next of PATHS (comma-separated,
-- e.g. "/indicators?region=33" for the page alone, or the page and its htmx fragment in turn, as a browser asks for
-- them), sent with the logged-in console session's COOKIE header. The requests are formatted once and no `response`
-- callback runs, so wrk takes little of the two cores it shares with the application and PostgreSQL; non-2xx answers
-- are counted by wrk (summary.errors.status), and the script checks beforehand that the session gets the page (a
-- redirect to the login page would count as an answer).
local cookie = os.getenv("COOKIE")
local paths = os.getenv("PATHS") or "/indicators?region=33"
local requests = {}
local next = 0

init = function(args)
	for path in string.gmatch(paths, "[^,]+") do
		requests[#requests + 1] = wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
	end
end

request = function()
	next = next % #requests + 1
	return requests[next]
end

done = function(summary, latency, requests)
	io.write(string.format("RESULT requests=%d errors(non-2xx)=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
		summary.requests, (summary.errors.status or 0), summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
