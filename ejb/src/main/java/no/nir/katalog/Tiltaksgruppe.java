package no.nir.katalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A group of the tiltakskatalog, loaded by the V2 migration. */
@Entity
@Table(name = "tiltaksgruppe")
public class Tiltaksgruppe {

    @Id
    @Column(name = "kode")
    private String kode;

    @Column(name = "navn", nullable = false)
    private String navn;

    /** Order of the catalogue file; menus list groups in this order. */
    @Column(name = "sortering", nullable = false)
    private int sortering;

    @Column(name = "gyldig_til")
    private LocalDate gyldigTil;

    protected Tiltaksgruppe() {
    }

    public Tiltaksgruppe(String kode, String navn, int sortering) {
        this.kode = Objects.requireNonNull(kode);
        this.navn = Objects.requireNonNull(navn);
        this.sortering = sortering;
    }

    /** After gyldig til the group is "(ikke gjeldende)": existing tiltak keep it, new ones cannot use it. */
    public boolean erGjeldende(LocalDate dato) {
        return gyldigTil == null || !dato.isAfter(gyldigTil);
    }

    public String getKode() {
        return kode;
    }

    public String getNavn() {
        return navn;
    }

    public int getSortering() {
        return sortering;
    }

    public LocalDate getGyldigTil() {
        return gyldigTil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tiltaksgruppe other && kode.equals(other.kode);
    }

    @Override
    public int hashCode() {
        return kode.hashCode();
    }

    @Override
    public String toString() {
        return kode;
    }
}
