-- Datakilder: the upstream registers' events (UDI, IMDi/kommune, Folkeregisteret) change persons'
-- facts (no.nir.datakilde). README "Person events".

-- The days a person moved into and out of mottak, so Kvalifisering i mottak opens and closes on
-- them. Null where no register has said (persons from before the events).
ALTER TABLE person ADD COLUMN mottak_innflyttet date;
ALTER TABLE person ADD COLUMN mottak_utflyttet date;

-- Every event applied to a person, or recorded without being applied because the person's stored
-- fact came from a newer one: with its source and id, for the person's Grunndata, for refusing a
-- redelivered event (hendelse_id is unique), and for telling an older event from a newer
-- (tidspunkt is when it happened at the source, not when it arrived).
CREATE SEQUENCE faktaendring_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE faktaendring (
    id          bigint       PRIMARY KEY,
    hendelse_id varchar(100) NOT NULL UNIQUE,
    person_id   bigint       NOT NULL REFERENCES person (id),
    kilde       varchar(20)  NOT NULL CHECK (kilde IN ('UDI', 'IMDI', 'KOMMUNE', 'FOLKEREGISTERET')),
    type        varchar(30)  NOT NULL CHECK (type IN ('NY_PERSON', 'TILLATELSE_INNVILGET', 'FLYTTET_INN_I_MOTTAK',
                    'FLYTTET_UT_AV_MOTTAK', 'BOSATT', 'FODSELSNUMMER_TILDELT', 'NAVN_ENDRET')),
    tidspunkt   timestamptz  NOT NULL,
    anvendt     boolean      NOT NULL,
    beskrivelse varchar(500) NOT NULL,
    registrert  timestamptz  NOT NULL
);
CREATE INDEX faktaendring_person_tid_idx ON faktaendring (person_id, tidspunkt);

-- One nightly beregning per day for the whole cluster: the day is the key, so a second node that
-- starts the same day's run finds it taken.
CREATE TABLE beregningskjoring (
    dato     date         PRIMARY KEY,
    node     varchar(100) NOT NULL,
    startet  timestamptz  NOT NULL,
    ferdig   timestamptz,
    personer integer,
    endret   integer
);

-- The nightly beregning finds ordninger still AKTIV whose til-dato has come; few rows at any time.
CREATE INDEX ordning_aktiv_til_idx ON ordning (til_dato) WHERE status = 'AKTIV' AND til_dato IS NOT NULL;
