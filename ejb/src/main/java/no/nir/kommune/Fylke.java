package no.nir.kommune;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Reference data, loaded by the V2 migration. */
@Entity
@Table(name = "fylke")
public class Fylke extends Omraade {

    protected Fylke() {
    }

    public Fylke(String nummer, String navn) {
        super(nummer, navn);
    }
}
