package no.nir.kommune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Reference data, loaded by the V2 migration. The number starts with the kommune's number. */
@Entity
@Table(name = "bydel")
public class Bydel {

    @Id
    @Column(name = "nummer", length = 6)
    private String nummer;

    @Column(name = "navn", nullable = false)
    private String navn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kommune_nummer", nullable = false)
    private Kommune kommune;

    protected Bydel() {
    }

    public Bydel(String nummer, String navn, Kommune kommune) {
        this.nummer = Objects.requireNonNull(nummer);
        this.navn = Objects.requireNonNull(navn);
        this.kommune = Objects.requireNonNull(kommune);
    }

    public String getNummer() {
        return nummer;
    }

    public String getNavn() {
        return navn;
    }

    public Kommune getKommune() {
        return kommune;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bydel other && nummer.equals(other.nummer);
    }

    @Override
    public int hashCode() {
        return nummer.hashCode();
    }

    @Override
    public String toString() {
        return nummer + " " + navn;
    }
}
