-- wrk script: GET /products/{sku} for a random SKU out of $SKUS (comma-separated), as the storefront's
-- product pages do. Used by bench/api-vs-pgbench.sh:
--   SKUS=A,B,C wrk -t2 -c8 -d10s -s bench/wrk_product.lua http://127.0.0.1:8080
local skus = {}
for sku in string.gmatch(os.getenv("SKUS") or "", "[^,]+") do skus[#skus + 1] = sku end
request = function()
    return wrk.format("GET", "/products/" .. skus[math.random(#skus)])
end
