package no.nir.katalog;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.Objects;

/** An entry of the tiltakskatalog (group or type): code, name, file order and optional gyldig til. */
@MappedSuperclass
public abstract class Katalogoppforing {

    @Id
    @Column(name = "kode")
    private String kode;

    @Column(name = "navn", nullable = false)
    private String navn;

    /** Order of the catalogue file; menus list entries in this order. */
    @Column(name = "sortering", nullable = false)
    private int sortering;

    @Column(name = "gyldig_til")
    private LocalDate gyldigTil;

    protected Katalogoppforing() {
    }

    protected Katalogoppforing(String kode, String navn, int sortering) {
        this.kode = Objects.requireNonNull(kode);
        this.navn = Objects.requireNonNull(navn);
        this.sortering = sortering;
    }

    /** After gyldig til the entry is "(ikke gjeldende)": existing tiltak keep it, new ones cannot use it. */
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
        return o != null && o.getClass() == getClass() && kode.equals(((Katalogoppforing) o).kode);
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
