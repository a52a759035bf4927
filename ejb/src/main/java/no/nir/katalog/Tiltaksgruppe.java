package no.nir.katalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A group of the tiltakskatalog, loaded by the V2 migration. */
@Entity
@Table(name = "tiltaksgruppe")
public class Tiltaksgruppe extends Katalogoppforing {

    protected Tiltaksgruppe() {
    }

    public Tiltaksgruppe(String kode, String navn, int sortering) {
        super(kode, navn, sortering);
    }
}
