-- An ordning's fra-dato is its kategori's (the beregning gives them the same), so the person lists
-- read "Kategori fra" from the ordning too; the key below keeps the copies equal.
ALTER TABLE kategori ADD CONSTRAINT kategori_id_type_fra_key UNIQUE (id, type, fra_dato);
ALTER TABLE ordning DROP CONSTRAINT ordning_kategori_type_fkey;
ALTER TABLE ordning ADD CONSTRAINT ordning_kategori_type_fkey
    FOREIGN KEY (kategori_id, kategori_type, fra_dato) REFERENCES kategori (id, type, fra_dato);
ALTER TABLE kategori DROP CONSTRAINT kategori_id_type_key;

-- The CSV download reads a list in ordning-id order (keyset chunks): within one kategori type and
-- kommune this index gives the rows in that order, so a late chunk costs as little as the first.
DROP INDEX ordning_aapen_liste_idx;
CREATE INDEX ordning_aapen_liste_idx ON ordning (kategori_type, oppfolgingskommune_nummer, id)
    WHERE til_dato IS NULL;

-- V3 filled a new column: the planner needs its statistics at once, not at the next autovacuum.
ANALYZE ordning;
