-- wrk script for the load benchmark: every request is a distinct, correctly signed Slack /deploy-plan command read
-- from a pool file that the .NET tool wrote just before the run (wrk's Lua has no HMAC). One line per command:
-- timestamp, signature and form body separated by tabs. Each wrk thread takes every n-th line, so no two requests of
-- the run are the same (the pool is sized above what the target can answer; `reused` reports it if not).
-- Arguments after "--": <pool file> <threads> <text an acknowledgement contains>.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local path, count = args[1], tonumber(args[2])
  expected = args[3]
  pool = {}
  local index = 0
  for line in io.lines(path) do
    if index % count == id then
      local timestamp, signature, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      pool[#pool + 1] = wrk.format("POST", "/slack/commands", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Slack-Request-Timestamp"] = timestamp,
        ["X-Slack-Signature"] = signature,
      }, body)
    end
    index = index + 1
  end
  sent, acked, refused, reused = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  if sent > #pool then
    reused = reused + 1
  end
  return pool[((sent - 1) % #pool) + 1]
end

function response(status, headers, body)
  if status == 200 and body and body:find(expected, 1, true) then
    acked = acked + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local totals = { sent = 0, acked = 0, refused = 0, reused = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do
      totals[key] = totals[key] + thread:get(key)
    end
  end
  local e = summary.errors
  io.write(string.format(
    "WRK-RESULT acked=%d refused=%d sent=%d reused=%d requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d p50_us=%d p99_us=%d max_us=%d\n",
    totals.acked, totals.refused, totals.sent, totals.reused, summary.requests, summary.duration,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
