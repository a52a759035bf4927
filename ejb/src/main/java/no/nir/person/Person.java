package no.nir.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.kommune.Mottak;

/**
 * A person in the register. Identifiers are stored as digits only (no spaces); formatting for
 * display and parsing of typed input happen outside the entity.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "duf_nummer", nullable = false, unique = true, length = 12)
    private String dufNummer;

    @Column(name = "fodselsnummer", unique = true, length = 11)
    private String fodselsnummer;

    @Column(name = "reg_nummer")
    private String regNummer;

    @Column(name = "unhcr_nummer")
    private String unhcrNummer;

    @Column(name = "fornavn", nullable = false)
    private String fornavn;

    @Column(name = "etternavn", nullable = false)
    private String etternavn;

    @Column(name = "fodselsdato", nullable = false)
    private LocalDate fodselsdato;

    @Enumerated(EnumType.STRING)
    @Column(name = "kjonn", nullable = false, length = 1)
    private Kjonn kjonn;

    @Column(name = "statsborgerskap", nullable = false)
    private String statsborgerskap;

    @Column(name = "tillatelsesdato")
    private LocalDate tillatelsesdato;

    @Column(name = "bosettingsdato")
    private LocalDate bosettingsdato;

    @ManyToOne
    @JoinColumn(name = "mottak_id")
    private Mottak mottak;

    /** The day the person came to live in mottak; kept on moves between mottak. Null when not known. */
    @Column(name = "mottak_innflyttet")
    private LocalDate innflyttetMottak;

    /** The day the person moved out of mottak without being settled; null while in a mottak. */
    @Column(name = "mottak_utflyttet")
    private LocalDate utflyttetMottak;

    @ManyToOne(optional = false)
    @JoinColumn(name = "oppfolgingskommune_nummer", nullable = false)
    private Kommune oppfolgingskommune;

    @ManyToOne
    @JoinColumn(name = "bydel_nummer")
    private Bydel bydel;

    /** Computed by the database (navn_normalisert of fornavn and etternavn); for search queries. */
    @Column(name = "navn_sok", insertable = false, updatable = false)
    private String navnSok;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {
    }

    public Person(String dufNummer, String fornavn, String etternavn, LocalDate fodselsdato, Kjonn kjonn,
                  String statsborgerskap, Kommune oppfolgingskommune) {
        this.dufNummer = Objects.requireNonNull(dufNummer);
        this.fornavn = Objects.requireNonNull(fornavn);
        this.etternavn = Objects.requireNonNull(etternavn);
        this.fodselsdato = Objects.requireNonNull(fodselsdato);
        this.kjonn = Objects.requireNonNull(kjonn);
        this.statsborgerskap = Objects.requireNonNull(statsborgerskap);
        this.oppfolgingskommune = Objects.requireNonNull(oppfolgingskommune);
    }

    /** Integreringsloven unless the permit was granted before 01.01.2021. */
    public Lovverk lovverk() {
        return Lovverk.forTillatelsesdato(tillatelsesdato);
    }

    public String fulltNavn() {
        return fornavn + " " + etternavn;
    }

    /** Whole years of age on the given date. */
    public int alderPa(LocalDate dato) {
        return Period.between(fodselsdato, dato).getYears();
    }

    public boolean harTillatelse() {
        return tillatelsesdato != null;
    }

    public boolean erBosatt() {
        return bosettingsdato != null;
    }

    public boolean borPaMottak() {
        return mottak != null;
    }

    public void innvilgTillatelse(LocalDate dato) {
        this.tillatelsesdato = Objects.requireNonNull(dato);
    }

    /** A mottak resident is followed up by the mottak's vertskommune (SPEC §1, scope rule). */
    public void flyttTilMottak(Mottak nyttMottak) {
        flyttTilMottak(nyttMottak, null);
    }

    /**
     * Moves into a mottak on the given day (null: not known). A move from one mottak to another keeps
     * the day the person first came to live in mottak.
     */
    public void flyttTilMottak(Mottak nyttMottak, LocalDate dato) {
        if (mottak == null) {
            this.innflyttetMottak = dato;
            this.utflyttetMottak = null;
        }
        this.mottak = Objects.requireNonNull(nyttMottak);
        this.oppfolgingskommune = nyttMottak.getVertskommune();
        this.bydel = null;
    }

    /** Leaves the mottak without being settled; the mottak's vertskommune still follows the person up. */
    public void flyttUtAvMottak(LocalDate dato) {
        this.mottak = null;
        this.utflyttetMottak = Objects.requireNonNull(dato);
    }

    /** Settled in a kommune: the person leaves the mottak and the kommune takes over. */
    public void bosett(LocalDate dato, Kommune kommune, Bydel nyBydel) {
        this.bosettingsdato = Objects.requireNonNull(dato);
        this.mottak = null;
        this.oppfolgingskommune = Objects.requireNonNull(kommune);
        this.bydel = nyBydel;
    }

    /**
     * A settled person who moves to another kommune: the kommune and bydel follow up from now on, the
     * bosettingsdato (and with it the frister counted from it) stays the first one.
     */
    public void flyttTilKommune(Kommune kommune, Bydel nyBydel) {
        this.oppfolgingskommune = Objects.requireNonNull(kommune);
        this.bydel = nyBydel;
    }

    public void endreNavn(String nyttFornavn, String nyttEtternavn) {
        this.fornavn = Objects.requireNonNull(nyttFornavn);
        this.etternavn = Objects.requireNonNull(nyttEtternavn);
    }

    /** Birth date, sex and citizenship as a newer registration gives them. */
    public void endrePersonalia(LocalDate nyFodselsdato, Kjonn nyttKjonn, String nyttStatsborgerskap) {
        this.fodselsdato = Objects.requireNonNull(nyFodselsdato);
        this.kjonn = Objects.requireNonNull(nyttKjonn);
        this.statsborgerskap = Objects.requireNonNull(nyttStatsborgerskap);
    }

    public void setFodselsnummer(String fodselsnummer) {
        this.fodselsnummer = fodselsnummer;
    }

    public void setRegNummer(String regNummer) {
        this.regNummer = regNummer;
    }

    public void setUnhcrNummer(String unhcrNummer) {
        this.unhcrNummer = unhcrNummer;
    }

    public Long getId() {
        return id;
    }

    public String getDufNummer() {
        return dufNummer;
    }

    public String getFodselsnummer() {
        return fodselsnummer;
    }

    public String getRegNummer() {
        return regNummer;
    }

    public String getUnhcrNummer() {
        return unhcrNummer;
    }

    public String getFornavn() {
        return fornavn;
    }

    public String getEtternavn() {
        return etternavn;
    }

    public LocalDate getFodselsdato() {
        return fodselsdato;
    }

    public Kjonn getKjonn() {
        return kjonn;
    }

    public String getStatsborgerskap() {
        return statsborgerskap;
    }

    public LocalDate getTillatelsesdato() {
        return tillatelsesdato;
    }

    public LocalDate getBosettingsdato() {
        return bosettingsdato;
    }

    public Mottak getMottak() {
        return mottak;
    }

    public LocalDate getInnflyttetMottak() {
        return innflyttetMottak;
    }

    public LocalDate getUtflyttetMottak() {
        return utflyttetMottak;
    }

    public Kommune getOppfolgingskommune() {
        return oppfolgingskommune;
    }

    public Bydel getBydel() {
        return bydel;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Person " + id + " (" + dufNummer + ")";
    }
}
