-- The person lists' DUF and name filters read personlinje alone, no longer a join with person:
-- joining made a national list with a DUF prefix scan every person (a plain btree cannot serve
-- LIKE 'prefix%' under a non-C collation) and a name filter fetch every namesake's ordninger.
-- The normalised name follows fornavn/etternavn, which the V10 triggers keep equal to person's.
ALTER TABLE personlinje
    ADD COLUMN navn_sok text GENERATED ALWAYS AS (navn_normalisert(fornavn || ' ' || etternavn)) STORED;

-- Substring match on the name (LIKE '%ola%') together with the kategori, inside one GIN index
-- (btree_gin is a trusted extension, so the database owner may create it): without the kategori
-- in it the planner ANDs the trigram bitmap with a whole kategori's btree range (120 ms at 1 M).
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX personlinje_navn_sok_idx ON personlinje USING gin (kategori_type, navn_sok gin_trgm_ops);
-- A whole DUF-nummer (=) and a typed prefix (LIKE '2015%', which only the pattern operator class
-- serves), with every column the list filters on, so the count is an index-only scan.
CREATE INDEX personlinje_duf_sok_idx ON personlinje
    (duf_nummer bpchar_pattern_ops, kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer);
