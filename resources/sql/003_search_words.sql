-- 003: a dictionary of the words in product names, and search_patterns(), which turns a search into
-- LIKE patterns with typos corrected against that dictionary (see core/inventory/search.h).
CREATE TABLE search_word (word text PRIMARY KEY);
CREATE INDEX search_word_trgm ON search_word USING gist (word gist_trgm_ops);

-- Words people search by: letters only (SKUs and numbers are matched as substrings, not corrected).
CREATE FUNCTION search_words_of(t text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w FROM regexp_split_to_table(t, '\s+') w WHERE length(w) >= 3 AND w !~ '[0-9]'
$$;

CREATE FUNCTION search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM new_rows, search_words_of(new_rows.search_text) w
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER search_word_collect_insert AFTER INSERT ON product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect();
CREATE TRIGGER search_word_collect_update AFTER UPDATE ON product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect();
INSERT INTO search_word SELECT DISTINCT w FROM product, search_words_of(search_text) w ON CONFLICT DO NOTHING;

-- Turns what someone typed into LIKE patterns, one per word, all of which must match. A word that no
-- product contains is replaced by the closest known word (pg_trgm distance), so typos still find things.
CREATE FUNCTION search_patterns(q text) RETURNS text[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    w        text;
    best     text;
    patterns text[] := '{}';
BEGIN
    FOR w IN SELECT x FROM regexp_split_to_table(lower(btrim(coalesce(q, ''))), '\s+') x WHERE x <> '' LIMIT 8 LOOP
        IF NOT EXISTS (SELECT 1 FROM product
                        WHERE search_text LIKE '%' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%') THEN
            SELECT s.word INTO best FROM search_word s
             WHERE similarity(s.word, w) >= 0.2 ORDER BY s.word <-> w LIMIT 1;
            IF FOUND THEN
                w := best;
            END IF;
        END IF;
        patterns := patterns || ('%' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%');
    END LOOP;
    RETURN patterns;
END $$;
