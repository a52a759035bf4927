package no.nir.ordning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.person.Person;

/** A scheme given by a kategori. Created by {@link Kategori#leggTilOrdning}. */
@Entity
@Table(name = "ordning")
public class Ordning {

    @Id
    @SequenceGenerator(name = "ordning_seq", sequenceName = "ordning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordning_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kategori_id", nullable = false)
    private Kategori kategori;

    /** The kategori's person, repeated so list queries need no join through kategori. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private OrdningType type;

    /** A copy of the kategori's type (the database keeps them equal), so the person lists need no join. */
    @Enumerated(EnumType.STRING)
    @Column(name = "kategori_type", nullable = false, updatable = false)
    private KategoriType kategoriType;

    @Column(name = "fra_dato", nullable = false)
    private LocalDate fraDato;

    @Column(name = "til_dato")
    private LocalDate tilDato;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrdningStatus status;

    @Column(name = "frist")
    private LocalDate frist;

    @ManyToOne(optional = false)
    @JoinColumn(name = "oppfolgingskommune_nummer", nullable = false)
    private Kommune oppfolgingskommune;

    @ManyToOne
    @JoinColumn(name = "bydel_nummer")
    private Bydel bydel;

    protected Ordning() {
    }

    Ordning(Kategori kategori, OrdningType type, LocalDate frist, Kommune oppfolgingskommune, Bydel bydel) {
        this.kategori = Objects.requireNonNull(kategori);
        this.person = kategori.getPerson();
        this.type = Objects.requireNonNull(type);
        this.kategoriType = kategori.getType();
        this.fraDato = kategori.getFraDato();
        this.status = OrdningStatus.AKTIV;
        this.frist = frist;
        this.oppfolgingskommune = Objects.requireNonNull(oppfolgingskommune);
        this.bydel = bydel;
    }

    /** Whether the date lies in the ordning's period; an open ordning has no end. */
    public boolean omfatter(LocalDate dato) {
        return !dato.isBefore(fraDato) && (tilDato == null || !dato.isAfter(tilDato));
    }

    public boolean erAktiv() {
        return status == OrdningStatus.AKTIV;
    }

    /** Ends the ordning as inaktiv (its kategori closed) or fullført. */
    public void avslutt(LocalDate dato, OrdningStatus nyStatus) {
        if (nyStatus == OrdningStatus.AKTIV) {
            throw new IllegalArgumentException("En avsluttet ordning kan ikke være aktiv");
        }
        if (dato.isBefore(fraDato)) {
            throw new IllegalArgumentException("Til-dato " + dato + " er før fra-dato " + fraDato);
        }
        this.tilDato = dato;
        this.status = nyStatus;
    }

    public void gjenapne() {
        this.tilDato = null;
        this.status = OrdningStatus.AKTIV;
    }

    /** Takes over what the beregning found; a fullført ordning may still be open. */
    public void oppdater(LocalDate til, OrdningStatus nyStatus, LocalDate nyFrist) {
        if (til != null && til.isBefore(fraDato)) {
            throw new IllegalArgumentException("Til-dato " + til + " er før fra-dato " + fraDato);
        }
        this.tilDato = til;
        this.status = Objects.requireNonNull(nyStatus);
        this.frist = nyFrist;
    }

    public void settFrist(LocalDate nyFrist) {
        this.frist = nyFrist;
    }

    public void endreOppfolging(Kommune kommune, Bydel nyBydel) {
        this.oppfolgingskommune = Objects.requireNonNull(kommune);
        this.bydel = nyBydel;
    }

    public Long getId() {
        return id;
    }

    public Kategori getKategori() {
        return kategori;
    }

    public Person getPerson() {
        return person;
    }

    public OrdningType getType() {
        return type;
    }

    public LocalDate getFraDato() {
        return fraDato;
    }

    public LocalDate getTilDato() {
        return tilDato;
    }

    public OrdningStatus getStatus() {
        return status;
    }

    public LocalDate getFrist() {
        return frist;
    }

    public Kommune getOppfolgingskommune() {
        return oppfolgingskommune;
    }

    public Bydel getBydel() {
        return bydel;
    }
}
