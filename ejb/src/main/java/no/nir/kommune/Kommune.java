package no.nir.kommune;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Reference data, loaded by the V2 migration. The fylke is eager: it is small and always shown. */
@Entity
@Table(name = "kommune")
public class Kommune extends Omraade {

    @ManyToOne(optional = false)
    @JoinColumn(name = "fylke_nummer", nullable = false)
    private Fylke fylke;

    protected Kommune() {
    }

    public Kommune(String nummer, String navn, Fylke fylke) {
        super(nummer, navn);
        this.fylke = Objects.requireNonNull(fylke);
    }

    public Fylke getFylke() {
        return fylke;
    }
}
