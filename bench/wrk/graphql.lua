-- wrk script: POSTs GraphQL requests read from a file of JSON bodies, one per line, in turn.
-- Each thread starts at a different line, so id-based scenarios spread over many ids.
--   BODIES=bench/out/node.jsonl wrk -c 8 -d 10s --latency -s bench/wrk/graphql.lua http://localhost:8080/graphql
-- AUTH, when set, is sent as the Authorization header ("Bearer <token>").
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local counter = 0
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  counter = offset or 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  if os.getenv("AUTH") then wrk.headers["Authorization"] = os.getenv("AUTH") end
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("bad answer " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
end
