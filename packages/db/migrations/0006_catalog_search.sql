-- Catalog text search (names and part numbers, any substring) through a trigram index, so a search of a
-- million-product catalog reads the matching rows instead of every row. pg_trgm is a trusted extension: a database
-- owner may create it; PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX products_search_trgm_idx ON products
  USING gin ((name_ru || ' ' || coalesce(name_en, '') || ' ' || coalesce(part_number, '')) gin_trgm_ops);
