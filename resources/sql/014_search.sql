-- 014: search at a million products (issue 16, docs/search.md).
--
-- Before 014 a search filtered product.search_text with one LIKE per word (trigram GIN) and ranked every
-- match by word_similarity: on a catalogue whose names repeat a few words, "shirt" matches 50,000 products
-- of 1,000,000 and ranking them all took about a second. Now:
--
-- * search_posting is an inverted word index kept in rank order: (word, rank) -> product. A product's
--   rank is fixed (shorter names first, then older products), so "the first 20 products holding this
--   word" is an index range scan that stops after 20 rows, whatever the word's frequency.
-- * What someone typed is resolved against the dictionary of distinct words (search_word, a few
--   thousand rows, not a million): whole word, prefix, substring, else a near miss (same letters but
--   for Thai tone marks, else the closest word by trigram similarity), plus owner-edited synonyms.
--   Each dictionary word found brings at most `limit` postings; the merge is a few hundred rows.
-- * Exact SKU first, then SKUs that begin with what was typed. Other words the dictionary does not hold
--   (numbers) still match as substrings of search_text through its trigram index, as before.
-- * Triggers on product keep search_posting right in the same transaction as the edit.
--
-- Ranking (tier, then rank): 0 exact SKU, 1 whole word, 2 near miss (typo corrected), 3 prefix (a word
-- or a SKU), 4 substring of a word, 5 substring of search_text; a synonym's matches come after the typed
-- word's own: 11, 13, 14.
--
-- THE RULE (docs/roles.md): tables in backroom_data, a read-only view, SECURITY DEFINER entry points with
-- a fixed search_path, EXECUTE per job role, all in this file.
-- SQLSTATEs: 22023 a synonym that is empty, too long, holds a space, or names the word itself.

-- Thai tone marks (and mai taikhu, thanthakhat) removed: a word typed with one wrong, missing or extra tone
-- mark has the same skeleton as the right one.
CREATE FUNCTION backroom_data.search_skeleton(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT translate(t, U&'\0E47\0E48\0E49\0E4A\0E4B\0E4C', '')
$$;

CREATE FUNCTION backroom_data.search_like_escape(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT replace(replace(replace(t, '\', '\\'), '%', '\%'), '_', '\_')
$$;

-- A product's place among the products holding the same word: shorter names first (the word is more of
-- what the product is), then older products. Unique per product, so it also identifies it.
CREATE FUNCTION backroom_data.search_rank(p_id bigint, p_name text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog AS $$
    SELECT least(length(p_name), 9000)::bigint * 1000000000000 + p_id
$$;

ALTER TABLE backroom_data.search_word
    ADD COLUMN skeleton text GENERATED ALWAYS AS (backroom_data.search_skeleton(word)) STORED;
CREATE INDEX search_word_skeleton ON backroom_data.search_word (skeleton);

-- The inverted index: the words of search_words_of(search_text), one row per (word, product).
CREATE TABLE backroom_data.search_posting (
    word       text NOT NULL,
    rank       bigint NOT NULL,
    product_id bigint NOT NULL,
    PRIMARY KEY (word, rank) INCLUDE (product_id)
);
-- A product's own words: re-indexing it, and checking the other words of a query against a candidate.
CREATE INDEX search_posting_product ON backroom_data.search_posting (product_id, word);

-- Exact and prefix SKU matches, whatever the case typed. Collation "C" (code point order): the SKUs that
-- begin with q are the range [q, q || U+10FFFF), even in a generic plan, and ORDER BY walks the index, so
-- the first 20 SKUs beginning with "sun" are read, not all 50,000 sorted.
CREATE INDEX product_sku_lower ON backroom_data.product ((lower(sku) COLLATE "C"));

CREATE FUNCTION backroom_data.search_posting_add() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    INSERT INTO backroom_data.search_posting (word, rank, product_id)
    SELECT w, search_rank(n.id, n.name), n.id FROM new_rows n, search_words_of(n.search_text) w;
    RETURN NULL;
END $$;

-- Any UPDATE fires it (transition tables allow no column list); only rows whose words or name changed
-- are re-indexed.
CREATE FUNCTION backroom_data.search_posting_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    DELETE FROM backroom_data.search_posting sp USING new_rows n JOIN old_rows o ON o.id = n.id
     WHERE sp.product_id = n.id AND (o.search_text IS DISTINCT FROM n.search_text OR o.name IS DISTINCT FROM n.name);
    INSERT INTO backroom_data.search_posting (word, rank, product_id)
    SELECT w, search_rank(n.id, n.name), n.id
      FROM new_rows n JOIN old_rows o ON o.id = n.id, search_words_of(n.search_text) w
     WHERE o.search_text IS DISTINCT FROM n.search_text OR o.name IS DISTINCT FROM n.name;
    RETURN NULL;
END $$;

CREATE FUNCTION backroom_data.search_posting_remove() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
BEGIN
    DELETE FROM backroom_data.search_posting sp USING old_rows o WHERE sp.product_id = o.id;
    RETURN NULL;
END $$;

CREATE TRIGGER search_posting_insert AFTER INSERT ON backroom_data.product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_data.search_posting_add();
CREATE TRIGGER search_posting_update AFTER UPDATE ON backroom_data.product
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_data.search_posting_change();
CREATE TRIGGER search_posting_delete AFTER DELETE ON backroom_data.product REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION backroom_data.search_posting_remove();

INSERT INTO backroom_data.search_posting (word, rank, product_id)
SELECT w, backroom_data.search_rank(p.id, p.name), p.id
  FROM backroom_data.product p, backroom_data.search_words_of(p.search_text) w;
-- The dictionary may hold words of products deleted before 014: harmless (they find nothing), kept.

-- Synonyms the owner edits: one row per pair, searched both ways ("shirt" finds เสื้อ and back).
CREATE TABLE backroom_data.search_synonym (
    word     text NOT NULL,
    synonym  text NOT NULL,
    added_by text NOT NULL DEFAULT session_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (word, synonym),
    CONSTRAINT search_synonym_once CHECK (word < synonym),
    CONSTRAINT search_synonym_words CHECK (word = lower(btrim(word)) AND synonym = lower(btrim(synonym))
        AND word <> '' AND word !~ '\s' AND length(word) <= 100
        AND synonym <> '' AND synonym !~ '\s' AND length(synonym) <= 100)
);
CREATE INDEX search_synonym_reverse ON backroom_data.search_synonym (synonym, word);
CREATE VIEW search_synonym AS SELECT * FROM backroom_data.search_synonym;

CREATE FUNCTION backroom_data.search_synonym_pair(p_word text, p_synonym text, OUT a text, OUT b text)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    x text := lower(btrim(coalesce(p_word, '')));
    y text := lower(btrim(coalesce(p_synonym, '')));
BEGIN
    IF x = '' OR y = '' OR x ~ '\s' OR y ~ '\s' OR length(x) > 100 OR length(y) > 100 THEN
        RAISE EXCEPTION 'A synonym pair is two single words of 1 to 100 characters, got "%" and "%"', x, y
            USING ERRCODE = '22023';
    END IF;
    IF x = y THEN
        RAISE EXCEPTION 'A word is not a synonym of itself: "%"', x USING ERRCODE = '22023';
    END IF;
    a := least(x, y);
    b := greatest(x, y);
END $$;

-- True when the pair is new.
CREATE FUNCTION search_synonym_add(p_word text, p_synonym text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    pair record;
BEGIN
    pair := search_synonym_pair(p_word, p_synonym);
    INSERT INTO backroom_data.search_synonym (word, synonym) VALUES (pair.a, pair.b) ON CONFLICT DO NOTHING;
    RETURN FOUND;
END $$;

-- True when the pair was there.
CREATE FUNCTION search_synonym_remove(p_word text, p_synonym text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
DECLARE
    pair record;
BEGIN
    pair := search_synonym_pair(p_word, p_synonym);
    DELETE FROM backroom_data.search_synonym WHERE word = pair.a AND synonym = pair.b;
    RETURN FOUND;
END $$;

-- The dictionary words one typed word stands for, with their tier: whole word 1, prefix 3, substring 4;
-- when none, and the word has no synonym, a near miss (2): the same word but for Thai tone marks, else the
-- closest word by trigram similarity (>= 0.2). A synonym's words come 10 tiers later and are never corrected.
CREATE FUNCTION backroom_data.search_expand(p_word text, p_synonym boolean)
RETURNS TABLE (word text, tier integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    found_words integer;
    later integer := CASE WHEN p_synonym THEN 10 ELSE 0 END;
BEGIN
    RETURN QUERY
    SELECT s.word, (CASE WHEN s.word = p_word THEN 1
                         WHEN left(s.word, length(p_word)) = p_word THEN 3 ELSE 4 END) + later
      FROM backroom_data.search_word s
     WHERE s.word LIKE '%' || search_like_escape(p_word) || '%'
     ORDER BY 2, length(s.word), s.word LIMIT 32;
    GET DIAGNOSTICS found_words = ROW_COUNT;
    -- No correction when the owner gave the word a synonym: "bag" means กระเป๋า, not the closest "black".
    IF found_words > 0 OR p_synonym OR length(p_word) < 3
       OR EXISTS (SELECT 1 FROM backroom_data.search_synonym s WHERE s.word = p_word OR s.synonym = p_word) THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT s.word, 2 FROM backroom_data.search_word s
     WHERE s.skeleton = search_skeleton(p_word) ORDER BY s.word LIMIT 4;
    GET DIAGNOSTICS found_words = ROW_COUNT;
    IF found_words > 0 THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT s.word, 2 FROM backroom_data.search_word s
     WHERE similarity(s.word, p_word) >= 0.2 ORDER BY s.word <-> p_word, s.word LIMIT 1;
END $$;

-- A typed word with its synonyms, each expanded; a word met twice keeps its best tier. plpgsql, not sql:
-- its statements are planned once per session, not on every call.
CREATE FUNCTION backroom_data.search_expand_with_synonyms(p_word text)
RETURNS TABLE (word text, tier integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    own_words text[];
    own_tiers integer[];
BEGIN
    SELECT array_agg(e.word), array_agg(e.tier) INTO own_words, own_tiers FROM search_expand(p_word, false) e;
    RETURN QUERY
    WITH own AS (SELECT * FROM unnest(own_words, own_tiers) o(word, tier)),
    synonyms AS (
        SELECT s.synonym AS word FROM backroom_data.search_synonym s
         WHERE s.word = p_word OR s.word IN (SELECT o.word FROM own o WHERE o.tier <= 2)
        UNION
        SELECT s.word FROM backroom_data.search_synonym s
         WHERE s.synonym = p_word OR s.synonym IN (SELECT o.word FROM own o WHERE o.tier <= 2)),
    every AS (
        SELECT o.word, o.tier FROM own o
        UNION ALL
        SELECT e.word, e.tier FROM synonyms y CROSS JOIN LATERAL search_expand(y.word, true) e)
    SELECT e.word, min(e.tier)::integer FROM every e GROUP BY e.word ORDER BY 2, 1 LIMIT 64;
END $$;

-- Products matching every word of p_query, best first (tier, then rank), at most p_limit of them
-- (NULL: all of them, for the stock screen's filter). Words are split at white space, at most 8.
-- The longest word the dictionary knows drives the scan (its postings, in rank order, stop at p_limit);
-- each other word is checked on the candidate's own postings, or as a substring of its search_text.
CREATE FUNCTION search_products(p_query text, p_limit integer DEFAULT 20)
RETURNS TABLE (product_id bigint, tier integer, rank bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, backroom_data, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    q           text := lower(btrim(coalesce(p_query, '')));
    typed       text[];
    driver      text;
    v_words     text[] := '{}';   -- the driver's dictionary words and their tiers
    v_tiers     integer[] := '{}';
    f_words     text[] := '{}';   -- the other words' dictionary words, by group (one group per typed word)
    f_groups    integer[] := '{}';
    n_groups    integer := 0;
    likes       text[] := '{}';   -- typed words the dictionary cannot answer: substrings of search_text
    sku_prefix  boolean;
    w           text;
    e_words     text[];
    e_tiers     integer[];
    fallback    text;
BEGIN
    IF q = '' THEN
        RETURN;
    END IF;
    typed := ARRAY(SELECT DISTINCT x FROM regexp_split_to_table(q, '\s+') x WHERE x <> '' LIMIT 8);
    sku_prefix := cardinality(typed) = 1 AND length(q) >= 3;
    FOREACH w IN ARRAY typed LOOP
        e_words := NULL;
        IF w !~ '[0-9]' THEN
            SELECT array_agg(x.word ORDER BY x.tier, x.word), array_agg(x.tier ORDER BY x.tier, x.word)
              INTO e_words, e_tiers FROM search_expand_with_synonyms(w) x;
        END IF;
        IF e_words IS NULL THEN
            likes := likes || ('%' || search_like_escape(w) || '%');
            CONTINUE;
        END IF;
        IF driver IS NOT NULL AND length(w) <= length(driver) THEN
            n_groups := n_groups + 1;
            f_words := f_words || e_words;
            f_groups := f_groups || array_fill(n_groups, ARRAY[cardinality(e_words)]);
            CONTINUE;
        END IF;
        IF driver IS NOT NULL THEN   -- a longer word drives; the previous driver becomes a check
            n_groups := n_groups + 1;
            f_words := f_words || v_words;
            f_groups := f_groups || array_fill(n_groups, ARRAY[cardinality(v_words)]);
        END IF;
        driver := w;
        v_words := e_words;
        v_tiers := e_tiers;
    END LOOP;

    IF driver IS NULL AND sku_prefix
       AND EXISTS (SELECT 1 FROM product p
                    WHERE lower(p.sku) COLLATE "C" >= q AND lower(p.sku) COLLATE "C" < q || U&'\+10FFFF') THEN
        -- A SKU or the start of one: that product, then the SKUs it begins (no substring scan of search_text,
        -- whose trigrams "000", "-00" are in every product).
        RETURN QUERY
        SELECT m.product_id, min(m.tier)::integer, min(m.rank) FROM (
            SELECT p.id AS product_id, 0 AS tier, search_rank(p.id, p.name) AS rank FROM product p WHERE lower(p.sku) COLLATE "C" = q
            UNION ALL
            (SELECT p.id, 3, search_rank(p.id, p.name) FROM product p
              WHERE lower(p.sku) COLLATE "C" >= q AND lower(p.sku) COLLATE "C" < q || U&'\+10FFFF' ORDER BY lower(p.sku) COLLATE "C" LIMIT p_limit)
        ) m GROUP BY m.product_id ORDER BY 2, 3 LIMIT p_limit;
        RETURN;
    END IF;
    IF driver IS NULL THEN
        -- No word the dictionary knows: substrings of search_text through its trigram index (one LIKE per
        -- word, written out so that the planner can use the index), as before migration 014.
        SELECT string_agg(format('p.search_text LIKE %L', l), ' AND ') INTO fallback FROM unnest(likes) l;
        RETURN QUERY EXECUTE format(
            'SELECT m.product_id, min(m.tier)::integer, min(m.rank) FROM ('
            '  SELECT p.id AS product_id, 0 AS tier, search_rank(p.id, p.name) AS rank FROM product p WHERE lower(p.sku) COLLATE "C" = $1'
            '  UNION ALL'
            '  (SELECT p.id, 3, search_rank(p.id, p.name) FROM product p'
            '    WHERE $3 AND lower(p.sku) COLLATE "C" >= $1 AND lower(p.sku) COLLATE "C" < $1 || U&''\+10FFFF'' ORDER BY lower(p.sku) COLLATE "C" LIMIT $2)'
            '  UNION ALL'
            '  (SELECT p.id, 5, search_rank(p.id, p.name) FROM product p WHERE %s ORDER BY p.id LIMIT $2)'
            ') m GROUP BY m.product_id ORDER BY 2, 3 LIMIT $2', fallback)
        USING q, p_limit, sku_prefix;
        RETURN;
    END IF;

    IF p_limit IS NULL THEN
        -- Every match (the stock screen's filter): sets joined by hash instead of a check per candidate.
        RETURN QUERY
        WITH candidate AS (
            SELECT sp.product_id, min(d.tier) AS tier, min(sp.rank) AS rank
              FROM unnest(v_words, v_tiers) d(word, tier)
              JOIN backroom_data.search_posting sp ON sp.word = d.word
             GROUP BY sp.product_id),
        other_words AS (
            SELECT o.product_id, count(DISTINCT f.grp) AS groups
              FROM unnest(f_words, f_groups) f(word, grp)
              JOIN backroom_data.search_posting o ON o.word = f.word
             GROUP BY o.product_id)
        SELECT m.product_id, min(m.tier)::integer, min(m.rank) FROM (
            SELECT p.id AS product_id, 0 AS tier, search_rank(p.id, p.name) AS rank FROM product p WHERE lower(p.sku) COLLATE "C" = q
            UNION ALL
            SELECT p.id, 3, search_rank(p.id, p.name) FROM product p
             WHERE sku_prefix AND lower(p.sku) COLLATE "C" >= q AND lower(p.sku) COLLATE "C" < q || U&'\+10FFFF'
            UNION ALL
            SELECT c.product_id, c.tier, c.rank FROM candidate c
             WHERE (n_groups = 0 OR c.product_id IN (SELECT w.product_id FROM other_words w WHERE w.groups = n_groups))
               AND (cardinality(likes) = 0
                    OR EXISTS (SELECT 1 FROM backroom_data.product p
                                WHERE p.id = c.product_id AND p.search_text LIKE ALL (likes)))
        ) m GROUP BY m.product_id;
        RETURN;
    END IF;

    RETURN QUERY
    SELECT m.product_id, min(m.tier)::integer, min(m.rank) FROM (
        SELECT p.id AS product_id, 0 AS tier, search_rank(p.id, p.name) AS rank FROM product p WHERE lower(p.sku) COLLATE "C" = q
        UNION ALL
        (SELECT p.id, 3, search_rank(p.id, p.name) FROM product p
          WHERE sku_prefix AND lower(p.sku) COLLATE "C" >= q AND lower(p.sku) COLLATE "C" < q || U&'\+10FFFF' ORDER BY lower(p.sku) COLLATE "C" LIMIT p_limit)
        UNION ALL
        SELECT hit.product_id, hit.tier, hit.rank
          FROM unnest(v_words, v_tiers) d(word, tier)
          CROSS JOIN LATERAL (
              SELECT sp.product_id, d.tier, sp.rank FROM backroom_data.search_posting sp
               WHERE sp.word = d.word
                 AND (n_groups = 0
                      OR (SELECT count(DISTINCT f.grp) FROM backroom_data.search_posting o
                            JOIN unnest(f_words, f_groups) f(word, grp) ON o.word = f.word
                           WHERE o.product_id = sp.product_id) = n_groups)
                 AND (cardinality(likes) = 0
                      OR EXISTS (SELECT 1 FROM backroom_data.product p
                                  WHERE p.id = sp.product_id AND p.search_text LIKE ALL (likes)))
               ORDER BY sp.rank LIMIT p_limit) hit
    ) m GROUP BY m.product_id ORDER BY 2, 3 LIMIT p_limit;
END $$;

REVOKE EXECUTE ON FUNCTION search_synonym_add(text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION search_synonym_remove(text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION search_products(text, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_skeleton(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_like_escape(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_rank(bigint, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_posting_add() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_posting_change() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_posting_remove() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_synonym_pair(text, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_expand(text, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION backroom_data.search_expand_with_synonyms(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_products(text, integer)
    TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
GRANT EXECUTE ON FUNCTION search_synonym_add(text, text) TO backroom_owner;
GRANT EXECUTE ON FUNCTION search_synonym_remove(text, text) TO backroom_owner;
GRANT SELECT ON search_synonym TO backroom_staff, backroom_warehouse, backroom_owner, backroom_store;
