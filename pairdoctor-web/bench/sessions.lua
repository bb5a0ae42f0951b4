-- wrk script: every connection runs guided sessions through the REST API, one after another:
-- create a session, then answer each step ("did-not-help" to actions, the first answer to
-- questions, "accepted" to the escalation) until it ends, then start the next session.
-- Run with as many threads as connections (-t64 -c64): wrk keeps one Lua state per thread, and the
-- state here (session id, current step) belongs to one connection.
-- Environment: PD_DEVICE, PD_HOST, PD_PROBLEM choose the session (defaults below).

local device = os.getenv("PD_DEVICE") or "sony-wh-1000xm2"
local host = os.getenv("PD_HOST") or "android-samsung"
local problem = os.getenv("PD_PROBLEM") or "headset-not-in-scan-list"
local headers = { ["Content-Type"] = "application/json" }
local create = '{"device":"' .. device .. '","host":"' .. host .. '","problem":"' .. problem .. '"}'

local id, step, reply = nil, nil, nil
local failures = 0

request = function()
  if id == nil then
    return wrk.format("POST", "/api/sessions", headers, create)
  end
  return wrk.format("POST", "/api/sessions/" .. id .. "/answers", headers,
    '{"step":"' .. step .. '","reply":"' .. reply .. '"}')
end

response = function(status, _, body)
  if status == 201 then
    id = body:match('^{"id":"([^"]+)"')
  elseif status ~= 200 then
    failures = failures + 1
    id = nil
    return
  end
  local s, kind = body:match('"step":{"id":"([^"]+)","kind":"([^"]+)"')
  if s == nil then
    id = nil -- the session ended; start another
    return
  end
  step = s
  if kind == "action" then
    reply = "did-not-help"
  elseif kind == "question" then
    reply = body:match('"replies":%["([^"]+)"')
  else
    reply = "accepted"
  end
end

done = function(summary, latency, _)
  io.write(string.format("non-2xx or socket errors: %d/%d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%g: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
