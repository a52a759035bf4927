-- The person lists' DUF and name filters read personlinje alone, no longer a join with person:
-- joining made a national list with a DUF prefix scan every person (a plain btree cannot serve
-- LIKE 'prefix%' under a non-C collation) and a name filter fetch every namesake's ordninger.
-- The normalised name follows fornavn/etternavn, which the V10 triggers keep equal to person's.
ALTER TABLE personlinje
    ADD COLUMN navn_sok text GENERATED ALWAYS AS (navn_normalisert(fornavn || ' ' || etternavn)) STORED;

-- Substring match on the name (LIKE '%ola%'), as on person.
CREATE INDEX personlinje_navn_sok_trgm_idx ON personlinje USING gin (navn_sok gin_trgm_ops);
-- A whole DUF-nummer (=) and a typed prefix (LIKE '2015%'), which only the pattern operator class serves.
CREATE INDEX personlinje_duf_monster_idx ON personlinje (duf_nummer bpchar_pattern_ops);
