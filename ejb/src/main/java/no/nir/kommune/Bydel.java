package no.nir.kommune;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Reference data, loaded by the V2 migration. The number starts with the kommune's number. */
@Entity
@Table(name = "bydel")
public class Bydel extends Omraade {

    @ManyToOne(optional = false)
    @JoinColumn(name = "kommune_nummer", nullable = false)
    private Kommune kommune;

    protected Bydel() {
    }

    public Bydel(String nummer, String navn, Kommune kommune) {
        super(nummer, navn);
        this.kommune = Objects.requireNonNull(kommune);
    }

    public Kommune getKommune() {
        return kommune;
    }
}
