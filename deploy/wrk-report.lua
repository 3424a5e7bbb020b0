-- For deploy/load.ts: at the end of a wrk run, one line of JSON with the figures it checks.
-- wrk counts an answer of 400 or more as a status error; the rest are socket errors.
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
		'"timeout":%d,"status":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
		summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout,
		e.status, latency:percentile(50), latency:percentile(99), latency.max))
end
