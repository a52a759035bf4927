package no.nir.kommune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Reference data, loaded by the V2 migration. The fylke is eager: it is small and always shown. */
@Entity
@Table(name = "kommune")
public class Kommune {

    @Id
    @Column(name = "nummer", length = 4)
    private String nummer;

    @Column(name = "navn", nullable = false)
    private String navn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "fylke_nummer", nullable = false)
    private Fylke fylke;

    protected Kommune() {
    }

    public Kommune(String nummer, String navn, Fylke fylke) {
        this.nummer = Objects.requireNonNull(nummer);
        this.navn = Objects.requireNonNull(navn);
        this.fylke = Objects.requireNonNull(fylke);
    }

    public String getNummer() {
        return nummer;
    }

    public String getNavn() {
        return navn;
    }

    public Fylke getFylke() {
        return fylke;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kommune other && nummer.equals(other.nummer);
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
