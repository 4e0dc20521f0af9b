-- wrk script: POST /orders for one unit of a random SKU out of $SKUS (comma-separated), channel "drill"
-- (so drill_cleanup() can remove them), no idempotency key: exactly what bench/pgbench_place_order.sql
-- and `bench_drill --target db` run. Used by bench/api-vs-pgbench.sh:
--   SKUS=A,B,C wrk -t2 -c8 -d10s -s bench/wrk_orders.lua http://127.0.0.1:8080
local skus = {}
for sku in string.gmatch(os.getenv("SKUS") or "", "[^,]+") do skus[#skus + 1] = sku end
local headers = { ["Content-Type"] = "application/json" }
request = function()
    local body = '{"channel":"drill","lines":[{"sku":"' .. skus[math.random(#skus)] .. '","qty":1}]}'
    return wrk.format("POST", "/orders", headers, body)
end
