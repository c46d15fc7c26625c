-- The search fallback (used while Meilisearch is down or slow) must stay cheap under
-- load: a trigram index over the folded (lower-case, no diacritics) text of published
-- listings serves its LIKE '%word%' conditions. Prisma's schema cannot describe
-- expression indexes; indexes named "search_*" live only in migrations (the drift test
-- leaves them out).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE (its dictionary could change); this wrapper names the dictionary
-- and is declared IMMUTABLE so that it can be indexed.
CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE OR REPLACE FUNCTION listing_search_text(title text, summary text, keywords text[], description text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT public.search_fold(concat_ws(' ', title, summary, array_to_string(keywords, ' '), description)) $$;

CREATE INDEX "search_listing_text_trgm" ON "Listing"
USING gin (public.listing_search_text("title", "summary", "keywords", "description") gin_trgm_ops)
WHERE "status" = 'PUBLISHED';
