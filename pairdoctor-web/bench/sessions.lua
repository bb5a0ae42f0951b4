-- wrk script: 64 (or -c N) clients run guided sessions through the REST API, one after another:
-- create a session, then answer each step ("did-not-help" to actions, "confirmed" first to a destructive
-- one, the first answer to questions, "accepted" to the escalation) until it ends, then the next session.
-- Every response says which request comes next (its session id and step), so each wrk thread keeps
-- a queue of next requests instead of per-connection state: any -t works (-t2 leaves the most CPU
-- to the server on a small machine).
-- Environment: PD_DEVICE, PD_HOST, PD_PROBLEM choose the session (defaults below); PD_THINK_MS is
-- each client's pause before each request (0: as fast as the server answers).

local device = os.getenv("PD_DEVICE") or "sony-wh-1000xm2"
local host = os.getenv("PD_HOST") or "android-samsung"
local problem = os.getenv("PD_PROBLEM") or "headset-not-in-scan-list"
local headers = { ["Content-Type"] = "application/json" }
local create

init = function()
  create = wrk.format("POST", "/api/sessions", headers,
    '{"device":"' .. device .. '","host":"' .. host .. '","problem":"' .. problem .. '"}')
end

local queue, first, last = {}, 1, 0
local think = tonumber(os.getenv("PD_THINK_MS") or "0")

if think > 0 then
  delay = function()
    return think
  end
end

request = function()
  if first > last then
    return create
  end
  local r = queue[first]
  queue[first] = nil
  first = first + 1
  return r
end

response = function(status, _, body)
  if status ~= 200 and status ~= 201 then
    return
  end
  local s, kind = body:match('"step":{"id":"([^"]+)","kind":"([^"]+)"')
  if s == nil then
    return
  end
  local id = body:match('^{"id":"([^"]+)"') or body:match('^{"session":"([^"]+)"')
  local reply
  -- The first reply the step accepts now, except that an action "did not help": a destructive
  -- action offers "confirmed" first, and is confirmed before its outcome, as the core requires.
  reply = body:match('"replies":%["([^"]+)"')
  if reply == "worked" then
    reply = "did-not-help"
  elseif reply == nil then
    reply = "accepted"
  end
  last = last + 1
  queue[last] = wrk.format("POST", "/api/sessions/" .. id .. "/answers", headers,
    '{"step":"' .. s .. '","reply":"' .. reply .. '"}')
end

done = function(summary, latency, _)
  io.write(string.format("non-2xx or socket errors: %d/%d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%g: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
