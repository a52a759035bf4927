-- National scale for the person lists (issue 10). A list page shows 25 lines of one sort order
-- and one count. Both come at index speed from two tables the database keeps itself, in the same
-- transaction as every change to ordning, tiltak and person (triggers below, so the services,
-- the demo data generator's COPY and any migration all keep them right):
--
-- personlinje          one row per open ordning with everything a list line shows and filters on
--                      (the person's DUF and name copied in, har_tiltak computed), so one index
--                      serves filter and sort order without a join;
-- personliste_antall   the number of lines per (kategori, ordning type, har_tiltak, kommune,
--                      bydel): a count is a sum over a few of these rows, exact at every commit.

CREATE TABLE personlinje (
    id                        bigint       PRIMARY KEY,   -- the ordning's id
    person_id                 bigint       NOT NULL,
    kategori_type             varchar(50)  NOT NULL,
    type                      varchar(50)  NOT NULL,
    -- The ordning has a tiltak that is not deleted (mode Tiltak: med / uten registrerte tiltak).
    har_tiltak                boolean      NOT NULL,
    oppfolgingskommune_nummer char(4)      NOT NULL,
    bydel_nummer              char(6),
    fra_dato                  date         NOT NULL,
    frist                     date,
    status                    varchar(20)  NOT NULL,
    duf_nummer                char(12)     NOT NULL,
    fornavn                   varchar(200) NOT NULL,
    etternavn                 varchar(200) NOT NULL
) WITH (fillfactor = 90);  -- room for HOT updates when a tiltak changes har_tiltak

INSERT INTO personlinje
SELECT o.id, o.person_id, o.kategori_type, o.type, t.ordning_id IS NOT NULL, o.oppfolgingskommune_nummer,
       o.bydel_nummer, o.fra_dato, o.frist, o.status, p.duf_nummer, p.fornavn, p.etternavn
FROM ordning o
JOIN person p ON p.id = o.person_id
LEFT JOIN (SELECT DISTINCT ordning_id FROM tiltak WHERE slettet_tid IS NULL) t ON t.ordning_id = o.id
WHERE o.til_dato IS NULL;

CREATE INDEX personlinje_person_idx ON personlinje (person_id);

-- Every list query is a UNION ALL of "branches" with equal (kategori_type, type, har_tiltak[,
-- kommune]); each branch reads one of these indexes in the chosen sort order, up to the page's
-- last line, so a page reads only its own lines plus the offset. The k-family serves a
-- few kommuner (kommune, bydel and region users), the n-family national lists. The trailing
-- bydel (and kommune) columns let a bydel filter be checked in the index, before the heap.
-- The "id" index serves the sort on ordning (the type codes sort as the shown names do; a unit
-- test keeps it so) and the CSV download's id order.
CREATE INDEX personlinje_k_duf_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, duf_nummer, id, bydel_nummer);
CREATE INDEX personlinje_k_navn_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, fornavn, etternavn, id, bydel_nummer);
CREATE INDEX personlinje_k_fra_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, fra_dato, id, bydel_nummer);
CREATE INDEX personlinje_k_frist_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, frist, id, bydel_nummer);
CREATE INDEX personlinje_k_frist_synkende_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, frist DESC NULLS LAST, id DESC, bydel_nummer);
CREATE INDEX personlinje_k_id_idx ON personlinje
    (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, id, bydel_nummer);

CREATE INDEX personlinje_n_duf_idx ON personlinje
    (kategori_type, type, har_tiltak, duf_nummer, id, oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX personlinje_n_navn_idx ON personlinje
    (kategori_type, type, har_tiltak, fornavn, etternavn, id, oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX personlinje_n_fra_idx ON personlinje
    (kategori_type, type, har_tiltak, fra_dato, id, oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX personlinje_n_frist_idx ON personlinje
    (kategori_type, type, har_tiltak, frist, id, oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX personlinje_n_frist_synkende_idx ON personlinje
    (kategori_type, type, har_tiltak, frist DESC NULLS LAST, id DESC, oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX personlinje_n_id_idx ON personlinje
    (kategori_type, type, har_tiltak, id, oppfolgingskommune_nummer, bydel_nummer);

-- A branch's size depends on all four columns together: without this the planner multiplies
-- their selectivities, takes a large branch for a small one and sorts it instead of reading the
-- index in order.
CREATE STATISTICS personlinje_gren_stat (mcv, ndistinct)
    ON kategori_type, type, har_tiltak, oppfolgingskommune_nummer FROM personlinje;

-- The Arbeidsflate's "frist within 30 days" counts and lists: a short range of this index.
CREATE INDEX personlinje_frist_aktiv_idx ON personlinje (kategori_type, frist)
    INCLUDE (oppfolgingskommune_nummer, bydel_nummer) WHERE status = 'AKTIV' AND frist IS NOT NULL;

CREATE TABLE personliste_antall (
    kategori_type             varchar(50) NOT NULL,
    type                      varchar(50) NOT NULL,
    har_tiltak                boolean     NOT NULL,
    oppfolgingskommune_nummer char(4)     NOT NULL,
    bydel_nummer              char(6),
    antall                    bigint      NOT NULL,
    CONSTRAINT personliste_antall_nokkel
        UNIQUE NULLS NOT DISTINCT (kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer)
);

INSERT INTO personliste_antall
SELECT kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, count(*)
FROM personlinje
GROUP BY kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer;

-- Changes to the counts within a transaction, folded into personliste_antall at its commit.
-- Counting straight into personliste_antall would lock its rows statement by statement in no
-- fixed order, and two transactions (two beregninger, or the generator's parallel rounds) could
-- deadlock; folding all at once at commit, in key order, cannot.
CREATE TABLE personliste_antall_endring (
    transaksjon               bigint      NOT NULL,
    kategori_type             varchar(50) NOT NULL,
    type                      varchar(50) NOT NULL,
    har_tiltak                boolean     NOT NULL,
    oppfolgingskommune_nummer char(4)     NOT NULL,
    bydel_nummer              char(6),
    antall                    bigint      NOT NULL
);
CREATE INDEX personliste_antall_endring_transaksjon_idx ON personliste_antall_endring (transaksjon);

-- ---------------------------------------------------------------- Keeping personlinje
-- Statement-level triggers with transition tables: a COPY of 30,000 ordninger is one set-based
-- statement, not 30,000. A transition table exists only for the events it is declared for, so
-- each event has its own function.

-- The line of an open ordning, from the ordning's new state (insert, or update of any field).
CREATE FUNCTION personlinje_lagre(ordninger bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO personlinje AS l
    SELECT o.id, o.person_id, o.kategori_type, o.type,
           EXISTS (SELECT 1 FROM tiltak t WHERE t.ordning_id = o.id AND t.slettet_tid IS NULL),
           o.oppfolgingskommune_nummer, o.bydel_nummer, o.fra_dato, o.frist, o.status,
           p.duf_nummer, p.fornavn, p.etternavn
    -- unnest and join, not "id = ANY (array)": a seq scan would test each row against the whole array.
    FROM unnest(ordninger) AS u (id) JOIN ordning o ON o.id = u.id JOIN person p ON p.id = o.person_id
    WHERE o.til_dato IS NULL
    ORDER BY o.id
    ON CONFLICT (id) DO UPDATE SET
        person_id = excluded.person_id, kategori_type = excluded.kategori_type, type = excluded.type,
        oppfolgingskommune_nummer = excluded.oppfolgingskommune_nummer, bydel_nummer = excluded.bydel_nummer,
        fra_dato = excluded.fra_dato, frist = excluded.frist, status = excluded.status
    WHERE (l.person_id, l.kategori_type, l.type, l.oppfolgingskommune_nummer, l.bydel_nummer, l.fra_dato,
           l.frist, l.status)
          IS DISTINCT FROM (excluded.person_id, excluded.kategori_type, excluded.type,
           excluded.oppfolgingskommune_nummer, excluded.bydel_nummer, excluded.fra_dato, excluded.frist,
           excluded.status);
$$;

CREATE FUNCTION ordning_ny() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personlinje_lagre(ARRAY(SELECT id FROM ny WHERE til_dato IS NULL));
    RETURN NULL;
END $$;

CREATE FUNCTION ordning_endret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A closed ordning leaves the lists.
    DELETE FROM personlinje l USING ny n WHERE l.id = n.id AND n.til_dato IS NOT NULL;
    PERFORM personlinje_lagre(ARRAY(SELECT id FROM ny WHERE til_dato IS NULL));
    RETURN NULL;
END $$;

CREATE FUNCTION ordning_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM personlinje l USING gammel g WHERE l.id = g.id;
    RETURN NULL;
END $$;

CREATE TRIGGER ordning_personlinje_ny AFTER INSERT ON ordning
    REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION ordning_ny();
CREATE TRIGGER ordning_personlinje_endret AFTER UPDATE ON ordning
    REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION ordning_endret();
CREATE TRIGGER ordning_personlinje_slettet AFTER DELETE ON ordning
    REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION ordning_slettet();

-- A tiltak saved, edited (moved to another ordning, soft-deleted) or deleted: har_tiltak of the
-- ordninger it touched, at once.
CREATE FUNCTION personlinje_har_tiltak(ordninger bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE personlinje l SET har_tiltak = v.har
    FROM (SELECT o.id,
                 EXISTS (SELECT 1 FROM tiltak t WHERE t.ordning_id = o.id AND t.slettet_tid IS NULL) AS har
          FROM unnest(ordninger) AS o (id)) v
    WHERE l.id = v.id AND l.har_tiltak <> v.har;
$$;

CREATE FUNCTION tiltak_ny() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personlinje_har_tiltak(ARRAY(SELECT DISTINCT ordning_id FROM ny));
    RETURN NULL;
END $$;

CREATE FUNCTION tiltak_endret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personlinje_har_tiltak(ARRAY(SELECT ordning_id FROM ny UNION SELECT ordning_id FROM gammel));
    RETURN NULL;
END $$;

CREATE FUNCTION tiltak_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personlinje_har_tiltak(ARRAY(SELECT DISTINCT ordning_id FROM gammel));
    RETURN NULL;
END $$;

CREATE TRIGGER tiltak_personlinje_ny AFTER INSERT ON tiltak
    REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION tiltak_ny();
CREATE TRIGGER tiltak_personlinje_endret AFTER UPDATE ON tiltak
    REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION tiltak_endret();
CREATE TRIGGER tiltak_personlinje_slettet AFTER DELETE ON tiltak
    REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION tiltak_slettet();

-- A person's DUF-nummer or name corrected: the copies on the person's lines.
CREATE FUNCTION person_endret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE personlinje l SET duf_nummer = n.duf_nummer, fornavn = n.fornavn, etternavn = n.etternavn
    FROM ny n
    WHERE l.person_id = n.id
      AND (l.duf_nummer, l.fornavn, l.etternavn) IS DISTINCT FROM (n.duf_nummer, n.fornavn, n.etternavn);
    RETURN NULL;
END $$;

CREATE TRIGGER person_personlinje_endret AFTER UPDATE ON person
    REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION person_endret();

-- ---------------------------------------------------------------- Keeping the counts

-- Each statement on personlinje records its net change per key for the current transaction.
CREATE FUNCTION personliste_antall_registrer(endringer personliste_antall_endring[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO personliste_antall_endring
    SELECT txid_current(), kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, sum(antall)
    FROM unnest(endringer)
    GROUP BY kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer
    HAVING sum(antall) <> 0;
$$;

CREATE FUNCTION personlinje_ny() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personliste_antall_registrer(ARRAY(
        SELECT ROW(0, kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, 1)::personliste_antall_endring
        FROM ny));
    RETURN NULL;
END $$;

CREATE FUNCTION personlinje_endret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personliste_antall_registrer(ARRAY(
        SELECT ROW(0, kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, 1)::personliste_antall_endring
        FROM ny
        UNION ALL
        SELECT ROW(0, kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, -1)::personliste_antall_endring
        FROM gammel));
    RETURN NULL;
END $$;

CREATE FUNCTION personlinje_slettet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM personliste_antall_registrer(ARRAY(
        SELECT ROW(0, kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, -1)::personliste_antall_endring
        FROM gammel));
    RETURN NULL;
END $$;

CREATE TRIGGER personlinje_antall_ny AFTER INSERT ON personlinje
    REFERENCING NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION personlinje_ny();
CREATE TRIGGER personlinje_antall_endret AFTER UPDATE ON personlinje
    REFERENCING OLD TABLE AS gammel NEW TABLE AS ny FOR EACH STATEMENT EXECUTE FUNCTION personlinje_endret();
CREATE TRIGGER personlinje_antall_slettet AFTER DELETE ON personlinje
    REFERENCING OLD TABLE AS gammel FOR EACH STATEMENT EXECUTE FUNCTION personlinje_slettet();

-- At commit, the transaction's changes go into the counts in one statement, in key order.
CREATE FUNCTION personliste_antall_samle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH endring AS (
        DELETE FROM personliste_antall_endring WHERE transaksjon = txid_current() RETURNING *
    )
    INSERT INTO personliste_antall AS a
    SELECT kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer, sum(antall)
    FROM endring
    GROUP BY kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer
    HAVING sum(antall) <> 0
    ORDER BY kategori_type, type, har_tiltak, oppfolgingskommune_nummer, bydel_nummer
    ON CONFLICT ON CONSTRAINT personliste_antall_nokkel DO UPDATE SET antall = a.antall + excluded.antall;
    RETURN NULL;
END $$;

-- Fires at commit for each recorded row; the first folds them all, the rest find nothing.
CREATE CONSTRAINT TRIGGER personliste_antall_ved_commit AFTER INSERT ON personliste_antall_endring
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION personliste_antall_samle();

-- The planner needs the new tables' statistics at once (autovacuum may be off or late).
ANALYZE personlinje;
ANALYZE personliste_antall;
