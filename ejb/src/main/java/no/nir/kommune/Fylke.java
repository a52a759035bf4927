package no.nir.kommune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** Reference data, loaded by the V2 migration. */
@Entity
@Table(name = "fylke")
public class Fylke {

    @Id
    @Column(name = "nummer", length = 2)
    private String nummer;

    @Column(name = "navn", nullable = false)
    private String navn;

    protected Fylke() {
    }

    public Fylke(String nummer, String navn) {
        this.nummer = Objects.requireNonNull(nummer);
        this.navn = Objects.requireNonNull(navn);
    }

    public String getNummer() {
        return nummer;
    }

    public String getNavn() {
        return navn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fylke other && nummer.equals(other.nummer);
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
