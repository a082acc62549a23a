-- high_value_escalations: members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."total_amount" > 500
        AND "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."escalated" = TRUE
        AND "Cases"."created_at" BETWEEN TIMESTAMP '2026-10-29 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- high_value_escalations: count
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."total_amount" > 500
        AND "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."escalated" = TRUE
        AND "Cases"."created_at" BETWEEN TIMESTAMP '2026-10-29 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- high_value_escalations: live
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."total_amount" > 500
        AND "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."escalated" = TRUE
        AND "Cases"."created_at" BETWEEN TIMESTAMP '2026-10-29 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- high_value_escalations: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."total_amount" > 500
        AND "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
)
SELECT member_key
FROM g0
-- high_value_escalations: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."escalated" = TRUE
        AND "Cases"."created_at" BETWEEN TIMESTAMP '2026-10-29 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
)
SELECT member_key
FROM g1

-- pricing_page_visitors: members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_clickstream" AS "ClickStream"
    JOIN "demo_onlineaccounts" AS "OnlineAccounts" ON "ClickStream"."online_account_id" = "OnlineAccounts"."id"
    JOIN "demo_customers" AS "Customers" ON "OnlineAccounts"."customer_id" = "Customers"."id"
    WHERE
        lower("ClickStream"."page") = lower('/pricing')
        AND "ClickStream"."event_time" BETWEEN TIMESTAMP '2026-11-21 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
)
SELECT member_key
FROM g0
-- pricing_page_visitors: count
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_clickstream" AS "ClickStream"
    JOIN "demo_onlineaccounts" AS "OnlineAccounts" ON "ClickStream"."online_account_id" = "OnlineAccounts"."id"
    JOIN "demo_customers" AS "Customers" ON "OnlineAccounts"."customer_id" = "Customers"."id"
    WHERE
        lower("ClickStream"."page") = lower('/pricing')
        AND "ClickStream"."event_time" BETWEEN TIMESTAMP '2026-11-21 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
)
SELECT count(*) AS members
FROM g0
-- pricing_page_visitors: live
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_clickstream" AS "ClickStream"
    JOIN "demo_onlineaccounts" AS "OnlineAccounts" ON "ClickStream"."online_account_id" = "OnlineAccounts"."id"
    JOIN "demo_customers" AS "Customers" ON "OnlineAccounts"."customer_id" = "Customers"."id"
    WHERE
        lower("ClickStream"."page") = lower('/pricing')
        AND "ClickStream"."event_time" BETWEEN TIMESTAMP '2026-11-21 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- pricing_page_visitors: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_clickstream" AS "ClickStream"
    JOIN "demo_onlineaccounts" AS "OnlineAccounts" ON "ClickStream"."online_account_id" = "OnlineAccounts"."id"
    JOIN "demo_customers" AS "Customers" ON "OnlineAccounts"."customer_id" = "Customers"."id"
    WHERE
        lower("ClickStream"."page") = lower('/pricing')
        AND "ClickStream"."event_time" BETWEEN TIMESTAMP '2026-11-21 23:59:59' AND TIMESTAMP '2026-11-28 23:59:59'
)
SELECT member_key
FROM g0

-- birthdays_next_week: members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND strftime("Customers"."birth_date", '%m-%d') BETWEEN '11-28' AND '12-05'
        AND "Customers"."is_subscribed" = TRUE
)
SELECT member_key
FROM g0
-- birthdays_next_week: count
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND strftime("Customers"."birth_date", '%m-%d') BETWEEN '11-28' AND '12-05'
        AND "Customers"."is_subscribed" = TRUE
)
SELECT count(*) AS members
FROM g0
-- birthdays_next_week: live
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND strftime("Customers"."birth_date", '%m-%d') BETWEEN '11-28' AND '12-05'
        AND "Customers"."is_subscribed" = TRUE
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- birthdays_next_week: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND strftime("Customers"."birth_date", '%m-%d') BETWEEN '11-28' AND '12-05'
        AND "Customers"."is_subscribed" = TRUE
)
SELECT member_key
FROM g0

-- loyal_big_spenders: members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        lower("Orders"."status") IN (lower('completed'), lower('shipped'))
        AND "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 2000
),
g0_v1 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- loyal_big_spenders: count
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        lower("Orders"."status") IN (lower('completed'), lower('shipped'))
        AND "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 2000
),
g0_v1 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT count(*) AS members
FROM g0
-- loyal_big_spenders: live
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        lower("Orders"."status") IN (lower('completed'), lower('shipped'))
        AND "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 2000
),
g0_v1 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- loyal_big_spenders: group 1 members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        lower("Orders"."status") IN (lower('completed'), lower('shipped'))
        AND "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 2000
),
g0_v1 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0

-- gold_at_risk: members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND lower("Customers"."loyalty_tier") IN (lower('gold'), lower('platinum'))
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- gold_at_risk: count
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND lower("Customers"."loyalty_tier") IN (lower('gold'), lower('platinum'))
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- gold_at_risk: live
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND lower("Customers"."loyalty_tier") IN (lower('gold'), lower('platinum'))
),
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- gold_at_risk: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
        AND lower("Customers"."loyalty_tier") IN (lower('gold'), lower('platinum'))
)
SELECT member_key
FROM g0
-- gold_at_risk: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
)
SELECT member_key
FROM g1

-- lapsed_high_spenders: members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row,
        "Orders"."order_date" AS a1_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 1000
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value < DATE '2026-06-01'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- lapsed_high_spenders: count
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row,
        "Orders"."order_date" AS a1_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 1000
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value < DATE '2026-06-01'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT count(*) AS members
FROM g0
-- lapsed_high_spenders: live
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row,
        "Orders"."order_date" AS a1_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 1000
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value < DATE '2026-06-01'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- lapsed_high_spenders: group 1 members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."total_amount" AS a0_value,
        "Orders".rowid AS a1_row,
        "Orders"."order_date" AS a1_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value > 1000
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value < DATE '2026-06-01'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- lapsed_high_spenders: split part
CASE WHEN (('0x' || left(md5('win-back-1:' || CAST(p."id" AS VARCHAR)), 8))::UBIGINT % 10000) < 4500 THEN 'offer_a' WHEN (('0x' || left(md5('win-back-1:' || CAST(p."id" AS VARCHAR)), 8))::UBIGINT % 10000) < 9000 THEN 'offer_b' WHEN (('0x' || left(md5('win-back-1:' || CAST(p."id" AS VARCHAR)), 8))::UBIGINT % 10000) < 10000 THEN 'holdout' END

-- top_spenders: members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS r_row,
        "Orders"."total_amount" AS r_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g0
-- top_spenders: count
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS r_row,
        "Orders"."total_amount" AS r_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT count(*) AS members
FROM g0
-- top_spenders: live
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS r_row,
        "Orders"."total_amount" AS r_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- top_spenders: group 1 members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS r_row,
        "Orders"."total_amount" AS r_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2025-11-28' AND DATE '2026-11-28'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g0

-- new_this_month: members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."order_date" AS a0_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- new_this_month: count
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."order_date" AS a0_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT count(*) AS members
FROM g0
-- new_this_month: live
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."order_date" AS a0_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- new_this_month: group 1 members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row,
        "Orders"."order_date" AS a0_value
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0

-- quiet_customers: members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "demo_customers" AS "Customers"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "Customers"."id"
    WHERE "Customers"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <= 1
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- quiet_customers: count
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "demo_customers" AS "Customers"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "Customers"."id"
    WHERE "Customers"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <= 1
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT count(*) AS members
FROM g0
-- quiet_customers: live
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "demo_customers" AS "Customers"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "Customers"."id"
    WHERE "Customers"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <= 1
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- quiet_customers: group 1 members
WITH
g0_rows AS (
    SELECT
        "Customers"."id" AS member_key,
        "Orders".rowid AS a0_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" BETWEEN DATE '2026-08-30' AND DATE '2026-11-28'
),
g0_v0 AS (
    SELECT DISTINCT "Customers"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "demo_customers" AS "Customers"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "Customers"."id"
    WHERE "Customers"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <= 1
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0

-- big_order_then_escalation: members
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
        AND "Orders"."total_amount" > 500
),
g0_s0_b AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        CAST("Cases"."created_at" AS DATE) AS event_at,
        "Cases".rowid AS event_row
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."created_at" <= TIMESTAMP '2026-11-28 23:59:59'
        AND "Cases"."escalated" = TRUE
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- big_order_then_escalation: count
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
        AND "Orders"."total_amount" > 500
),
g0_s0_b AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        CAST("Cases"."created_at" AS DATE) AS event_at,
        "Cases".rowid AS event_row
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."created_at" <= TIMESTAMP '2026-11-28 23:59:59'
        AND "Cases"."escalated" = TRUE
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT count(*) AS members
FROM g0
-- big_order_then_escalation: live
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
        AND "Orders"."total_amount" > 500
),
g0_s0_b AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        CAST("Cases"."created_at" AS DATE) AS event_at,
        "Cases".rowid AS event_row
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."created_at" <= TIMESTAMP '2026-11-28 23:59:59'
        AND "Cases"."escalated" = TRUE
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- big_order_then_escalation: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_customers" AS "Customers"
    WHERE
        "Customers"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
        AND "Orders"."total_amount" > 500
),
g0_s0_b AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        CAST("Cases"."created_at" AS DATE) AS event_at,
        "Cases".rowid AS event_row
    FROM "demo_cases" AS "Cases"
    JOIN "demo_customers" AS "Customers" ON "Cases"."customer_id" = "Customers"."id"
    WHERE
        "Cases"."created_at" <= TIMESTAMP '2026-11-28 23:59:59'
        AND "Cases"."escalated" = TRUE
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0

-- stopped_buying: members
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_l0_e AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2026-07-31' AND event_at < DATE '2026-10-29') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2026-10-29') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- stopped_buying: count
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_l0_e AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2026-07-31' AND event_at < DATE '2026-10-29') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2026-10-29') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT count(*) AS members
FROM g0
-- stopped_buying: live
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_l0_e AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2026-07-31' AND event_at < DATE '2026-10-29') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2026-10-29') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- stopped_buying: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "Customers"."id" AS member_key
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
),
g0_l0_e AS (
    SELECT DISTINCT
        "Customers"."id" AS member_key,
        "Orders"."order_date" AS event_at,
        "Orders".rowid AS event_row
    FROM "demo_orders" AS "Orders"
    JOIN "demo_customers" AS "Customers" ON "Orders"."customer_id" = "Customers"."id"
    WHERE
        "Orders"."order_date" <= DATE '2026-11-28'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2026-07-31' AND event_at < DATE '2026-10-29') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2026-10-29') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0

-- generated 1: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r3" AS a1_value
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains(lower("P"."id"), lower('k'))
            OR ends_with(lower("E3"."s"), lower('é'))
            OR (
                ("P"."t" >= TIMESTAMP '2022-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2023-01-01 00:00:00')
                OR isodow("E3"."d") = 7
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 1
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN -2 AND CAST(-0.5 AS DOUBLE)
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-02-27' AND DATE '2023-03-05'
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" = DATE '2023-03-01'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."n" AS a1_value,
        "E1".rowid AS r_row
    FROM "t0_E2" AS "E2"
    JOIN "t0_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t0_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" < DATE '2020-09-01'
),
g3_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value < 1
),
g3_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value <> 5
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 1: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r3" AS a1_value
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains(lower("P"."id"), lower('k'))
            OR ends_with(lower("E3"."s"), lower('é'))
            OR (
                ("P"."t" >= TIMESTAMP '2022-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2023-01-01 00:00:00')
                OR isodow("E3"."d") = 7
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 1
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN -2 AND CAST(-0.5 AS DOUBLE)
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-02-27' AND DATE '2023-03-05'
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" = DATE '2023-03-01'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."n" AS a1_value,
        "E1".rowid AS r_row
    FROM "t0_E2" AS "E2"
    JOIN "t0_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t0_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" < DATE '2020-09-01'
),
g3_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value < 1
),
g3_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value <> 5
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 1: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r3" AS a1_value
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains(lower("P"."id"), lower('k'))
            OR ends_with(lower("E3"."s"), lower('é'))
            OR (
                ("P"."t" >= TIMESTAMP '2022-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2023-01-01 00:00:00')
                OR isodow("E3"."d") = 7
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 1
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN -2 AND CAST(-0.5 AS DOUBLE)
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-02-27' AND DATE '2023-03-05'
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" = DATE '2023-03-01'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."n" AS a1_value,
        "E1".rowid AS r_row
    FROM "t0_E2" AS "E2"
    JOIN "t0_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t0_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" < DATE '2020-09-01'
),
g3_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value < 1
),
g3_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value <> 5
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 1: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r3" AS a1_value
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains(lower("P"."id"), lower('k'))
            OR ends_with(lower("E3"."s"), lower('é'))
            OR (
                ("P"."t" >= TIMESTAMP '2022-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2023-01-01 00:00:00')
                OR isodow("E3"."d") = 7
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 1
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN -2 AND CAST(-0.5 AS DOUBLE)
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 1: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-02-27' AND DATE '2023-03-05'
)
SELECT member_key
FROM g1
-- generated 1: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t0_E3" AS "E3"
    JOIN "t0_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" = DATE '2023-03-01'
)
SELECT member_key
FROM g2
-- generated 1: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."n" AS a1_value,
        "E1".rowid AS r_row
    FROM "t0_E2" AS "E2"
    JOIN "t0_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t0_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" < DATE '2020-09-01'
),
g3_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value < 1
),
g3_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value <> 5
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
)
SELECT member_key
FROM g3

-- generated 2: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E3"."id"), lower('b'))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E1"."fk_r1"), lower('Ab%'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."n" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E2" AS "E2"
    JOIN "t1_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 2: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E3"."id"), lower('b'))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E1"."fk_r1"), lower('Ab%'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."n" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E2" AS "E2"
    JOIN "t1_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 2: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E3"."id"), lower('b'))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E1"."fk_r1"), lower('Ab%'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."n" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E2" AS "E2"
    JOIN "t1_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 2: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E3"."id"), lower('b'))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E1" AS "E1"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND starts_with(lower("E1"."fk_r1"), lower('Ab%'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 2: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t1_E3" AS "E3"
    JOIN "t1_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t1_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."n" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t1_E2" AS "E2"
    JOIN "t1_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
)
SELECT member_key
FROM g1

-- generated 3: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ends_with("E1"."s", '_')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND ends_with("E1"."s", '_')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-05-07 09:30:00' AND event_at < TIMESTAMP '2024-06-06 09:30:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-06-06 09:30:00') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 3: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ends_with("E1"."s", '_')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND ends_with("E1"."s", '_')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-05-07 09:30:00' AND event_at < TIMESTAMP '2024-06-06 09:30:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-06-06 09:30:00') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT count(*) AS members
FROM g0
-- generated 3: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ends_with("E1"."s", '_')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND ends_with("E1"."s", '_')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-05-07 09:30:00' AND event_at < TIMESTAMP '2024-06-06 09:30:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-06-06 09:30:00') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 3: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ends_with("E1"."s", '_')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t2_E1" AS "E1"
    JOIN "t2_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND ends_with("E1"."s", '_')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-05-07 09:30:00' AND event_at < TIMESTAMP '2024-06-06 09:30:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2024-06-06 09:30:00') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0

-- generated 4: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t3_E2" AS "E2"
    JOIN "t3_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E3"."d" AS event_at,
        "E3".rowid AS event_row
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E3"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-12-29' AND DATE '2024-02-29'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 3
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t3_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1993-09-15' AND event_at < DATE '2024-02-15') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-02-15') = 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t3_E1" AS "E1"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 3
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."fk_r2" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."fk_r3" AS a1_value,
        "E3".rowid AS r_row,
        "E3"."n" AS r_value
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."n" IS NULL
),
g3_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value BETWEEN 2 AND CAST(2.5 AS DOUBLE)
),
g3_v1 AS (
    SELECT member_key, min(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 7
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 4: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t3_E2" AS "E2"
    JOIN "t3_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E3"."d" AS event_at,
        "E3".rowid AS event_row
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E3"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-12-29' AND DATE '2024-02-29'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 3
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t3_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1993-09-15' AND event_at < DATE '2024-02-15') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-02-15') = 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t3_E1" AS "E1"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 3
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."fk_r2" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."fk_r3" AS a1_value,
        "E3".rowid AS r_row,
        "E3"."n" AS r_value
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."n" IS NULL
),
g3_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value BETWEEN 2 AND CAST(2.5 AS DOUBLE)
),
g3_v1 AS (
    SELECT member_key, min(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 7
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 4: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t3_E2" AS "E2"
    JOIN "t3_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E3"."d" AS event_at,
        "E3".rowid AS event_row
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E3"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-12-29' AND DATE '2024-02-29'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 3
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t3_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1993-09-15' AND event_at < DATE '2024-02-15') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-02-15') = 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t3_E1" AS "E1"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 3
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."fk_r2" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."fk_r3" AS a1_value,
        "E3".rowid AS r_row,
        "E3"."n" AS r_value
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."n" IS NULL
),
g3_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value BETWEEN 2 AND CAST(2.5 AS DOUBLE)
),
g3_v1 AS (
    SELECT member_key, min(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 7
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 4: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t3_E2" AS "E2"
    JOIN "t3_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E3"."d" AS event_at,
        "E3".rowid AS event_row
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E3"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2023-12-29' AND DATE '2024-02-29'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 3
)
SELECT member_key
FROM g0
-- generated 4: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t3_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t3_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND (
            "P"."id" < 1
            OR (
                "P"."b" = FALSE
                OR "P"."b" IS NOT NULL
            )
            OR "P"."t" < TIMESTAMP '2024-02-27 13:45:30'
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1993-09-15' AND event_at < DATE '2024-02-15') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-02-15') = 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
)
SELECT member_key
FROM g1
-- generated 4: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t3_E1" AS "E1"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 3
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
)
SELECT member_key
FROM g2
-- generated 4: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."fk_r2" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."fk_r3" AS a1_value,
        "E3".rowid AS r_row,
        "E3"."n" AS r_value
    FROM "t3_E3" AS "E3"
    JOIN "t3_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t3_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."n" IS NULL
),
g3_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value BETWEEN 2 AND CAST(2.5 AS DOUBLE)
),
g3_v1 AS (
    SELECT member_key, min(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 7
),
g3_base AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
            WHERE member_key IN (SELECT member_key FROM g3_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
)
SELECT member_key
FROM g3

-- generated 5: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t4_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" IS NULL OR "P"."t" <> TIMESTAMP '2024-05-31 06:07:08')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('AB'), lower('K')))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= DATE '2023-06-01'
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t4_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 5: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t4_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" IS NULL OR "P"."t" <> TIMESTAMP '2024-05-31 06:07:08')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('AB'), lower('K')))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= DATE '2023-06-01'
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t4_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT count(*) AS members
FROM g0
-- generated 5: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t4_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" IS NULL OR "P"."t" <> TIMESTAMP '2024-05-31 06:07:08')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('AB'), lower('K')))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= DATE '2023-06-01'
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t4_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 5: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t4_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" IS NULL OR "P"."t" <> TIMESTAMP '2024-05-31 06:07:08')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('AB'), lower('K')))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= DATE '2023-06-01'
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t4_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0

-- generated 6: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND contains(lower("E1"."s"), lower(' '))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND "E1"."d" IS NOT NULL
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."n" <= -2
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t5_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2023-12-01 00:00:00' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 99 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 6: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND contains(lower("E1"."s"), lower(' '))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND "E1"."d" IS NOT NULL
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."n" <= -2
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t5_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2023-12-01 00:00:00' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 99 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 6: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND contains(lower("E1"."s"), lower(' '))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND "E1"."d" IS NOT NULL
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."n" <= -2
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t5_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2023-12-01 00:00:00' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 99 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 6: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND contains(lower("E1"."s"), lower(' '))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND "E1"."d" IS NOT NULL
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t5_E1" AS "E1"
    JOIN "t5_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-02-29'
        AND "P"."id" IS NOT NULL
        AND "P"."n" <= -2
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
)
SELECT member_key
FROM g0
-- generated 6: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t5_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t5_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-02-29 13:45:30'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('A'), lower('É'), lower('A')))
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2023-12-01 00:00:00' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 99 + 99) // 100
)
SELECT member_key
FROM g1

-- generated 7: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-03-01 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-01-11 00:00:01' AND event_at < TIMESTAMP '1658-03-01 00:00:01') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1658-01-11 00:00:01') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E2" AS "E2"
    JOIN "t6_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-07-03 00:00:01' AND event_at < TIMESTAMP '2022-08-03 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-08-03 00:00:01') = 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 7: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-03-01 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-01-11 00:00:01' AND event_at < TIMESTAMP '1658-03-01 00:00:01') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1658-01-11 00:00:01') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E2" AS "E2"
    JOIN "t6_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-07-03 00:00:01' AND event_at < TIMESTAMP '2022-08-03 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-08-03 00:00:01') = 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 7: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-03-01 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-01-11 00:00:01' AND event_at < TIMESTAMP '1658-03-01 00:00:01') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1658-01-11 00:00:01') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E2" AS "E2"
    JOIN "t6_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-07-03 00:00:01' AND event_at < TIMESTAMP '2022-08-03 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-08-03 00:00:01') = 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 7: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '2015-09-01' AND DATE '2023-03-01')
        AND ends_with("P"."s", '%')
        AND ("P"."id" IS NOT NULL AND "P"."id" <> '')
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-03-01 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1658-01-11 00:00:01' AND event_at < TIMESTAMP '1658-03-01 00:00:01') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1658-01-11 00:00:01') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 7: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E2" AS "E2"
    JOIN "t6_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g1
-- generated 7: group 3 members
WITH
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t6_E1" AS "E1"
    JOIN "t6_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2023-03-01 00:00:01'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-07-03 00:00:01' AND event_at < TIMESTAMP '2022-08-03 00:00:01') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2022-08-03 00:00:01') = 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
)
SELECT member_key
FROM g2

-- generated 8: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 2
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."b" AS r_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-28 00:00:00' AND TIMESTAMP '2026-11-20 00:00:00'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" < DATE '2025-02-25'
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            OR "P"."n" = 2
        )
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" > DATE '2025-02-21'
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t7_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 8: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 2
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."b" AS r_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-28 00:00:00' AND TIMESTAMP '2026-11-20 00:00:00'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" < DATE '2025-02-25'
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            OR "P"."n" = 2
        )
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" > DATE '2025-02-21'
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t7_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 8: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 2
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."b" AS r_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-28 00:00:00' AND TIMESTAMP '2026-11-20 00:00:00'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" < DATE '2025-02-25'
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            OR "P"."n" = 2
        )
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" > DATE '2025-02-21'
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t7_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 8: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" BETWEEN 2 AND 2
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t7_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 8: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."b" AS r_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-28 00:00:00' AND TIMESTAMP '2026-11-20 00:00:00'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
)
SELECT member_key
FROM g1
-- generated 8: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t7_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" < DATE '2025-02-25'
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            OR "P"."n" = 2
        )
)
SELECT member_key
FROM g2
-- generated 8: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t7_E1" AS "E1"
    JOIN "t7_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" > DATE '2025-02-21'
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t7_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3 AS (
    SELECT member_key FROM g3_a0
)
SELECT member_key
FROM g3

-- generated 9: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_E1" AS "E1"
    JOIN "t8_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" BETWEEN DATE '2024-05-31' AND DATE '2025-05-31'
            OR (
                ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('%'))
                OR lower("P"."id") = lower('k')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 9: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_E1" AS "E1"
    JOIN "t8_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" BETWEEN DATE '2024-05-31' AND DATE '2025-05-31'
            OR (
                ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('%'))
                OR lower("P"."id") = lower('k')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 9: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_E1" AS "E1"
    JOIN "t8_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" BETWEEN DATE '2024-05-31' AND DATE '2025-05-31'
            OR (
                ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('%'))
                OR lower("P"."id") = lower('k')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 9: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_E1" AS "E1"
    JOIN "t8_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = CAST(-0.5 AS DOUBLE)
)
SELECT member_key
FROM g0
-- generated 9: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t8_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."d" BETWEEN DATE '2024-05-31' AND DATE '2025-05-31'
            OR (
                ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('%'))
                OR lower("P"."id") = lower('k')
            )
        )
)
SELECT member_key
FROM g1

-- generated 10: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t9_E1" AS "E1"
    JOIN "t9_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" IS NOT NULL
            OR "P"."n" IN (0)
        )
        AND (
            "E1"."d" BETWEEN DATE '2023-03-01' AND DATE '2025-03-01'
            OR lower("P"."s") IN (lower('b'), lower('o''k'))
        )
)
SELECT member_key
FROM g0
-- generated 10: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t9_E1" AS "E1"
    JOIN "t9_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" IS NOT NULL
            OR "P"."n" IN (0)
        )
        AND (
            "E1"."d" BETWEEN DATE '2023-03-01' AND DATE '2025-03-01'
            OR lower("P"."s") IN (lower('b'), lower('o''k'))
        )
)
SELECT count(*) AS members
FROM g0
-- generated 10: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t9_E1" AS "E1"
    JOIN "t9_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" IS NOT NULL
            OR "P"."n" IN (0)
        )
        AND (
            "E1"."d" BETWEEN DATE '2023-03-01' AND DATE '2025-03-01'
            OR lower("P"."s") IN (lower('b'), lower('o''k'))
        )
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 10: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t9_E1" AS "E1"
    JOIN "t9_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" IS NOT NULL
            OR "P"."n" IN (0)
        )
        AND (
            "E1"."d" BETWEEN DATE '2023-03-01' AND DATE '2025-03-01'
            OR lower("P"."s") IN (lower('b'), lower('o''k'))
        )
)
SELECT member_key
FROM g0

-- generated 11: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t10_E2" AS "E2"
    JOIN "t10_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."b" = TRUE
        OR "E2"."n" IS NULL
        OR "P"."b" = TRUE
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t10_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-03-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-02 00:00:00')
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g1_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN -2 AND 2
),
g1_base AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 11: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t10_E2" AS "E2"
    JOIN "t10_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."b" = TRUE
        OR "E2"."n" IS NULL
        OR "P"."b" = TRUE
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t10_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-03-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-02 00:00:00')
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g1_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN -2 AND 2
),
g1_base AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 11: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t10_E2" AS "E2"
    JOIN "t10_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."b" = TRUE
        OR "E2"."n" IS NULL
        OR "P"."b" = TRUE
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t10_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-03-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-02 00:00:00')
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g1_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN -2 AND 2
),
g1_base AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 11: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t10_E2" AS "E2"
    JOIN "t10_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."b" = TRUE
        OR "E2"."n" IS NULL
        OR "P"."b" = TRUE
)
SELECT member_key
FROM g0
-- generated 11: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t10_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-03-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-02 00:00:00')
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g1_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN -2 AND 2
),
g1_base AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g1

-- generated 12: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'k1')
            OR "P"."d" BETWEEN DATE '2023-06-01' AND DATE '2024-06-06'
        )
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 3
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t11_E1" AS "E1"
    JOIN "t11_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t11_E2" AS "E2"
    JOIN "t11_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."id" IS NULL OR "E2"."id" = '' OR lower("E2"."id") <> lower('o''k'))
),
g2_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g2_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE (value >= TIMESTAMP '2024-07-01 00:00:00' AND value < TIMESTAMP '2024-10-01 00:00:00')
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value > 3
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 12: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'k1')
            OR "P"."d" BETWEEN DATE '2023-06-01' AND DATE '2024-06-06'
        )
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 3
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t11_E1" AS "E1"
    JOIN "t11_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t11_E2" AS "E2"
    JOIN "t11_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."id" IS NULL OR "E2"."id" = '' OR lower("E2"."id") <> lower('o''k'))
),
g2_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g2_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE (value >= TIMESTAMP '2024-07-01 00:00:00' AND value < TIMESTAMP '2024-10-01 00:00:00')
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value > 3
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 12: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'k1')
            OR "P"."d" BETWEEN DATE '2023-06-01' AND DATE '2024-06-06'
        )
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 3
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t11_E1" AS "E1"
    JOIN "t11_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t11_E2" AS "E2"
    JOIN "t11_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."id" IS NULL OR "E2"."id" = '' OR lower("E2"."id") <> lower('o''k'))
),
g2_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g2_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE (value >= TIMESTAMP '2024-07-01 00:00:00' AND value < TIMESTAMP '2024-10-01 00:00:00')
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value > 3
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 12: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'k1')
            OR "P"."d" BETWEEN DATE '2023-06-01' AND DATE '2024-06-06'
        )
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 3
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 3
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 12: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t11_E1" AS "E1"
    JOIN "t11_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" IS NOT NULL
)
SELECT member_key
FROM g1
-- generated 12: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t11_E2" AS "E2"
    JOIN "t11_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."id" IS NULL OR "E2"."id" = '' OR lower("E2"."id") <> lower('o''k'))
),
g2_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <> CAST(-0.5 AS DOUBLE)
),
g2_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE (value >= TIMESTAMP '2024-07-01 00:00:00' AND value < TIMESTAMP '2024-10-01 00:00:00')
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
)
SELECT member_key
FROM g2
-- generated 12: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t11_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t11_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value > 3
),
g3 AS (
    SELECT member_key FROM g3_a0
)
SELECT member_key
FROM g3

-- generated 13: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t12_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 13: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t12_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT count(*) AS members
FROM g0
-- generated 13: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t12_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 13: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t12_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0

-- generated 14: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t13_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 14: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t13_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT count(*) AS members
FROM g0
-- generated 14: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t13_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 14: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t13_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0

-- generated 15: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND starts_with(lower("P"."id"), lower('k'))
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_E1" AS "E1"
    JOIN "t14_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."b" = FALSE
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."id") = lower('É')
),
g3_v0 AS (
    SELECT DISTINCT "P"."n" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t14_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."n"
    WHERE "P"."n" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN 1 AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 15: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND starts_with(lower("P"."id"), lower('k'))
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_E1" AS "E1"
    JOIN "t14_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."b" = FALSE
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."id") = lower('É')
),
g3_v0 AS (
    SELECT DISTINCT "P"."n" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t14_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."n"
    WHERE "P"."n" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN 1 AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 15: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND starts_with(lower("P"."id"), lower('k'))
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_E1" AS "E1"
    JOIN "t14_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."b" = FALSE
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."id") = lower('É')
),
g3_v0 AS (
    SELECT DISTINCT "P"."n" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t14_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."n"
    WHERE "P"."n" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN 1 AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 15: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND starts_with(lower("P"."id"), lower('k'))
)
SELECT member_key
FROM g0
-- generated 15: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
)
SELECT member_key
FROM g1
-- generated 15: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t14_E1" AS "E1"
    JOIN "t14_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."b" = FALSE
)
SELECT member_key
FROM g2
-- generated 15: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."n" AS a1_value
    FROM "t14_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."id") = lower('É')
),
g3_v0 AS (
    SELECT DISTINCT "P"."n" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t14_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g3_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."n"
    WHERE "P"."n" IS NOT NULL
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 0
),
g3_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN 1 AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
)
SELECT member_key
FROM g3

-- generated 16: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-05-27 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 16: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-05-27 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT count(*) AS members
FROM g0
-- generated 16: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-05-27 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 16: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t15_E2" AS "E2"
    JOIN "t15_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR NOT contains(lower("E2"."fk_r2"), lower('AB')))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-05-27 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0

-- generated 17: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."t" IS NULL
        AND "P"."d" IS NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2024-04-30' AND DATE '2024-05-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1994-05-24' AND event_at < DATE '1994-05-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '1994-05-31') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E3" AS "E3"
    JOIN "t16_E2" AS "E2" ON "E3"."fk_r3" = "E2"."id"
    JOIN "t16_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."n" = CAST(-0.5 AS DOUBLE)
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 17: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."t" IS NULL
        AND "P"."d" IS NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2024-04-30' AND DATE '2024-05-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1994-05-24' AND event_at < DATE '1994-05-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '1994-05-31') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E3" AS "E3"
    JOIN "t16_E2" AS "E2" ON "E3"."fk_r3" = "E2"."id"
    JOIN "t16_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."n" = CAST(-0.5 AS DOUBLE)
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 17: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."t" IS NULL
        AND "P"."d" IS NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2024-04-30' AND DATE '2024-05-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1994-05-24' AND event_at < DATE '1994-05-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '1994-05-31') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E3" AS "E3"
    JOIN "t16_E2" AS "E2" ON "E3"."fk_r3" = "E2"."id"
    JOIN "t16_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."n" = CAST(-0.5 AS DOUBLE)
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 17: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."t" IS NULL
        AND "P"."d" IS NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND "P"."d" BETWEEN DATE '2024-04-30' AND DATE '2024-05-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t16_E1" AS "E1"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
        AND (
            "P"."b" IS NULL
            OR ("E1"."n" IS NULL OR "E1"."n" NOT BETWEEN 0 AND CAST(2.5 AS DOUBLE))
            OR strftime("E1"."t", '%m-%d') BETWEEN '05-31' AND '12-17'
        )
        AND lower("P"."id") IN (lower('_'), lower('b'), lower('A'))
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '1994-05-24' AND event_at < DATE '1994-05-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '1994-05-31') = 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 17: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t16_E3" AS "E3"
    JOIN "t16_E2" AS "E2" ON "E3"."fk_r3" = "E2"."id"
    JOIN "t16_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t16_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."n" = CAST(-0.5 AS DOUBLE)
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
)
SELECT member_key
FROM g1

-- generated 18: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_E2" AS "E2"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (0, 0))
        AND "P"."b" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND 3)
),
g2_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t17_E1" AS "E1"
    JOIN "t17_E2" AS "E2" ON "E1"."fk_r2" = "E2"."id"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 2
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value <= 2
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 18: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_E2" AS "E2"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (0, 0))
        AND "P"."b" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND 3)
),
g2_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t17_E1" AS "E1"
    JOIN "t17_E2" AS "E2" ON "E1"."fk_r2" = "E2"."id"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 2
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value <= 2
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 18: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_E2" AS "E2"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (0, 0))
        AND "P"."b" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND 3)
),
g2_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t17_E1" AS "E1"
    JOIN "t17_E2" AS "E2" ON "E1"."fk_r2" = "E2"."id"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 2
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value <= 2
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 18: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_E2" AS "E2"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 18: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t17_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (0, 0))
        AND "P"."b" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND 3)
)
SELECT member_key
FROM g1
-- generated 18: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t17_E1" AS "E1"
    JOIN "t17_E2" AS "E2" ON "E1"."fk_r2" = "E2"."id"
    JOIN "t17_P" AS "P" ON "E2"."fk_x1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NOT NULL
),
g2_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 2
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value <= 2
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
)
SELECT member_key
FROM g2

-- generated 19: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND contains(lower("P"."id"), lower('x'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t18_E3" AS "E3"
    JOIN "t18_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
        AND (
            ("E2"."id" IS NOT NULL AND "E2"."id" <> '')
            OR ends_with("E2"."id", 'K1')
        )
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS r_row,
        "E1"."t" AS r_value
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" = DATE '2023-03-03'
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 19: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND contains(lower("P"."id"), lower('x'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t18_E3" AS "E3"
    JOIN "t18_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
        AND (
            ("E2"."id" IS NOT NULL AND "E2"."id" <> '')
            OR ends_with("E2"."id", 'K1')
        )
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS r_row,
        "E1"."t" AS r_value
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" = DATE '2023-03-03'
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 19: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND contains(lower("P"."id"), lower('x'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t18_E3" AS "E3"
    JOIN "t18_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
        AND (
            ("E2"."id" IS NOT NULL AND "E2"."id" <> '')
            OR ends_with("E2"."id", 'K1')
        )
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS r_row,
        "E1"."t" AS r_value
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" = DATE '2023-03-03'
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 19: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND contains(lower("P"."id"), lower('x'))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t18_E3" AS "E3"
    JOIN "t18_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2023-03-01'
        AND "P"."n" IS NOT NULL
        AND (
            ("E2"."id" IS NOT NULL AND "E2"."id" <> '')
            OR ends_with("E2"."id", 'K1')
        )
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 19: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS r_row,
        "E1"."t" AS r_value
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT member_key
FROM g1
-- generated 19: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E1" AS "E1"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" = DATE '2023-03-03'
)
SELECT member_key
FROM g2
-- generated 19: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t18_E2" AS "E2"
    JOIN "t18_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t18_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND "E1"."b" IS NULL
)
SELECT member_key
FROM g3

-- generated 20: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."id" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."n" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, avg(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 5
),
g0_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value
    FROM "t19_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('_'))
),
g1_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value BETWEEN 2 AND 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" = TRUE
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value > 1
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value < 1
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" > 3
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 20: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."id" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."n" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, avg(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 5
),
g0_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value
    FROM "t19_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('_'))
),
g1_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value BETWEEN 2 AND 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" = TRUE
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value > 1
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value < 1
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" > 3
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 20: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."id" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."n" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, avg(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 5
),
g0_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value
    FROM "t19_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('_'))
),
g1_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value BETWEEN 2 AND 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" = TRUE
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value > 1
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value < 1
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" > 3
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 20: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."id" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."n" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, avg(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 5
),
g0_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 5
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 20: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value
    FROM "t19_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('_'))
),
g1_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value BETWEEN 2 AND 3
),
g1 AS (
    SELECT member_key FROM g1_a0
)
SELECT member_key
FROM g1
-- generated 20: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."b" = TRUE
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value > 1
),
g2_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value < 1
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
)
SELECT member_key
FROM g2
-- generated 20: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t19_E1" AS "E1"
    JOIN "t19_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."id" > 3
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 50 + 99) // 100
)
SELECT member_key
FROM g3

-- generated 21: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" <> CAST(2.5 AS DOUBLE))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2025-03-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2025-03-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-03-31'
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "E2"."d" BETWEEN DATE '2025-03-31' AND DATE '2025-04-06'
        AND ("P"."n" IS NULL OR "P"."n" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND CAST(2.5 AS DOUBLE))
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND (
            "E2"."fk_r2" IS NOT NULL
            OR "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        )
),
g1_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IS NOT NULL
),
g1_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 7 DAY
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
    INTERSECT
    SELECT member_key FROM g1_s1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" >= 2
            OR "P"."n" >= 2
            OR "P"."n" IN (7, 3)
        )
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 21: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" <> CAST(2.5 AS DOUBLE))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2025-03-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2025-03-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-03-31'
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "E2"."d" BETWEEN DATE '2025-03-31' AND DATE '2025-04-06'
        AND ("P"."n" IS NULL OR "P"."n" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND CAST(2.5 AS DOUBLE))
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND (
            "E2"."fk_r2" IS NOT NULL
            OR "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        )
),
g1_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IS NOT NULL
),
g1_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 7 DAY
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
    INTERSECT
    SELECT member_key FROM g1_s1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" >= 2
            OR "P"."n" >= 2
            OR "P"."n" IN (7, 3)
        )
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 21: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" <> CAST(2.5 AS DOUBLE))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2025-03-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2025-03-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-03-31'
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "E2"."d" BETWEEN DATE '2025-03-31' AND DATE '2025-04-06'
        AND ("P"."n" IS NULL OR "P"."n" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND CAST(2.5 AS DOUBLE))
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND (
            "E2"."fk_r2" IS NOT NULL
            OR "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        )
),
g1_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IS NOT NULL
),
g1_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 7 DAY
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
    INTERSECT
    SELECT member_key FROM g1_s1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" >= 2
            OR "P"."n" >= 2
            OR "P"."n" IN (7, 3)
        )
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 21: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" <> CAST(2.5 AS DOUBLE))
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."d" <= DATE '2025-03-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2025-03-31'
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2025-03-31'
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t20_E1" AS "E1"
    JOIN "t20_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g0_base AS (
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g0
-- generated 21: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "E2"."d" BETWEEN DATE '2025-03-31' AND DATE '2025-04-06'
        AND ("P"."n" IS NULL OR "P"."n" NOT BETWEEN CAST(-0.5 AS DOUBLE) AND CAST(2.5 AS DOUBLE))
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_E2" AS "E2"
    JOIN "t20_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND (
            "E2"."fk_r2" IS NOT NULL
            OR "E2"."d" BETWEEN DATE '2024-10-01' AND DATE '2024-12-31'
        )
),
g1_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t20_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-03-31 08:15:00'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IS NOT NULL
),
g1_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 7 DAY
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
    INTERSECT
    SELECT member_key FROM g1_s1
)
SELECT member_key
FROM g1
-- generated 21: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t20_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" >= 2
            OR "P"."n" >= 2
            OR "P"."n" IN (7, 3)
        )
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 50 + 99) // 100
)
SELECT member_key
FROM g2

-- generated 22: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" > DATE '2024-06-07'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '' OR lower("P"."fk_r2") <> lower('AB'))
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t21_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 3
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 22: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" > DATE '2024-06-07'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '' OR lower("P"."fk_r2") <> lower('AB'))
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t21_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 3
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 22: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" > DATE '2024-06-07'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '' OR lower("P"."fk_r2") <> lower('AB'))
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t21_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 3
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 22: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" > DATE '2024-06-07'
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- generated 22: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t21_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '' OR lower("P"."fk_r2") <> lower('AB'))
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t21_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 3
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
)
SELECT member_key
FROM g1

-- generated 23: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-01-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-01 00:00:00')
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 2
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            lower("E1"."s") = lower('x')
            OR ("E1"."t" >= TIMESTAMP '2024-02-28 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-29 00:00:00')
            OR "P"."b" IS NULL
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 23: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-01-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-01 00:00:00')
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 2
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            lower("E1"."s") = lower('x')
            OR ("E1"."t" >= TIMESTAMP '2024-02-28 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-29 00:00:00')
            OR "P"."b" IS NULL
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 23: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-01-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-01 00:00:00')
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 2
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            lower("E1"."s") = lower('x')
            OR ("E1"."t" >= TIMESTAMP '2024-02-28 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-29 00:00:00')
            OR "P"."b" IS NULL
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 23: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-01-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-01 00:00:00')
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 2
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- generated 23: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t22_E2" AS "E2"
    JOIN "t22_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t22_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            lower("E1"."s") = lower('x')
            OR ("E1"."t" >= TIMESTAMP '2024-02-28 00:00:00' AND "E1"."t" < TIMESTAMP '2024-02-29 00:00:00')
            OR "P"."b" IS NULL
        )
)
SELECT member_key
FROM g1

-- generated 24: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t23_E3" AS "E3"
    JOIN "t23_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."s" IS NOT NULL AND "E1"."s" <> '')
        AND "E3"."b" IS NULL
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= 3
),
g1_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" <> 0)
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND (
            "P"."b" IS NOT NULL
            OR "P"."n" IS NOT NULL
        )
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "E1"."fk_r3" >= CAST(2.5 AS DOUBLE)
        AND "E1"."b" IS NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g2_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "P"."fk_r1" IN (1)
        AND "P"."t" IS NOT NULL
),
g2_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g2_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
            AND b.event_row <> a.event_row
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
    INTERSECT
    SELECT member_key FROM g2_s1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-02-19 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 24: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t23_E3" AS "E3"
    JOIN "t23_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."s" IS NOT NULL AND "E1"."s" <> '')
        AND "E3"."b" IS NULL
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= 3
),
g1_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" <> 0)
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND (
            "P"."b" IS NOT NULL
            OR "P"."n" IS NOT NULL
        )
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "E1"."fk_r3" >= CAST(2.5 AS DOUBLE)
        AND "E1"."b" IS NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g2_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "P"."fk_r1" IN (1)
        AND "P"."t" IS NOT NULL
),
g2_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g2_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
            AND b.event_row <> a.event_row
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
    INTERSECT
    SELECT member_key FROM g2_s1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-02-19 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 24: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t23_E3" AS "E3"
    JOIN "t23_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."s" IS NOT NULL AND "E1"."s" <> '')
        AND "E3"."b" IS NULL
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= 3
),
g1_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" <> 0)
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND (
            "P"."b" IS NOT NULL
            OR "P"."n" IS NOT NULL
        )
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "E1"."fk_r3" >= CAST(2.5 AS DOUBLE)
        AND "E1"."b" IS NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g2_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "P"."fk_r1" IN (1)
        AND "P"."t" IS NOT NULL
),
g2_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g2_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
            AND b.event_row <> a.event_row
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
    INTERSECT
    SELECT member_key FROM g2_s1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-02-19 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 24: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 24: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS a0_row,
        "E1".rowid AS a1_row,
        "E1"."d" AS a1_value
    FROM "t23_E3" AS "E3"
    JOIN "t23_E1" AS "E1" ON "E3"."id" = "E1"."fk_r3"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."s" IS NOT NULL AND "E1"."s" <> '')
        AND "E3"."b" IS NULL
),
g1_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= 3
),
g1_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t23_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g1_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
)
SELECT member_key
FROM g1
-- generated 24: group 3 members
WITH
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" <> 0)
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND (
            "P"."b" IS NOT NULL
            OR "P"."n" IS NOT NULL
        )
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t23_E1" AS "E1"
    JOIN "t23_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "E1"."fk_r3" >= CAST(2.5 AS DOUBLE)
        AND "E1"."b" IS NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g2_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND "P"."fk_r1" IN (1)
        AND "P"."t" IS NOT NULL
),
g2_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g2_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
            AND b.event_row <> a.event_row
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
    INTERSECT
    SELECT member_key FROM g2_s1
)
SELECT member_key
FROM g2
-- generated 24: group 4 members
WITH
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t23_E2" AS "E2"
    JOIN "t23_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND ("E2"."id" IS NULL OR "E2"."id" NOT BETWEEN 1 AND 3)
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= TIMESTAMP '2024-02-19 00:00:00' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
)
SELECT member_key
FROM g3

-- generated 25: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t24_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
            OR ("P"."id" IS NULL OR "P"."id" = '')
            OR contains("P"."id", 'k1')
        )
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t24_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t24_E2" AS "E2"
    JOIN "t24_E1" AS "E1" ON "E2"."fk_x1" = "E1"."id"
    JOIN "t24_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 25: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t24_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
            OR ("P"."id" IS NULL OR "P"."id" = '')
            OR contains("P"."id", 'k1')
        )
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t24_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t24_E2" AS "E2"
    JOIN "t24_E1" AS "E1" ON "E2"."fk_x1" = "E1"."id"
    JOIN "t24_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT count(*) AS members
FROM g0
-- generated 25: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t24_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
            OR ("P"."id" IS NULL OR "P"."id" = '')
            OR contains("P"."id", 'k1')
        )
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t24_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t24_E2" AS "E2"
    JOIN "t24_E1" AS "E1" ON "E2"."fk_x1" = "E1"."id"
    JOIN "t24_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 25: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t24_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2024-05-29 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
            OR ("P"."id" IS NULL OR "P"."id" = '')
            OR contains("P"."id", 'k1')
        )
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t24_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t24_E2" AS "E2"
    JOIN "t24_E1" AS "E1" ON "E2"."fk_x1" = "E1"."id"
    JOIN "t24_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0

-- generated 26: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_E3" AS "E3"
    JOIN "t25_P" AS "P" ON "E3"."fk_r3" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('é'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."n" > 2
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."s" AS a0_value,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t25_E3" AS "E3"
    JOIN "t25_E1" AS "E1" ON "E3"."id" = "E1"."fk_x1"
    JOIN "t25_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t25_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 0
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-05-20' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 26: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_E3" AS "E3"
    JOIN "t25_P" AS "P" ON "E3"."fk_r3" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('é'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."n" > 2
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."s" AS a0_value,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t25_E3" AS "E3"
    JOIN "t25_E1" AS "E1" ON "E3"."id" = "E1"."fk_x1"
    JOIN "t25_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t25_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 0
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-05-20' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 26: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_E3" AS "E3"
    JOIN "t25_P" AS "P" ON "E3"."fk_r3" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('é'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."n" > 2
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 50 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."s" AS a0_value,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t25_E3" AS "E3"
    JOIN "t25_E1" AS "E1" ON "E3"."id" = "E1"."fk_x1"
    JOIN "t25_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t25_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 0
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-05-20' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 26: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_E3" AS "E3"
    JOIN "t25_P" AS "P" ON "E3"."fk_r3" = "P"."id"
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('é'))
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 26: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t25_E2" AS "E2"
    JOIN "t25_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."n" > 2
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 50 + 99) // 100
)
SELECT member_key
FROM g1
-- generated 26: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E3".rowid AS a0_row,
        "E3"."s" AS a0_value,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t25_E3" AS "E3"
    JOIN "t25_E1" AS "E1" ON "E3"."id" = "E1"."fk_x1"
    JOIN "t25_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t25_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 0
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
)
SELECT member_key
FROM g2
-- generated 26: group 4 members
WITH
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t25_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t25_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('K1'), lower(' '), lower('K1')))
        AND "P"."d" = DATE '2024-02-29'
        AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '' OR lower("P"."fk_r1") NOT IN (lower('k'), lower('k9')))
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-05-20' THEN date_trunc('week', event_at) END) >= 1
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
)
SELECT member_key
FROM g3

-- generated 27: members
WITH
g0_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t26_E1" AS "E1"
    JOIN "t26_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2025-02-27 00:00:00' AND TIMESTAMP '2025-02-28 00:00:00'
            OR (
                "E1"."b" = TRUE
                OR "E1"."id" = 3
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN 2 AND 2
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t26_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 27: count
WITH
g0_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t26_E1" AS "E1"
    JOIN "t26_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2025-02-27 00:00:00' AND TIMESTAMP '2025-02-28 00:00:00'
            OR (
                "E1"."b" = TRUE
                OR "E1"."id" = 3
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN 2 AND 2
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t26_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 27: live
WITH
g0_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t26_E1" AS "E1"
    JOIN "t26_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2025-02-27 00:00:00' AND TIMESTAMP '2025-02-28 00:00:00'
            OR (
                "E1"."b" = TRUE
                OR "E1"."id" = 3
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN 2 AND 2
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t26_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 27: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t26_E1" AS "E1"
    JOIN "t26_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."t" BETWEEN TIMESTAMP '2025-02-27 00:00:00' AND TIMESTAMP '2025-02-28 00:00:00'
            OR (
                "E1"."b" = TRUE
                OR "E1"."id" = 3
            )
        )
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN 2 AND 2
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 27: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t26_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
)
SELECT member_key
FROM g1

-- generated 28: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "E2"."fk_r3" > 1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."fk_r2" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (0, 7))
        AND "P"."id" BETWEEN 2 AND 2
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('%')))
),
g2_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."n" IS NULL
            OR starts_with(lower("P"."s"), lower('b'))
        )
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t27_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        CAST("E2"."t" AS DATE) AS event_at,
        "E2".rowid AS event_row
    FROM "t27_E3" AS "E3"
    JOIN "t27_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."n" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."s") = lower('b')
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <> 2
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 28: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "E2"."fk_r3" > 1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."fk_r2" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (0, 7))
        AND "P"."id" BETWEEN 2 AND 2
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('%')))
),
g2_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."n" IS NULL
            OR starts_with(lower("P"."s"), lower('b'))
        )
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t27_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        CAST("E2"."t" AS DATE) AS event_at,
        "E2".rowid AS event_row
    FROM "t27_E3" AS "E3"
    JOIN "t27_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."n" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."s") = lower('b')
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <> 2
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 28: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "E2"."fk_r3" > 1
),
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."fk_r2" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (0, 7))
        AND "P"."id" BETWEEN 2 AND 2
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('%')))
),
g2_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."n" IS NULL
            OR starts_with(lower("P"."s"), lower('b'))
        )
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t27_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        CAST("E2"."t" AS DATE) AS event_at,
        "E2".rowid AS event_row
    FROM "t27_E3" AS "E3"
    JOIN "t27_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."n" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."s") = lower('b')
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <> 2
),
g3 AS (
    SELECT member_key FROM g3_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 28: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "E2"."fk_r3" > 1
)
SELECT member_key
FROM g0
-- generated 28: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."fk_r2" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (0, 7))
        AND "P"."id" BETWEEN 2 AND 2
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('%')))
)
SELECT member_key
FROM g1
-- generated 28: group 3 members
WITH
g2_core AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t27_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            "P"."n" IS NULL
            OR starts_with(lower("P"."s"), lower('b'))
        )
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t27_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."n" IS NOT NULL
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        CAST("E2"."t" AS DATE) AS event_at,
        "E2".rowid AS event_row
    FROM "t27_E3" AS "E3"
    JOIN "t27_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 06:07:08'
        AND "P"."n" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 0
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
)
SELECT member_key
FROM g2
-- generated 28: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t27_E2" AS "E2"
    JOIN "t27_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."n" IS NOT NULL
        AND lower("P"."s") = lower('b')
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <> 2
),
g3 AS (
    SELECT member_key FROM g3_a0
)
SELECT member_key
FROM g3

-- generated 29: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t28_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."id" AS r_value
    FROM "t28_E3" AS "E3"
    JOIN "t28_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" < DATE '2024-05-31'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."d" = DATE '2024-05-31'
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 29: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t28_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."id" AS r_value
    FROM "t28_E3" AS "E3"
    JOIN "t28_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" < DATE '2024-05-31'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."d" = DATE '2024-05-31'
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 29: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t28_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."id" AS r_value
    FROM "t28_E3" AS "E3"
    JOIN "t28_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" < DATE '2024-05-31'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."d" = DATE '2024-05-31'
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    EXCEPT
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 29: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."b" AS a0_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t28_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a0_value) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value = 0
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- generated 29: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."id" AS r_value
    FROM "t28_E3" AS "E3"
    JOIN "t28_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E3"."d" < DATE '2024-05-31'
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g1
-- generated 29: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t28_E2" AS "E2"
    JOIN "t28_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t28_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E2"."d" = DATE '2024-05-31'
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 100 + 99) // 100
)
SELECT member_key
FROM g2

-- generated 30: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."id" IS NULL OR "E1"."id" NOT IN (2, 3, 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" BETWEEN 2 AND 2
            OR "P"."fk_r1" IS NOT NULL
        )
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '1935-01-06' AND DATE '2025-01-06')
        AND "P"."d" IS NOT NULL
        AND "P"."n" >= 7
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2025-01-06 00:00:00' AND "P"."t" < TIMESTAMP '2025-01-13 00:00:00')
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 30: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."id" IS NULL OR "E1"."id" NOT IN (2, 3, 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" BETWEEN 2 AND 2
            OR "P"."fk_r1" IS NOT NULL
        )
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '1935-01-06' AND DATE '2025-01-06')
        AND "P"."d" IS NOT NULL
        AND "P"."n" >= 7
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2025-01-06 00:00:00' AND "P"."t" < TIMESTAMP '2025-01-13 00:00:00')
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 30: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."id" IS NULL OR "E1"."id" NOT IN (2, 3, 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" BETWEEN 2 AND 2
            OR "P"."fk_r1" IS NOT NULL
        )
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '1935-01-06' AND DATE '2025-01-06')
        AND "P"."d" IS NOT NULL
        AND "P"."n" >= 7
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2025-01-06 00:00:00' AND "P"."t" < TIMESTAMP '2025-01-13 00:00:00')
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 30: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."id" IS NULL OR "E1"."id" NOT IN (2, 3, 3))
)
SELECT member_key
FROM g0
-- generated 30: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            "P"."fk_r1" BETWEEN 2 AND 2
            OR "P"."fk_r1" IS NOT NULL
        )
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
)
SELECT member_key
FROM g1
-- generated 30: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row
    FROM "t29_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."d" IS NULL OR "P"."d" NOT BETWEEN DATE '1935-01-06' AND DATE '2025-01-06')
        AND "P"."d" IS NOT NULL
        AND "P"."n" >= 7
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 1
)
SELECT member_key
FROM g2
-- generated 30: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t29_E1" AS "E1"
    JOIN "t29_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2025-01-06 00:00:00' AND "P"."t" < TIMESTAMP '2025-01-13 00:00:00')
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 34 + 99) // 100
)
SELECT member_key
FROM g3

-- generated 31: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t30_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."fk_r1" = 2
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."d" AS r_value
    FROM "t30_E1" AS "E1"
    JOIN "t30_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 31: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t30_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."fk_r1" = 2
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."d" AS r_value
    FROM "t30_E1" AS "E1"
    JOIN "t30_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 31: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t30_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."fk_r1" = 2
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."d" AS r_value
    FROM "t30_E1" AS "E1"
    JOIN "t30_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 31: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t30_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."fk_r1" = 2
)
SELECT member_key
FROM g0
-- generated 31: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."d" AS r_value
    FROM "t30_E1" AS "E1"
    JOIN "t30_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
)
SELECT member_key
FROM g1

-- generated 32: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR lower("E2"."fk_r2") <> lower('k'))
        AND ("E2"."n" IS NULL OR "E2"."n" NOT IN (3, 1))
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t31_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t31_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-12-01' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ends_with(lower("P"."fk_r1"), lower('k'))
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND strftime("E2"."d", '%m-%d') BETWEEN '02-28' AND '03-30'
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 3
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 32: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR lower("E2"."fk_r2") <> lower('k'))
        AND ("E2"."n" IS NULL OR "E2"."n" NOT IN (3, 1))
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t31_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t31_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-12-01' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ends_with(lower("P"."fk_r1"), lower('k'))
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND strftime("E2"."d", '%m-%d') BETWEEN '02-28' AND '03-30'
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 3
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 32: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR lower("E2"."fk_r2") <> lower('k'))
        AND ("E2"."n" IS NULL OR "E2"."n" NOT IN (3, 1))
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t31_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t31_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-12-01' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ends_with(lower("P"."fk_r1"), lower('k'))
),
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND strftime("E2"."d", '%m-%d') BETWEEN '02-28' AND '03-30'
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 3
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 32: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ("E2"."fk_r2" IS NULL OR "E2"."fk_r2" = '' OR lower("E2"."fk_r2") <> lower('k'))
        AND ("E2"."n" IS NULL OR "E2"."n" NOT IN (3, 1))
)
SELECT member_key
FROM g0
-- generated 32: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t31_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."n" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t31_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."n" IS NOT NULL
        AND "P"."d" < DATE '2023-02-28'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-12-01' THEN date_trunc('month', event_at) END) >= 2
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
)
SELECT member_key
FROM g1
-- generated 32: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND ends_with(lower("P"."fk_r1"), lower('k'))
)
SELECT member_key
FROM g2
-- generated 32: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t31_E2" AS "E2"
    JOIN "t31_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
        AND strftime("E2"."d", '%m-%d') BETWEEN '02-28' AND '03-30'
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value >= 3
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value BETWEEN CAST(2.5 AS DOUBLE) AND 7
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
)
SELECT member_key
FROM g3

-- generated 33: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-24 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 33: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-24 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 33: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-24 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 33: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" BETWEEN TIMESTAMP '2024-05-24 06:07:08' AND TIMESTAMP '2024-05-31 06:07:08'
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
)
SELECT member_key
FROM g0
-- generated 33: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t32_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
)
SELECT member_key
FROM g1

-- generated 34: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('o'))
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2023-04-01' THEN date_trunc('month', event_at) END) >= 9
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-02-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-01 00:00:00')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 34: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('o'))
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2023-04-01' THEN date_trunc('month', event_at) END) >= 9
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-02-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-01 00:00:00')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 34: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('o'))
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2023-04-01' THEN date_trunc('month', event_at) END) >= 9
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-02-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-01 00:00:00')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 34: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-03-17 12:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g0_s1_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") <> lower('o'))
),
g0_s1_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g0_s1 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s1_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s1_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 90
            AND b.event_row <> a.event_row
    )
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-03-17'
        AND strftime("E1"."t", '%m-%d') BETWEEN '03-17' AND '04-16'
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2023-04-01' THEN date_trunc('month', event_at) END) >= 9
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
    INTERSECT
    SELECT member_key FROM g0_s1
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 34: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t33_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-02-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-03-01 00:00:00')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-03-17'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t33_E1" AS "E1"
    JOIN "t33_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-03-17'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
)
SELECT member_key
FROM g1

-- generated 35: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
        OR "P"."n" < 0
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND (
            ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
            OR "P"."n" < 0
        )
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-11' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E1" AS "E1"
    JOIN "t34_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."id" BETWEEN 7 AND 7
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 35: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
        OR "P"."n" < 0
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND (
            ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
            OR "P"."n" < 0
        )
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-11' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E1" AS "E1"
    JOIN "t34_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."id" BETWEEN 7 AND 7
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 35: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
        OR "P"."n" < 0
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND (
            ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
            OR "P"."n" < 0
        )
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-11' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E1" AS "E1"
    JOIN "t34_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."id" BETWEEN 7 AND 7
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 35: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
        OR "P"."n" < 0
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND (
            ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-07-01 00:00:00')
            OR "P"."n" < 0
        )
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-11' THEN date_trunc('week', event_at) END) >= 1
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 35: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t34_E1" AS "E1"
    JOIN "t34_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."id" BETWEEN 7 AND 7
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t34_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t34_E2" AS "E2"
    JOIN "t34_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 7
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
)
SELECT member_key
FROM g1

-- generated 36: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."t" >= TIMESTAMP '2023-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-01-01 00:00:00')
            OR (
                ("P"."id" IS NULL OR "P"."id" <> CAST(-0.5 AS DOUBLE))
                OR "P"."fk_r1" = 5
            )
            OR "P"."d" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
        )
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_E2" AS "E2"
    JOIN "t35_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("E1"."s") = lower('_')
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 36: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."t" >= TIMESTAMP '2023-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-01-01 00:00:00')
            OR (
                ("P"."id" IS NULL OR "P"."id" <> CAST(-0.5 AS DOUBLE))
                OR "P"."fk_r1" = 5
            )
            OR "P"."d" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
        )
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_E2" AS "E2"
    JOIN "t35_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("E1"."s") = lower('_')
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 36: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."t" >= TIMESTAMP '2023-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-01-01 00:00:00')
            OR (
                ("P"."id" IS NULL OR "P"."id" <> CAST(-0.5 AS DOUBLE))
                OR "P"."fk_r1" = 5
            )
            OR "P"."d" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
        )
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_E2" AS "E2"
    JOIN "t35_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("E1"."s") = lower('_')
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 36: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            ("P"."t" >= TIMESTAMP '2023-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-01-01 00:00:00')
            OR (
                ("P"."id" IS NULL OR "P"."id" <> CAST(-0.5 AS DOUBLE))
                OR "P"."fk_r1" = 5
            )
            OR "P"."d" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
        )
)
SELECT member_key
FROM g0
-- generated 36: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."fk_r1" AS r_value
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t35_P" AS "P"
    WHERE
        "P"."d" <= DATE '2023-03-01'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 800
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, avg(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
)
SELECT member_key
FROM g1
-- generated 36: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t35_E1" AS "E1"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g2
-- generated 36: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t35_E2" AS "E2"
    JOIN "t35_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t35_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("E1"."s") = lower('_')
)
SELECT member_key
FROM g3

-- generated 37: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_E1" AS "E1"
    JOIN "t36_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            (
                "P"."b" = TRUE
                OR (strftime("P"."t", '%m-%d') BETWEEN '01-01' AND '02-27' OR strftime("P"."t", '%m-%d') BETWEEN '02-29' AND '12-31')
                OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            )
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
        )
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 37: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_E1" AS "E1"
    JOIN "t36_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            (
                "P"."b" = TRUE
                OR (strftime("P"."t", '%m-%d') BETWEEN '01-01' AND '02-27' OR strftime("P"."t", '%m-%d') BETWEEN '02-29' AND '12-31')
                OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            )
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
        )
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 37: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_E1" AS "E1"
    JOIN "t36_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            (
                "P"."b" = TRUE
                OR (strftime("P"."t", '%m-%d') BETWEEN '01-01' AND '02-27' OR strftime("P"."t", '%m-%d') BETWEEN '02-29' AND '12-31')
                OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            )
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
        )
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 37: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_E1" AS "E1"
    JOIN "t36_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 37: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            (
                "P"."b" = TRUE
                OR (strftime("P"."t", '%m-%d') BETWEEN '01-01' AND '02-27' OR strftime("P"."t", '%m-%d') BETWEEN '02-29' AND '12-31')
                OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
            )
            OR ("P"."t" >= TIMESTAMP '2025-01-01 00:00:00' AND "P"."t" < TIMESTAMP '2026-01-01 00:00:00')
        )
)
SELECT member_key
FROM g1
-- generated 37: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t36_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g2

-- generated 38: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("P"."fk_r1") = lower('AB')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t37_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 0
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 38: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("P"."fk_r1") = lower('AB')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t37_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 0
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 38: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("P"."fk_r1") = lower('AB')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t37_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 0
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 1 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 38: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND lower("P"."fk_r1") = lower('AB')
)
SELECT member_key
FROM g0
-- generated 38: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value
    FROM "t37_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value >= 0
),
g1 AS (
    SELECT member_key FROM g1_a0
)
SELECT member_key
FROM g1
-- generated 38: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g2
-- generated 38: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t37_E1" AS "E1"
    JOIN "t37_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT member_key
FROM g3

-- generated 39: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."d" AS a1_value,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t38_E2" AS "E2"
    JOIN "t38_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."s" IS NOT NULL AND "E2"."s" <> '')
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value IS NOT NULL AND (value IS NULL OR value NOT BETWEEN TIMESTAMP '2018-01-02 23:59:59' AND TIMESTAMP '2024-12-31 23:59:59')
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 1
),
g0_base AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_E1" AS "E1"
    JOIN "t38_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 39: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."d" AS a1_value,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t38_E2" AS "E2"
    JOIN "t38_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."s" IS NOT NULL AND "E2"."s" <> '')
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value IS NOT NULL AND (value IS NULL OR value NOT BETWEEN TIMESTAMP '2018-01-02 23:59:59' AND TIMESTAMP '2024-12-31 23:59:59')
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 1
),
g0_base AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_E1" AS "E1"
    JOIN "t38_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 39: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."d" AS a1_value,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t38_E2" AS "E2"
    JOIN "t38_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."s" IS NOT NULL AND "E2"."s" <> '')
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value IS NOT NULL AND (value IS NULL OR value NOT BETWEEN TIMESTAMP '2018-01-02 23:59:59' AND TIMESTAMP '2024-12-31 23:59:59')
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 1
),
g0_base AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_E1" AS "E1"
    JOIN "t38_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 39: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "E2".rowid AS a1_row,
        "E2"."d" AS a1_value,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t38_E2" AS "E2"
    JOIN "t38_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E2"."s" IS NOT NULL AND "E2"."s" <> '')
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value IS NOT NULL AND (value IS NULL OR value NOT BETWEEN TIMESTAMP '2018-01-02 23:59:59' AND TIMESTAMP '2024-12-31 23:59:59')
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value <= 1
),
g0_base AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
            WHERE member_key IN (SELECT member_key FROM g0_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g0
-- generated 39: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NOT NULL
)
SELECT member_key
FROM g1
-- generated 39: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t38_E1" AS "E1"
    JOIN "t38_P" AS "P" ON "E1"."fk_r1" = "P"."id"
)
SELECT member_key
FROM g2

-- generated 40: members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= -2
),
g1_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value >= 2
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."id" IN (7)
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            (
                "P"."id" >= 1
                OR "P"."b" = TRUE
            )
            OR "P"."id" IN (7)
            OR "P"."id" > 1
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 40: count
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= -2
),
g1_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value >= 2
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."id" IN (7)
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            (
                "P"."id" >= 1
                OR "P"."b" = TRUE
            )
            OR "P"."id" IN (7)
            OR "P"."id" > 1
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 40: live
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= -2
),
g1_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value >= 2
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
),
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."id" IN (7)
),
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            (
                "P"."id" >= 1
                OR "P"."b" = TRUE
            )
            OR "P"."id" IN (7)
            OR "P"."id" > 1
        )
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 40: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
)
SELECT member_key
FROM g0
-- generated 40: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."n" AS member_key,
        "E1".rowid AS a0_row,
        "E1"."n" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t39_E1" AS "E1"
    JOIN "t39_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" IS NOT NULL
),
g1_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value <= -2
),
g1_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a1 AS (
    SELECT member_key
    FROM g1_v1
    WHERE value >= 2
),
g1 AS (
    SELECT member_key FROM g1_a0
    INTERSECT
    SELECT member_key FROM g1_a1
)
SELECT member_key
FROM g1
-- generated 40: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND "P"."id" IN (7)
)
SELECT member_key
FROM g2
-- generated 40: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."n" AS member_key
    FROM "t39_P" AS "P"
    WHERE
        "P"."n" IS NOT NULL
        AND (
            (
                "P"."id" >= 1
                OR "P"."b" = TRUE
            )
            OR "P"."id" IN (7)
            OR "P"."id" > 1
        )
)
SELECT member_key
FROM g3

-- generated 41: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-05-31'
        AND "E1"."t" BETWEEN TIMESTAMP '2024-05-31 23:59:59' AND TIMESTAMP '2025-05-31 23:59:59'
        AND ("E1"."s" IS NULL OR "E1"."s" = '' OR NOT contains(lower("E1"."s"), lower('a')))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t40_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-05-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-06-01 00:00:00')
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E3" AS "E3"
    JOIN "t40_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("E1"."s"), lower('a_b'))
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value < 3
),
g2 AS (
    SELECT member_key FROM g2_a0
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E2" AS "E2"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        (
            "P"."n" = -2
            OR "P"."b" = FALSE
            OR "E2"."d" BETWEEN DATE '1659-05-31' AND DATE '2024-05-31'
        )
        OR "E1"."d" = DATE '2024-05-30'
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 41: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-05-31'
        AND "E1"."t" BETWEEN TIMESTAMP '2024-05-31 23:59:59' AND TIMESTAMP '2025-05-31 23:59:59'
        AND ("E1"."s" IS NULL OR "E1"."s" = '' OR NOT contains(lower("E1"."s"), lower('a')))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t40_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-05-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-06-01 00:00:00')
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E3" AS "E3"
    JOIN "t40_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("E1"."s"), lower('a_b'))
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value < 3
),
g2 AS (
    SELECT member_key FROM g2_a0
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E2" AS "E2"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        (
            "P"."n" = -2
            OR "P"."b" = FALSE
            OR "E2"."d" BETWEEN DATE '1659-05-31' AND DATE '2024-05-31'
        )
        OR "E1"."d" = DATE '2024-05-30'
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 41: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-05-31'
        AND "E1"."t" BETWEEN TIMESTAMP '2024-05-31 23:59:59' AND TIMESTAMP '2025-05-31 23:59:59'
        AND ("E1"."s" IS NULL OR "E1"."s" = '' OR NOT contains(lower("E1"."s"), lower('a')))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t40_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-05-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-06-01 00:00:00')
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E3" AS "E3"
    JOIN "t40_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("E1"."s"), lower('a_b'))
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value < 3
),
g2 AS (
    SELECT member_key FROM g2_a0
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E2" AS "E2"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        (
            "P"."n" = -2
            OR "P"."b" = FALSE
            OR "E2"."d" BETWEEN DATE '1659-05-31' AND DATE '2024-05-31'
        )
        OR "E1"."d" = DATE '2024-05-30'
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 41: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = FALSE
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."d" AS event_at,
        "E1".rowid AS event_row
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" <= DATE '2024-05-31'
        AND "E1"."t" BETWEEN TIMESTAMP '2024-05-31 23:59:59' AND TIMESTAMP '2025-05-31 23:59:59'
        AND ("E1"."s" IS NULL OR "E1"."s" = '' OR NOT contains(lower("E1"."s"), lower('a')))
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t40_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-05-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-06-01 00:00:00')
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 400
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 41: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E3" AS "E3"
    JOIN "t40_E2" AS "E2" ON "E3"."id" = "E2"."fk_r3"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
)
SELECT member_key
FROM g1
-- generated 41: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value
    FROM "t40_E1" AS "E1"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("E1"."s"), lower('a_b'))
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value < 3
),
g2 AS (
    SELECT member_key FROM g2_a0
)
SELECT member_key
FROM g2
-- generated 41: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t40_E2" AS "E2"
    JOIN "t40_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t40_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        (
            "P"."n" = -2
            OR "P"."b" = FALSE
            OR "E2"."d" BETWEEN DATE '1659-05-31' AND DATE '2024-05-31'
        )
        OR "E1"."d" = DATE '2024-05-30'
)
SELECT member_key
FROM g3

-- generated 42: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t41_E3" AS "E3"
    JOIN "t41_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t41_E2" AS "E2"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t41_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-06-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-07-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('o''k')))
        AND "E2"."d" BETWEEN DATE '2024-04-01' AND DATE '2024-06-30'
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <= 1
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 42: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t41_E3" AS "E3"
    JOIN "t41_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t41_E2" AS "E2"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t41_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-06-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-07-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('o''k')))
        AND "E2"."d" BETWEEN DATE '2024-04-01' AND DATE '2024-06-30'
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <= 1
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 42: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t41_E3" AS "E3"
    JOIN "t41_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t41_E2" AS "E2"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t41_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-06-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-07-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('o''k')))
        AND "E2"."d" BETWEEN DATE '2024-04-01' AND DATE '2024-06-30'
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <= 1
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 42: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value
    FROM "t41_E3" AS "E3"
    JOIN "t41_P" AS "P" ON "E3"."id" = "P"."fk_r3"
    WHERE
        "P"."id" IS NOT NULL
),
g0_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
)
SELECT member_key
FROM g0
-- generated 42: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."t" AS event_at,
        "E2".rowid AS event_row
    FROM "t41_E2" AS "E2"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "E2"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t41_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 90 DAY
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
)
SELECT member_key
FROM g1
-- generated 42: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row
    FROM "t41_E1" AS "E1"
    JOIN "t41_E2" AS "E2" ON "E1"."id" = "E2"."fk_x1"
    JOIN "t41_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."id" IS NOT NULL
        AND ("E1"."t" >= TIMESTAMP '2024-06-01 00:00:00' AND "E1"."t" < TIMESTAMP '2024-07-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") NOT IN (lower('o''k')))
        AND "E2"."d" BETWEEN DATE '2024-04-01' AND DATE '2024-06-30'
),
g2_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value <= 1
),
g2_base AS (
    SELECT member_key FROM g2_a0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= (ranked * 34 + 99) // 100
)
SELECT member_key
FROM g2

-- generated 43: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t42_E1" AS "E1"
    JOIN "t42_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."d" = DATE '2023-02-11'
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 1
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t42_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a1_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."fk_r1" AS a0_value
    FROM "t42_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('A'))
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT member_key FROM g1_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 43: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t42_E1" AS "E1"
    JOIN "t42_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."d" = DATE '2023-02-11'
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 1
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t42_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a1_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."fk_r1" AS a0_value
    FROM "t42_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('A'))
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT member_key FROM g1_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 43: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t42_E1" AS "E1"
    JOIN "t42_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."d" = DATE '2023-02-11'
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 1
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t42_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a1_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."fk_r1" AS a0_value
    FROM "t42_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('A'))
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT member_key FROM g1_a0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 43: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t42_E1" AS "E1"
    JOIN "t42_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."d" = DATE '2023-02-11'
),
g0_v0 AS (
    SELECT member_key, count(*) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= 1
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t42_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a1_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 43: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."fk_r1" AS a0_value
    FROM "t42_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ends_with(lower("P"."s"), lower('A'))
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value = CAST(-0.5 AS DOUBLE)
),
g1 AS (
    SELECT member_key FROM g1_a0
)
SELECT member_key
FROM g1

-- generated 44: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."n" IS NULL OR "P"."n" <> 2)
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."id" BETWEEN 1 AND 1
),
g1_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E1" AS "E1"
    JOIN "t43_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-21 12:00:00' AND TIMESTAMP '2025-02-27 23:59:59'
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 44: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."n" IS NULL OR "P"."n" <> 2)
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."id" BETWEEN 1 AND 1
),
g1_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E1" AS "E1"
    JOIN "t43_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-21 12:00:00' AND TIMESTAMP '2025-02-27 23:59:59'
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 44: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."n" IS NULL OR "P"."n" <> 2)
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."id" BETWEEN 1 AND 1
),
g1_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > 3
),
g1 AS (
    SELECT member_key FROM g1_a0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E1" AS "E1"
    JOIN "t43_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-21 12:00:00' AND TIMESTAMP '2025-02-27 23:59:59'
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    UNION
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 44: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ("P"."n" IS NULL OR "P"."n" <> 2)
)
SELECT member_key
FROM g0
-- generated 44: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value
    FROM "t43_E2" AS "E2"
    JOIN "t43_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."id" BETWEEN 1 AND 1
),
g1_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > 3
),
g1 AS (
    SELECT member_key FROM g1_a0
)
SELECT member_key
FROM g1
-- generated 44: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_E1" AS "E1"
    JOIN "t43_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" BETWEEN TIMESTAMP '2025-02-21 12:00:00' AND TIMESTAMP '2025-02-27 23:59:59'
)
SELECT member_key
FROM g2
-- generated 44: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t43_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
)
SELECT member_key
FROM g3

-- generated 45: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_E2" AS "E2"
    JOIN "t44_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t44_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (3))
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains("P"."fk_r1", 'k9')
            OR (
                ("P"."s" IS NOT NULL AND "P"."s" <> '')
                OR "P"."d" < DATE '2024-05-17'
                OR ("P"."s" IS NOT NULL AND "P"."s" <> '')
            )
            OR (
                "P"."n" IN (0)
                AND "P"."b" = FALSE
                AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 45: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_E2" AS "E2"
    JOIN "t44_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t44_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (3))
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains("P"."fk_r1", 'k9')
            OR (
                ("P"."s" IS NOT NULL AND "P"."s" <> '')
                OR "P"."d" < DATE '2024-05-17'
                OR ("P"."s" IS NOT NULL AND "P"."s" <> '')
            )
            OR (
                "P"."n" IN (0)
                AND "P"."b" = FALSE
                AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 45: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_E2" AS "E2"
    JOIN "t44_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t44_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (3))
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains("P"."fk_r1", 'k9')
            OR (
                ("P"."s" IS NOT NULL AND "P"."s" <> '')
                OR "P"."d" < DATE '2024-05-17'
                OR ("P"."s" IS NOT NULL AND "P"."s" <> '')
            )
            OR (
                "P"."n" IN (0)
                AND "P"."b" = FALSE
                AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '')
            )
        )
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 45: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_E2" AS "E2"
    JOIN "t44_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t44_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."n" IS NULL OR "P"."n" NOT IN (3))
)
SELECT member_key
FROM g0
-- generated 45: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t44_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND (
            contains("P"."fk_r1", 'k9')
            OR (
                ("P"."s" IS NOT NULL AND "P"."s" <> '')
                OR "P"."d" < DATE '2024-05-17'
                OR ("P"."s" IS NOT NULL AND "P"."s" <> '')
            )
            OR (
                "P"."n" IN (0)
                AND "P"."b" = FALSE
                AND ("P"."fk_r1" IS NULL OR "P"."fk_r1" = '')
            )
        )
)
SELECT member_key
FROM g1

-- generated 46: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t45_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_E2" AS "E2"
    JOIN "t45_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 1 DAY
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0
-- generated 46: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t45_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_E2" AS "E2"
    JOIN "t45_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 1 DAY
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT count(*) AS members
FROM g0
-- generated 46: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t45_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_E2" AS "E2"
    JOIN "t45_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 1 DAY
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 46: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t45_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_E2" AS "E2"
    JOIN "t45_P" AS "P" ON "E2"."id" = "P"."fk_r2"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t45_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
),
g0_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g0_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g0_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + INTERVAL 1 DAY
            AND b.event_row <> a.event_row
    )
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_s0
)
SELECT member_key
FROM g0

-- generated 47: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND contains("P"."s", '%')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2014-11-30 23:59:59' AND event_at < TIMESTAMP '2017-05-31 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2017-05-31 23:59:59') = 0
),
g2_base AS (
    SELECT member_key FROM g2_l0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 3
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_E1" AS "E1"
    JOIN "t46_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 47: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND contains("P"."s", '%')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2014-11-30 23:59:59' AND event_at < TIMESTAMP '2017-05-31 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2017-05-31 23:59:59') = 0
),
g2_base AS (
    SELECT member_key FROM g2_l0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 3
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_E1" AS "E1"
    JOIN "t46_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 47: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND contains("P"."s", '%')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2014-11-30 23:59:59' AND event_at < TIMESTAMP '2017-05-31 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2017-05-31 23:59:59') = 0
),
g2_base AS (
    SELECT member_key FROM g2_l0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 3
),
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_E1" AS "E1"
    JOIN "t46_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 47: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
)
SELECT member_key
FROM g0
-- generated 47: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND contains("P"."s", '%')
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND "P"."b" IS NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
            AND b.event_row <> a.event_row
    )
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_s0
)
SELECT member_key
FROM g1
-- generated 47: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."s" AS r_value
    FROM "t46_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t46_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND "P"."id" IS NOT NULL
        AND ("P"."t" >= TIMESTAMP '2024-04-01 00:00:00' AND "P"."t" < TIMESTAMP '2024-05-01 00:00:00')
        AND ("P"."id" IS NULL OR "P"."id" = '' OR "P"."id" <> 'K1')
        AND "P"."d" IS NOT NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2014-11-30 23:59:59' AND event_at < TIMESTAMP '2017-05-31 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2017-05-31 23:59:59') = 0
),
g2_base AS (
    SELECT member_key FROM g2_l0
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
            WHERE member_key IN (SELECT member_key FROM g2_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 3
)
SELECT member_key
FROM g2
-- generated 47: group 4 members
WITH
g3 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t46_E1" AS "E1"
    JOIN "t46_P" AS "P" ON "E1"."fk_r1" = "P"."id"
)
SELECT member_key
FROM g3

-- generated 48: members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1995-02-28 00:00:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1964-09-28 00:00:00' AND event_at < TIMESTAMP '1995-02-28 00:00:00') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1964-09-28 00:00:00') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ends_with("P"."s", ' ')
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r1" AS a1_value
    FROM "t47_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t47_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 3
),
g2_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value > 4
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."fk_r1" < 7
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <= 1
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 3
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 48: count
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1995-02-28 00:00:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1964-09-28 00:00:00' AND event_at < TIMESTAMP '1995-02-28 00:00:00') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1964-09-28 00:00:00') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ends_with("P"."s", ' ')
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r1" AS a1_value
    FROM "t47_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t47_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 3
),
g2_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value > 4
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."fk_r1" < 7
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <= 1
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 3
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 48: live
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1995-02-28 00:00:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1964-09-28 00:00:00' AND event_at < TIMESTAMP '1995-02-28 00:00:00') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1964-09-28 00:00:00') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ends_with("P"."s", ' ')
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r1" AS a1_value
    FROM "t47_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t47_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 3
),
g2_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value > 4
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."fk_r1" < 7
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <= 1
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 3
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 48: group 1 members
WITH
g0_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."t" AS event_at,
        "P".rowid AS event_row
    FROM "t47_E1" AS "E1"
    JOIN "t47_P" AS "P" ON "E1"."id" = "P"."fk_r1"
    WHERE
        "P"."t" <= TIMESTAMP '2025-02-28 00:00:00'
        AND "P"."id" IS NOT NULL
        AND "E1"."id" = -2
),
g0_l0 AS (
    SELECT member_key
    FROM g0_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '1995-02-28 00:00:00') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '1964-09-28 00:00:00' AND event_at < TIMESTAMP '1995-02-28 00:00:00') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '1964-09-28 00:00:00') > 0
),
g0 AS (
    SELECT member_key FROM g0_core
    INTERSECT
    SELECT member_key FROM g0_l0
)
SELECT member_key
FROM g0
-- generated 48: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        ends_with("P"."s", ' ')
)
SELECT member_key
FROM g1
-- generated 48: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."fk_r1" AS a1_value
    FROM "t47_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" IS NULL
),
g2_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t47_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT CAST(a0_value AS DATE)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g2_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g2_a0 AS (
    SELECT member_key
    FROM g2_v0
    WHERE value = 3
),
g2_v1 AS (
    SELECT member_key, sum(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g2_rows
    )
    GROUP BY member_key
),
g2_a1 AS (
    SELECT member_key
    FROM g2_v1
    WHERE value > 4
),
g2 AS (
    SELECT member_key FROM g2_a0
    INTERSECT
    SELECT member_key FROM g2_a1
)
SELECT member_key
FROM g2
-- generated 48: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS a0_row,
        "E2"."t" AS a0_value,
        "P".rowid AS a1_row,
        "P"."d" AS a1_value
    FROM "t47_E2" AS "E2"
    JOIN "t47_P" AS "P" ON "E2"."fk_r2" = "P"."id"
    WHERE
        "P"."fk_r1" < 7
),
g3_v0 AS (
    SELECT member_key, count(DISTINCT date_trunc('month', a0_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a0 AS (
    SELECT member_key
    FROM g3_v0
    WHERE value <= 1
),
g3_v1 AS (
    SELECT member_key, count(DISTINCT a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g3_rows
    )
    GROUP BY member_key
),
g3_a1 AS (
    SELECT member_key
    FROM g3_v1
    WHERE value < 3
),
g3 AS (
    SELECT member_key FROM g3_a0
    INTERSECT
    SELECT member_key FROM g3_a1
)
SELECT member_key
FROM g3

-- generated 49: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NOT NULL AND "P"."s" <> '')
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t48_E1" AS "E1"
    JOIN "t48_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-02-28 00:00:00'
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t48_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 49: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NOT NULL AND "P"."s" <> '')
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t48_E1" AS "E1"
    JOIN "t48_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-02-28 00:00:00'
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t48_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 49: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NOT NULL AND "P"."s" <> '')
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t48_E1" AS "E1"
    JOIN "t48_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-02-28 00:00:00'
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t48_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 49: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."d" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."s" IS NOT NULL AND "P"."s" <> '')
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
)
SELECT member_key
FROM g0
-- generated 49: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."t" AS r_value
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
)
SELECT member_key
FROM g1
-- generated 49: group 3 members
WITH
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t48_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("E1"."t" AS DATE) AS event_at,
        "E1".rowid AS event_row
    FROM "t48_E1" AS "E1"
    JOIN "t48_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2025-02-28 00:00:00'
),
g2_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t48_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-02-28'
        AND "P"."id" IS NOT NULL
),
g2_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g2_s0_a AS a
    WHERE EXISTS (
        SELECT 1
        FROM g2_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 30
    )
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_s0
)
SELECT member_key
FROM g2

-- generated 50: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."t" AS a1_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < CAST(2.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" < DATE '2024-12-06'
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-01-06'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" = DATE '2025-01-06'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 50: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."t" AS a1_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < CAST(2.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" < DATE '2024-12-06'
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-01-06'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" = DATE '2025-01-06'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 50: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."t" AS a1_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < CAST(2.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" < DATE '2024-12-06'
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-01-06'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" = DATE '2025-01-06'
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 50: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."t" AS a1_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_v0 AS (
    SELECT member_key, sum(CAST(a0_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < CAST(2.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT member_key, count(DISTINCT date_trunc('week', a1_value)) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value >= 0
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 50: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t49_E1" AS "E1"
    JOIN "t49_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."d" < DATE '2024-12-06'
),
g1_s0_a AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        CAST("P"."t" AS DATE) AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."t" <= TIMESTAMP '2025-01-06 09:30:00'
        AND "P"."id" IS NOT NULL
),
g1_s0_b AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t49_P" AS "P"
    WHERE
        "P"."d" <= DATE '2025-01-06'
        AND "P"."id" IS NOT NULL
),
g1_s0 AS (
    SELECT DISTINCT a.member_key
    FROM g1_s0_a AS a
    WHERE NOT EXISTS (
        SELECT 1
        FROM g1_s0_b AS b
        WHERE b.member_key = a.member_key
            AND b.event_at >= a.event_at
            AND b.event_at <= a.event_at + 1
            AND b.event_row <> a.event_row
    )
),
g1_base AS (
    SELECT member_key FROM g1_s0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, min(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 2
)
SELECT member_key
FROM g1
-- generated 50: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."d" = DATE '2025-01-06'
)
SELECT member_key
FROM g2
-- generated 50: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."id" AS r_value
    FROM "t49_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= 3
)
SELECT member_key
FROM g3

-- generated 51: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t50_E1" AS "E1"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."fk_r1" >= 1
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < 7
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN TIMESTAMP '2024-05-31 06:07:08' AND TIMESTAMP '2024-12-27 06:07:08'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-03-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2017-03-31' AND event_at < DATE '2024-03-31') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2017-03-31') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E3" AS "E3"
    JOIN "t50_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = 0
        AND "P"."n" >= 1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t50_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-01' THEN date_trunc('month', event_at) END) >= 3
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 51: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t50_E1" AS "E1"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."fk_r1" >= 1
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < 7
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN TIMESTAMP '2024-05-31 06:07:08' AND TIMESTAMP '2024-12-27 06:07:08'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-03-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2017-03-31' AND event_at < DATE '2024-03-31') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2017-03-31') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E3" AS "E3"
    JOIN "t50_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = 0
        AND "P"."n" >= 1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t50_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-01' THEN date_trunc('month', event_at) END) >= 3
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 51: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t50_E1" AS "E1"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."fk_r1" >= 1
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < 7
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN TIMESTAMP '2024-05-31 06:07:08' AND TIMESTAMP '2024-12-27 06:07:08'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-03-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2017-03-31' AND event_at < DATE '2024-03-31') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2017-03-31') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E3" AS "E3"
    JOIN "t50_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = 0
        AND "P"."n" >= 1
),
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t50_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-01' THEN date_trunc('month', event_at) END) >= 3
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
),
step1 AS (
    SELECT member_key FROM g0
    EXCEPT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    UNION
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    INTERSECT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 51: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."id" AS a0_value,
        "P".rowid AS a1_row,
        "P"."t" AS a1_value
    FROM "t50_E1" AS "E1"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."fk_r1" >= 1
),
g0_v0 AS (
    SELECT member_key, min(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value < 7
),
g0_v1 AS (
    SELECT member_key, max(a1_value) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value BETWEEN TIMESTAMP '2024-05-31 06:07:08' AND TIMESTAMP '2024-12-27 06:07:08'
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 51: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E2"."d" AS event_at,
        "E2".rowid AS event_row
    FROM "t50_E2" AS "E2"
    JOIN "t50_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."d" <= DATE '2024-05-31'
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-03-31') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2017-03-31' AND event_at < DATE '2024-03-31') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2017-03-31') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
)
SELECT member_key
FROM g1
-- generated 51: group 3 members
WITH
g2 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_E3" AS "E3"
    JOIN "t50_E1" AS "E1" ON "E3"."fk_r3" = "E1"."id"
    JOIN "t50_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" = 0
        AND "P"."n" >= 1
)
SELECT member_key
FROM g2
-- generated 51: group 4 members
WITH
g3_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t50_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t50_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."n" IN (CAST(2.5 AS DOUBLE), 7)
        AND "P"."b" IS NULL
),
g3_l0 AS (
    SELECT member_key
    FROM g3_l0_e
    GROUP BY member_key
    HAVING count(DISTINCT CASE WHEN event_at >= DATE '2024-03-01' THEN date_trunc('month', event_at) END) >= 3
),
g3 AS (
    SELECT member_key FROM g3_core
    INTERSECT
    SELECT member_key FROM g3_l0
)
SELECT member_key
FROM g3

-- generated 52: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."id" AS a1_value
    FROM "t51_E1" AS "E1"
    JOIN "t51_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" > CAST(-0.5 AS DOUBLE)
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t51_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 2
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value = 7
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 52: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."id" AS a1_value
    FROM "t51_E1" AS "E1"
    JOIN "t51_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" > CAST(-0.5 AS DOUBLE)
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t51_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 2
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value = 7
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT count(*) AS members
FROM g0
-- generated 52: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."id" AS a1_value
    FROM "t51_E1" AS "E1"
    JOIN "t51_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" > CAST(-0.5 AS DOUBLE)
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t51_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 2
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value = 7
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 52: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."d" AS a0_value,
        "P".rowid AS a1_row,
        "P"."id" AS a1_value
    FROM "t51_E1" AS "E1"
    JOIN "t51_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."n" > CAST(-0.5 AS DOUBLE)
),
g0_v0 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t51_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT date_trunc('week', a0_value)) AS value
        FROM (
            SELECT DISTINCT member_key, a0_row, a0_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value <> 2
),
g0_v1 AS (
    SELECT member_key, avg(CAST(a1_value AS DECIMAL(38, 9))) AS value
    FROM (
        SELECT DISTINCT member_key, a1_row, a1_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value = 7
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0

-- generated 53: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t52_E1" AS "E1"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("P"."s"), lower('x'))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= CAST(-0.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t52_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t52_E2" AS "E2"
    JOIN "t52_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."b" = TRUE
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 53: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t52_E1" AS "E1"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("P"."s"), lower('x'))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= CAST(-0.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t52_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t52_E2" AS "E2"
    JOIN "t52_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."b" = TRUE
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 53: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t52_E1" AS "E1"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("P"."s"), lower('x'))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= CAST(-0.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t52_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t52_E2" AS "E2"
    JOIN "t52_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."b" = TRUE
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 53: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."n" AS a0_value,
        "E1".rowid AS a1_row,
        "E1"."id" AS a1_value
    FROM "t52_E1" AS "E1"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        starts_with(lower("P"."s"), lower('x'))
),
g0_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g0_rows
    )
    GROUP BY member_key
),
g0_a0 AS (
    SELECT member_key
    FROM g0_v0
    WHERE value >= CAST(-0.5 AS DOUBLE)
),
g0_v1 AS (
    SELECT DISTINCT "P"."id" AS member_key, coalesce(counted.value, 0) AS value
    FROM "t52_P" AS "P"
    LEFT JOIN (
        SELECT member_key, count(DISTINCT a1_value) AS value
        FROM (
            SELECT DISTINCT member_key, a1_row, a1_value
            FROM g0_rows
        )
        GROUP BY member_key
    ) AS counted ON counted.member_key = "P"."id"
    WHERE "P"."id" IS NOT NULL
),
g0_a1 AS (
    SELECT member_key
    FROM g0_v1
    WHERE value > 1
),
g0 AS (
    SELECT member_key FROM g0_a0
    INTERSECT
    SELECT member_key FROM g0_a1
)
SELECT member_key
FROM g0
-- generated 53: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t52_E2" AS "E2"
    JOIN "t52_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t52_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."b" = TRUE
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 1
)
SELECT member_key
FROM g1

-- generated 54: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" > TIMESTAMP '2024-05-02 00:00:00'
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t53_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2023-06-01') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2021-06-01' AND event_at < DATE '2023-06-01') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2021-06-01') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 54: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" > TIMESTAMP '2024-05-02 00:00:00'
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t53_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2023-06-01') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2021-06-01' AND event_at < DATE '2023-06-01') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2021-06-01') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 54: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" > TIMESTAMP '2024-05-02 00:00:00'
),
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t53_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2023-06-01') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2021-06-01' AND event_at < DATE '2023-06-01') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2021-06-01') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 54: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" > TIMESTAMP '2024-05-02 00:00:00'
)
SELECT member_key
FROM g0
-- generated 54: group 2 members
WITH
g1_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t53_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t53_P" AS "P"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."id" IS NOT NULL
        AND "P"."b" = TRUE
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2023-06-01') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2021-06-01' AND event_at < DATE '2023-06-01') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2021-06-01') > 0
),
g1 AS (
    SELECT member_key FROM g1_core
    INTERSECT
    SELECT member_key FROM g1_l0
)
SELECT member_key
FROM g1

-- generated 55: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t54_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT member_key
FROM g0
-- generated 55: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t54_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT count(*) AS members
FROM g0
-- generated 55: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t54_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 55: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t54_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= (ranked * 1 + 99) // 100
)
SELECT member_key
FROM g0

-- generated 56: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t55_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('Ab%')))
)
SELECT member_key
FROM g0
-- generated 56: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t55_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('Ab%')))
)
SELECT count(*) AS members
FROM g0
-- generated 56: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t55_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('Ab%')))
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 56: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t55_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."t" IS NULL
        AND ("P"."s" IS NULL OR "P"."s" = '' OR lower("P"."s") NOT IN (lower('Ab%')))
)
SELECT member_key
FROM g0

-- generated 57: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."id" IS NOT NULL AND "E1"."id" <> '')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
        OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
        OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND (
            ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
            OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
            OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2023-06-01 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2021-06-01 23:59:59' AND event_at < TIMESTAMP '2023-06-01 23:59:59') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '2021-06-01 23:59:59') > 0
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT member_key
FROM step1
-- generated 57: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."id" IS NOT NULL AND "E1"."id" <> '')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
        OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
        OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND (
            ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
            OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
            OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2023-06-01 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2021-06-01 23:59:59' AND event_at < TIMESTAMP '2023-06-01 23:59:59') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '2021-06-01 23:59:59') > 0
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT count(*) AS members
FROM step1
-- generated 57: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."id" IS NOT NULL AND "E1"."id" <> '')
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
        OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
        OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND (
            ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
            OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
            OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2023-06-01 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2021-06-01 23:59:59' AND event_at < TIMESTAMP '2023-06-01 23:59:59') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '2021-06-01 23:59:59') > 0
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
)
SELECT
    (SELECT count(*) FROM step1) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1
-- generated 57: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."id" IS NOT NULL AND "E1"."id" <> '')
)
SELECT member_key
FROM g0
-- generated 57: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
        OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
        OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
),
g1_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "E1"."t" AS event_at,
        "E1".rowid AS event_row
    FROM "t56_E1" AS "E1"
    JOIN "t56_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E1"."t" <= TIMESTAMP '2024-05-31 23:59:59'
        AND (
            ("E1"."fk_r1" IS NULL OR "E1"."fk_r1" = '')
            OR ("P"."fk_r2" IS NULL OR "P"."fk_r2" = '')
            OR ("P"."id" IS NULL OR "P"."id" = '' OR lower("P"."id") <> lower('k'))
        )
),
g1_l0 AS (
    SELECT member_key
    FROM g1_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= TIMESTAMP '2023-06-01 23:59:59') > 0
        AND count(*) FILTER (WHERE event_at >= TIMESTAMP '2021-06-01 23:59:59' AND event_at < TIMESTAMP '2023-06-01 23:59:59') = 0
        AND count(*) FILTER (WHERE event_at < TIMESTAMP '2021-06-01 23:59:59') > 0
),
g1_base AS (
    SELECT member_key FROM g1_l0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, sum(CAST(r_value AS DECIMAL(38, 9))) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g1

-- generated 58: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (CAST(2.5 AS DOUBLE), 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > TIMESTAMP '2024-06-30 06:07:09'
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 3
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t57_E2" AS "E2"
    JOIN "t57_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t57_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" IS NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT member_key
FROM step2
-- generated 58: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (CAST(2.5 AS DOUBLE), 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > TIMESTAMP '2024-06-30 06:07:09'
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 3
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t57_E2" AS "E2"
    JOIN "t57_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t57_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" IS NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT count(*) AS members
FROM step2
-- generated 58: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (CAST(2.5 AS DOUBLE), 3))
),
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > TIMESTAMP '2024-06-30 06:07:09'
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 3
),
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t57_E2" AS "E2"
    JOIN "t57_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t57_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" IS NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 2
),
step1 AS (
    SELECT member_key FROM g0
    UNION
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
)
SELECT
    (SELECT count(*) FROM step2) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2
-- generated 58: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND ("P"."id" IS NULL OR "P"."id" NOT IN (CAST(2.5 AS DOUBLE), 3))
)
SELECT member_key
FROM g0
-- generated 58: group 2 members
WITH
g1_rows AS (
    SELECT
        "P"."id" AS member_key,
        "P".rowid AS a0_row,
        "P"."t" AS a0_value,
        "P".rowid AS r_row,
        "P"."n" AS r_value
    FROM "t57_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
        AND "P"."n" IS NULL
),
g1_v0 AS (
    SELECT member_key, max(a0_value) AS value
    FROM (
        SELECT DISTINCT member_key, a0_row, a0_value
        FROM g1_rows
    )
    GROUP BY member_key
),
g1_a0 AS (
    SELECT member_key
    FROM g1_v0
    WHERE value > TIMESTAMP '2024-06-30 06:07:09'
),
g1_base AS (
    SELECT member_key FROM g1_a0
),
g1_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g1_rows
            WHERE member_key IN (SELECT member_key FROM g1_base)
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g1 AS (
    SELECT member_key
    FROM g1_rank
    WHERE position <= 3
)
SELECT member_key
FROM g1
-- generated 58: group 3 members
WITH
g2_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row,
        "E1"."n" AS r_value
    FROM "t57_E2" AS "E2"
    JOIN "t57_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t57_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" IS NULL
),
g2_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, max(r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g2_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g2 AS (
    SELECT member_key
    FROM g2_rank
    WHERE position <= 2
)
SELECT member_key
FROM g2

-- generated 59: members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t58_E2" AS "E2"
    JOIN "t58_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t58_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."n" BETWEEN -2 AND 2
)
SELECT member_key
FROM g0
-- generated 59: count
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t58_E2" AS "E2"
    JOIN "t58_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t58_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."n" BETWEEN -2 AND 2
)
SELECT count(*) AS members
FROM g0
-- generated 59: live
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t58_E2" AS "E2"
    JOIN "t58_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t58_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."n" BETWEEN -2 AND 2
)
SELECT
    (SELECT count(*) FROM g0) AS members,
    (SELECT count(*) FROM g0) AS g0
-- generated 59: group 1 members
WITH
g0 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t58_E2" AS "E2"
    JOIN "t58_E1" AS "E1" ON "E2"."fk_r2" = "E1"."id"
    JOIN "t58_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "E2"."n" BETWEEN -2 AND 2
)
SELECT member_key
FROM g0

-- generated 60: members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" IS NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."t" IS NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-04-30') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-01-31' AND event_at < DATE '2024-04-30') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2024-01-31') > 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS r_row,
        "E2"."s" AS r_value
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT member_key
FROM step3
-- generated 60: count
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" IS NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."t" IS NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-04-30') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-01-31' AND event_at < DATE '2024-04-30') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2024-01-31') > 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS r_row,
        "E2"."s" AS r_value
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT count(*) AS members
FROM step3
-- generated 60: live
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
),
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
),
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" IS NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."t" IS NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-04-30') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-01-31' AND event_at < DATE '2024-04-30') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2024-01-31') > 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
),
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS r_row,
        "E2"."s" AS r_value
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 10 + 99) // 100
),
step1 AS (
    SELECT member_key FROM g0
    INTERSECT
    SELECT member_key FROM g1
),
step2 AS (
    SELECT member_key FROM step1
    INTERSECT
    SELECT member_key FROM g2
),
step3 AS (
    SELECT member_key FROM step2
    EXCEPT
    SELECT member_key FROM g3
)
SELECT
    (SELECT count(*) FROM step3) AS members,
    (SELECT count(*) FROM g0) AS g0,
    (SELECT count(*) FROM g1) AS g1,
    (SELECT count(*) FROM g2) AS g2,
    (SELECT count(*) FROM g3) AS g3
-- generated 60: group 1 members
WITH
g0_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E1".rowid AS r_row
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g0_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value DESC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(*) AS value
        FROM (
            SELECT DISTINCT member_key, r_row
            FROM g0_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g0 AS (
    SELECT member_key
    FROM g0_rank
    WHERE position <= 1
)
SELECT member_key
FROM g0
-- generated 60: group 2 members
WITH
g1 AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_P" AS "P"
    WHERE
        "P"."id" IS NOT NULL
)
SELECT member_key
FROM g1
-- generated 60: group 3 members
WITH
g2_core AS (
    SELECT DISTINCT "P"."id" AS member_key
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."t" IS NULL
),
g2_l0_e AS (
    SELECT DISTINCT
        "P"."id" AS member_key,
        "P"."d" AS event_at,
        "P".rowid AS event_row
    FROM "t59_E1" AS "E1"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
    WHERE
        "P"."d" <= DATE '2024-05-31'
        AND "P"."t" IS NULL
),
g2_l0 AS (
    SELECT member_key
    FROM g2_l0_e
    GROUP BY member_key
    HAVING count(*) FILTER (WHERE event_at >= DATE '2024-04-30') > 0
        AND count(*) FILTER (WHERE event_at >= DATE '2024-01-31' AND event_at < DATE '2024-04-30') = 0
        AND count(*) FILTER (WHERE event_at < DATE '2024-01-31') > 0
),
g2 AS (
    SELECT member_key FROM g2_core
    INTERSECT
    SELECT member_key FROM g2_l0
)
SELECT member_key
FROM g2
-- generated 60: group 4 members
WITH
g3_rows AS (
    SELECT
        "P"."id" AS member_key,
        "E2".rowid AS r_row,
        "E2"."s" AS r_value
    FROM "t59_E2" AS "E2"
    JOIN "t59_E1" AS "E1" ON "E2"."id" = "E1"."fk_r2"
    JOIN "t59_P" AS "P" ON "E1"."fk_r1" = "P"."id"
),
g3_rank AS (
    SELECT
        member_key,
        row_number() OVER (ORDER BY value ASC, member_key ASC) AS position,
        count(*) OVER () AS ranked
    FROM (
        SELECT member_key, count(DISTINCT r_value) AS value
        FROM (
            SELECT DISTINCT member_key, r_row, r_value
            FROM g3_rows
        )
        GROUP BY member_key
    )
    WHERE value IS NOT NULL
),
g3 AS (
    SELECT member_key
    FROM g3_rank
    WHERE position <= (ranked * 10 + 99) // 100
)
SELECT member_key
FROM g3
