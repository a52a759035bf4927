package no.nir.kommune;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/** A numbered area of the reference data (fylke, kommune, bydel): identity is the official number. */
@MappedSuperclass
public abstract class Omraade {

    @Id
    @Column(name = "nummer")
    private String nummer;

    @Column(name = "navn", nullable = false)
    private String navn;

    protected Omraade() {
    }

    protected Omraade(String nummer, String navn) {
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
        return o != null && o.getClass() == getClass() && nummer.equals(((Omraade) o).nummer);
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
