-- The person lists filter, count and page on the ordning alone, which stays fast with a million
-- persons: an ordning carries its kategori's type, and an open ordning follows its person's
-- oppfølgingskommune and bydel (the beregning keeps it so).
ALTER TABLE ordning ADD COLUMN kategori_type varchar(50);
UPDATE ordning o SET kategori_type = k.type FROM kategori k WHERE k.id = o.kategori_id;
ALTER TABLE ordning ALTER COLUMN kategori_type SET NOT NULL;

-- The copy can never disagree with its kategori.
ALTER TABLE kategori ADD CONSTRAINT kategori_id_type_key UNIQUE (id, type);
ALTER TABLE ordning ADD CONSTRAINT ordning_kategori_type_fkey
    FOREIGN KEY (kategori_id, kategori_type) REFERENCES kategori (id, type);

UPDATE ordning o SET oppfolgingskommune_nummer = p.oppfolgingskommune_nummer, bydel_nummer = p.bydel_nummer
FROM person p
WHERE p.id = o.person_id AND o.til_dato IS NULL
  AND (o.oppfolgingskommune_nummer <> p.oppfolgingskommune_nummer OR o.bydel_nummer IS DISTINCT FROM p.bydel_nummer);

-- An open ordning's til-dato is its kategori's (both open), so "open kategori" is "open ordning".
CREATE INDEX ordning_aapen_liste_idx ON ordning (kategori_type, oppfolgingskommune_nummer, bydel_nummer)
    WHERE til_dato IS NULL;
