-- NIR Mottak schema (SPEC §2). Surrogate keys come from one sequence per table, INCREMENT BY 50
-- to match allocationSize = 50 in the entities. START WITH 50 because EclipseLink reads a fetched
-- value V as the end of the block V-49..V, and refuses a block that would start below zero.
-- The schema is owned by Flyway; EclipseLink never generates DDL.

-- Trusted extension: a database owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The one definition of name normalisation for Personsøk: lower case, common accents removed,
-- æøå kept. Upper-case ÆØÅ are mapped explicitly so the result does not depend on the collation.
-- Search queries normalise the typed text with the same function so both sides match.
CREATE FUNCTION navn_normalisert(navn text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(translate(navn,
        'éèêëáàâäãóòôöõíìîïúùûüýñçÉÈÊËÁÀÂÄÃÓÒÔÖÕÍÌÎÏÚÙÛÜÝÑÇÆØÅ',
        'eeeeaaaaaoooooiiiiuuuuyncEEEEAAAAAOOOOOIIIIUUUUYNCæøå'));

-- ---------------------------------------------------------------- Geography

CREATE TABLE fylke (
    nummer char(2)      PRIMARY KEY CHECK (nummer ~ '^[0-9]{2}$'),
    navn   varchar(100) NOT NULL
);

CREATE TABLE kommune (
    nummer       char(4)      PRIMARY KEY CHECK (nummer ~ '^[0-9]{4}$'),
    navn         varchar(100) NOT NULL,
    fylke_nummer char(2)      NOT NULL REFERENCES fylke (nummer)
);
CREATE INDEX kommune_fylke_idx ON kommune (fylke_nummer);

CREATE TABLE bydel (
    nummer         char(6)      PRIMARY KEY CHECK (nummer ~ '^[0-9]{6}$'),
    navn           varchar(100) NOT NULL,
    kommune_nummer char(4)      NOT NULL REFERENCES kommune (nummer),
    -- A bydel number starts with its kommune's number (030101 is in Oslo, 0301).
    CHECK (left(nummer, 4) = kommune_nummer)
);
CREATE INDEX bydel_kommune_idx ON bydel (kommune_nummer);

CREATE SEQUENCE mottak_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mottak (
    id                  bigint       PRIMARY KEY,
    navn                varchar(200) NOT NULL,
    vertskommune_nummer char(4)      NOT NULL REFERENCES kommune (nummer)
);
CREATE INDEX mottak_vertskommune_idx ON mottak (vertskommune_nummer);

-- ---------------------------------------------------------------- Person

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id                        bigint       PRIMARY KEY,
    duf_nummer                char(12)     NOT NULL UNIQUE CHECK (duf_nummer ~ '^[0-9]{12}$'),
    -- Fødselsnummer or D-nummer; the mod-11 check digits are validated in the application.
    fodselsnummer             char(11)     UNIQUE CHECK (fodselsnummer ~ '^[0-9]{11}$'),
    reg_nummer                varchar(50),
    unhcr_nummer              varchar(50),
    fornavn                   varchar(200) NOT NULL,
    etternavn                 varchar(200) NOT NULL,
    fodselsdato               date         NOT NULL,
    kjonn                     char(1)      NOT NULL CHECK (kjonn IN ('M', 'K')),
    statsborgerskap           varchar(100) NOT NULL,
    tillatelsesdato           date,
    bosettingsdato            date,
    mottak_id                 bigint       REFERENCES mottak (id),
    oppfolgingskommune_nummer char(4)      NOT NULL REFERENCES kommune (nummer),
    bydel_nummer              char(6)      REFERENCES bydel (nummer),
    version                   bigint       NOT NULL DEFAULT 0,
    navn_sok                  text         GENERATED ALWAYS AS (navn_normalisert(fornavn || ' ' || etternavn)) STORED
);
CREATE INDEX person_fodselsdato_idx ON person (fodselsdato);
CREATE INDEX person_kommune_bydel_idx ON person (oppfolgingskommune_nummer, bydel_nummer);
CREATE INDEX person_reg_nummer_idx ON person (reg_nummer);
CREATE INDEX person_unhcr_nummer_idx ON person (unhcr_nummer);
CREATE INDEX person_mottak_idx ON person (mottak_id);
-- Name search is a substring match (LIKE '%ola%'), which only a trigram index serves.
CREATE INDEX person_navn_sok_trgm_idx ON person USING gin (navn_sok gin_trgm_ops);

-- ---------------------------------------------------------------- Kategori and ordning

CREATE SEQUENCE kategori_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kategori (
    id        bigint      PRIMARY KEY,
    person_id bigint      NOT NULL REFERENCES person (id),
    type      varchar(50) NOT NULL CHECK (type IN ('KVALIFISERING_I_MOTTAK', 'INTRODUKSJONSPROGRAM',
                  'OPPLAERING_NORSK_SAMFUNNSKUNNSKAP', 'INTRODUKSJONSPROGRAM_INTRODUKSJONSLOVEN',
                  'NORSKOPPLAERING_INTRODUKSJONSLOVEN')),
    lovverk   varchar(30) NOT NULL CHECK (lovverk IN ('INTEGRERINGSLOVEN', 'INTRODUKSJONSLOVEN')),
    fra_dato  date        NOT NULL,
    til_dato  date,
    CHECK (til_dato >= fra_dato),
    -- Each type belongs to one lovverk (KategoriType.lovverk()); the column is kept for list queries.
    CHECK ((lovverk = 'INTRODUKSJONSLOVEN') = (type LIKE '%\_INTRODUKSJONSLOVEN')),
    -- Target of ordning's composite key, so an ordning cannot point at another person's kategori.
    UNIQUE (id, person_id)
);
CREATE INDEX kategori_person_idx ON kategori (person_id);
-- The person lists start from the open kategorier of one type.
CREATE INDEX kategori_aapen_type_idx ON kategori (type, person_id) WHERE til_dato IS NULL;

CREATE SEQUENCE ordning_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ordning (
    id                        bigint      PRIMARY KEY,
    kategori_id               bigint      NOT NULL REFERENCES kategori (id),
    -- Denormalised from kategori so the person lists need no extra join.
    person_id                 bigint      NOT NULL REFERENCES person (id),
    type                      varchar(50) NOT NULL CHECK (type IN ('KVALIFISERING_MOTTAKSBEBOERE',
                                  'KOMPETANSEKARTLEGGING', 'INTRODUKSJONSPROGRAM', 'KARRIEREVEILEDNING',
                                  'OPPLAERING_NORSK_SAMFUNNSKUNNSKAP', 'NORSKOPPLAERING')),
    fra_dato                  date        NOT NULL,
    til_dato                  date,
    status                    varchar(20) NOT NULL CHECK (status IN ('AKTIV', 'INAKTIV', 'FULLFORT')),
    frist                     date,
    oppfolgingskommune_nummer char(4)     NOT NULL REFERENCES kommune (nummer),
    bydel_nummer              char(6)     REFERENCES bydel (nummer),
    CHECK (til_dato >= fra_dato),
    FOREIGN KEY (kategori_id, person_id) REFERENCES kategori (id, person_id)
);
CREATE INDEX ordning_person_idx ON ordning (person_id);
CREATE INDEX ordning_kategori_idx ON ordning (kategori_id);
CREATE INDEX ordning_kommune_type_status_idx ON ordning (oppfolgingskommune_nummer, type, status);
-- Arbeidsflate counts ordninger with a frist in the next 30 days.
CREATE INDEX ordning_frist_idx ON ordning (frist) WHERE frist IS NOT NULL;

-- ---------------------------------------------------------------- Tiltakskatalog

CREATE TABLE tiltaksgruppe (
    kode       varchar(40)  PRIMARY KEY,
    navn       varchar(200) NOT NULL,
    sortering  integer      NOT NULL,
    gyldig_til date
);

CREATE TABLE tiltakstype (
    kode                  varchar(40)  PRIMARY KEY,
    gruppe_kode           varchar(40)  NOT NULL REFERENCES tiltaksgruppe (kode),
    navn                  varchar(200) NOT NULL,
    veiledning            text         NOT NULL,
    krever_gjennomforing  boolean      NOT NULL,
    krever_mottatt_tilbud boolean      NOT NULL,
    sortering             integer      NOT NULL,
    gyldig_til            date
);
CREATE INDEX tiltakstype_gruppe_idx ON tiltakstype (gruppe_kode);

-- ---------------------------------------------------------------- Tiltak

CREATE SEQUENCE tiltak_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE tiltak (
    id                        bigint       PRIMARY KEY,
    ordning_id                bigint       NOT NULL REFERENCES ordning (id),
    tiltakstype_kode          varchar(40)  NOT NULL REFERENCES tiltakstype (kode),
    fra_dato                  date         NOT NULL,
    til_dato                  date         NOT NULL,
    timer_per_uke             numeric(3,1) NOT NULL CHECK (timer_per_uke > 0 AND timer_per_uke <= 40),
    erstattende               boolean      NOT NULL DEFAULT false,
    gjennomforing             varchar(20)  CHECK (gjennomforing IN ('IKKE_REGISTRERT', 'GJENNOMFORT', 'IKKE_GJENNOMFORT')),
    mottatt_tilbud            boolean,
    oppfolgingskommune_nummer char(4)      NOT NULL REFERENCES kommune (nummer),
    bydel_nummer              char(6)      REFERENCES bydel (nummer),
    registrert_av             varchar(100) NOT NULL,
    registrert_tid            timestamptz  NOT NULL,
    endret_av                 varchar(100),
    endret_tid                timestamptz,
    slettet_av                varchar(100),
    slettet_tid               timestamptz,
    version                   bigint       NOT NULL DEFAULT 0,
    CHECK (til_dato >= fra_dato),
    CHECK ((endret_av IS NULL) = (endret_tid IS NULL)),
    CHECK ((slettet_av IS NULL) = (slettet_tid IS NULL))
);
CREATE INDEX tiltak_ordning_idx ON tiltak (ordning_id);
-- Normal views and the month average read only tiltak that are not deleted.
CREATE INDEX tiltak_ordning_aktiv_idx ON tiltak (ordning_id) WHERE slettet_tid IS NULL;

-- ---------------------------------------------------------------- Kompetanse

CREATE SEQUENCE kompetanse_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kompetanse (
    id                       bigint      PRIMARY KEY,
    person_id                bigint      NOT NULL UNIQUE REFERENCES person (id),
    kilde                    varchar(20) NOT NULL CHECK (kilde IN ('SELVREGISTRERT', 'IMDI')),
    registrert_dato          date        NOT NULL,
    status                   varchar(30) CHECK (status IN ('SELVREGISTRERT_MOTTATT', 'NOTAT_PABEGYNT', 'NOTAT_FULLFORT')),
    andre_ferdigheter        text,
    interesser               text,
    karriereveiledning_notat text,
    karriereveiledning_dato  date
);

-- The parts below belong wholly to their kompetanse, so they go with it.
CREATE SEQUENCE kompetanse_sprak_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kompetanse_sprak (
    id             bigint       PRIMARY KEY,
    kompetanse_id  bigint       NOT NULL REFERENCES kompetanse (id) ON DELETE CASCADE,
    sprak          varchar(100) NOT NULL,
    muntlig_niva   varchar(50),
    skriftlig_niva varchar(50),
    morsmal        boolean      NOT NULL DEFAULT false
);
CREATE INDEX kompetanse_sprak_kompetanse_idx ON kompetanse_sprak (kompetanse_id);

CREATE SEQUENCE kompetanse_yrke_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kompetanse_yrke (
    id            bigint       PRIMARY KEY,
    kompetanse_id bigint       NOT NULL REFERENCES kompetanse (id) ON DELETE CASCADE,
    yrke          varchar(200) NOT NULL,
    antall_ar     numeric(4,1) CHECK (antall_ar >= 0)
);
CREATE INDEX kompetanse_yrke_kompetanse_idx ON kompetanse_yrke (kompetanse_id);

CREATE SEQUENCE kompetanse_utdanning_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kompetanse_utdanning (
    id            bigint       PRIMARY KEY,
    kompetanse_id bigint       NOT NULL REFERENCES kompetanse (id) ON DELETE CASCADE,
    niva          varchar(100) NOT NULL,
    fagfelt       varchar(200),
    land          varchar(100),
    antall_ar     numeric(4,1) CHECK (antall_ar >= 0),
    fullfort      boolean      NOT NULL
);
CREATE INDEX kompetanse_utdanning_kompetanse_idx ON kompetanse_utdanning (kompetanse_id);

-- ---------------------------------------------------------------- Innsynslogg

CREATE SEQUENCE innsynslogg_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE innsynslogg (
    id             bigint       PRIMARY KEY,
    tidspunkt      timestamptz  NOT NULL,
    bruker         varchar(100) NOT NULL,
    handling       varchar(30)  NOT NULL CHECK (handling IN ('LES_PERSON', 'REGISTRER_TILTAK', 'ENDRE_TILTAK', 'SLETT_TILTAK')),
    person_id      bigint       NOT NULL REFERENCES person (id),
    tiltak_id      bigint       REFERENCES tiltak (id),
    -- The person's kommune at the time, kept as a plain number: the log records what was true then.
    kommune_nummer char(4)      CHECK (kommune_nummer ~ '^[0-9]{4}$'),
    detaljer       text
);
CREATE INDEX innsynslogg_person_tid_idx ON innsynslogg (person_id, tidspunkt);
CREATE INDEX innsynslogg_kommune_tid_idx ON innsynslogg (kommune_nummer, tidspunkt);
