-- The report on Kvalifisering for mottaksbeboere (Rapporter) reads figures kept up to date on every
-- change, not computed from millions of tiltak at request time.
--
-- rapport_ordning holds, per ordning of that type and month, what the ordning adds to the month:
-- inn = 1 in its first month, ut = 1 in its last month (so the persons in a month are the sum of
-- inn up to it minus the sum of ut before it), med_tiltak = 1 when a tiltak has a day inside the
-- month and the ordning, and snitt = the ordning's month average (SPEC "The month average").
-- rapport_ordning_gruppe holds the same average for each tiltaksgruppe's tiltak alone.
-- The application (no.nir.tiltak.Rapportgrunnlag) writes these rows; the triggers below add them
-- up per month, kommune and bydel, which is all the report reads. The rows are derived data,
-- rebuilt from scratch in bulk (V31), so they carry no foreign keys to check on every row.

CREATE TABLE rapport_ordning (
    ordning_id     bigint       NOT NULL,
    maaned         date         NOT NULL CHECK (extract(day FROM maaned) = 1),
    kommune_nummer char(4)      NOT NULL,
    bydel_nummer   char(6),
    inn            smallint     NOT NULL CHECK (inn IN (0, 1)),
    ut             smallint     NOT NULL CHECK (ut IN (0, 1)),
    med_tiltak     smallint     NOT NULL CHECK (med_tiltak IN (0, 1)),
    snitt          numeric(6,2) NOT NULL CHECK (snitt >= 0),
    PRIMARY KEY (ordning_id, maaned)
);

CREATE TABLE rapport_ordning_gruppe (
    ordning_id     bigint       NOT NULL,
    maaned         date         NOT NULL,
    gruppe_kode    varchar(40)  NOT NULL,
    kommune_nummer char(4)      NOT NULL,
    bydel_nummer   char(6),
    timer          numeric(6,2) NOT NULL CHECK (timer >= 0),
    PRIMARY KEY (ordning_id, maaned, gruppe_kode)
);

CREATE TABLE rapport_omraade (
    maaned         date          NOT NULL,
    kommune_nummer char(4)       NOT NULL,
    bydel_nummer   char(6),
    inn            integer       NOT NULL,
    ut             integer       NOT NULL,
    med_tiltak     integer       NOT NULL,
    sum_snitt      numeric(14,2) NOT NULL
);
CREATE UNIQUE INDEX rapport_omraade_key ON rapport_omraade (maaned, kommune_nummer, bydel_nummer) NULLS NOT DISTINCT;

CREATE TABLE rapport_omraade_gruppe (
    maaned         date          NOT NULL,
    kommune_nummer char(4)       NOT NULL,
    bydel_nummer   char(6),
    gruppe_kode    varchar(40)   NOT NULL,
    timer          numeric(14,2) NOT NULL
);
CREATE UNIQUE INDEX rapport_omraade_gruppe_key
    ON rapport_omraade_gruppe (maaned, kommune_nummer, bydel_nummer, gruppe_kode) NULLS NOT DISTINCT;

-- Adds a row's figures to its month and area (fortegn 1) or takes them away (fortegn -1).
CREATE FUNCTION rapport_ordning_summer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO rapport_omraade AS r VALUES (OLD.maaned, OLD.kommune_nummer, OLD.bydel_nummer,
                -OLD.inn, -OLD.ut, -OLD.med_tiltak, -OLD.snitt)
            ON CONFLICT (maaned, kommune_nummer, bydel_nummer) DO UPDATE SET inn = r.inn + excluded.inn,
                ut = r.ut + excluded.ut, med_tiltak = r.med_tiltak + excluded.med_tiltak,
                sum_snitt = r.sum_snitt + excluded.sum_snitt;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO rapport_omraade AS r VALUES (NEW.maaned, NEW.kommune_nummer, NEW.bydel_nummer,
                NEW.inn, NEW.ut, NEW.med_tiltak, NEW.snitt)
            ON CONFLICT (maaned, kommune_nummer, bydel_nummer) DO UPDATE SET inn = r.inn + excluded.inn,
                ut = r.ut + excluded.ut, med_tiltak = r.med_tiltak + excluded.med_tiltak,
                sum_snitt = r.sum_snitt + excluded.sum_snitt;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION rapport_ordning_gruppe_summer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO rapport_omraade_gruppe AS r VALUES (OLD.maaned, OLD.kommune_nummer, OLD.bydel_nummer,
                OLD.gruppe_kode, -OLD.timer)
            ON CONFLICT (maaned, kommune_nummer, bydel_nummer, gruppe_kode) DO UPDATE SET timer = r.timer + excluded.timer;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO rapport_omraade_gruppe AS r VALUES (NEW.maaned, NEW.kommune_nummer, NEW.bydel_nummer,
                NEW.gruppe_kode, NEW.timer)
            ON CONFLICT (maaned, kommune_nummer, bydel_nummer, gruppe_kode) DO UPDATE SET timer = r.timer + excluded.timer;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER rapport_ordning_summer AFTER INSERT OR UPDATE OR DELETE ON rapport_ordning
    FOR EACH ROW EXECUTE FUNCTION rapport_ordning_summer();
CREATE TRIGGER rapport_ordning_gruppe_summer AFTER INSERT OR UPDATE OR DELETE ON rapport_ordning_gruppe
    FOR EACH ROW EXECUTE FUNCTION rapport_ordning_gruppe_summer();
