package no.nir.kompetanse;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.nir.person.Person;

/**
 * A person's kompetanse (at most one). The application only reads it; the mutators exist for
 * whatever imports or seeds it. The three lists are lazy: read them inside the transaction.
 */
@Entity
@Table(name = "kompetanse")
public class Kompetanse {

    @Id
    @SequenceGenerator(name = "kompetanse_seq", sequenceName = "kompetanse_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kompetanse_seq")
    @Column(name = "id")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "kilde", nullable = false)
    private Kilde kilde;

    @Column(name = "registrert_dato", nullable = false)
    private LocalDate registrertDato;

    /** Null until the first step of the status line is reached. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private KompetanseStatus status;

    @Column(name = "andre_ferdigheter")
    private String andreFerdigheter;

    @Column(name = "interesser")
    private String interesser;

    @Column(name = "karriereveiledning_notat")
    private String karriereveiledningNotat;

    @Column(name = "karriereveiledning_dato")
    private LocalDate karriereveiledningDato;

    @OneToMany(mappedBy = "kompetanse", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<KompetanseSprak> sprak = new ArrayList<>();

    @OneToMany(mappedBy = "kompetanse", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<KompetanseYrke> yrker = new ArrayList<>();

    @OneToMany(mappedBy = "kompetanse", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<KompetanseUtdanning> utdanninger = new ArrayList<>();

    protected Kompetanse() {
    }

    public Kompetanse(Person person, Kilde kilde, LocalDate registrertDato) {
        this.person = Objects.requireNonNull(person);
        this.kilde = Objects.requireNonNull(kilde);
        this.registrertDato = Objects.requireNonNull(registrertDato);
    }

    public KompetanseSprak leggTilSprak(String navn, String muntligNiva, String skriftligNiva, boolean morsmal) {
        KompetanseSprak s = new KompetanseSprak(this, navn, muntligNiva, skriftligNiva, morsmal);
        sprak.add(s);
        return s;
    }

    public KompetanseYrke leggTilYrke(String yrke, BigDecimal antallAr) {
        KompetanseYrke y = new KompetanseYrke(this, yrke, antallAr);
        yrker.add(y);
        return y;
    }

    public KompetanseUtdanning leggTilUtdanning(String niva, String fagfelt, String land, BigDecimal antallAr,
                                                boolean fullfort) {
        KompetanseUtdanning u = new KompetanseUtdanning(this, niva, fagfelt, land, antallAr, fullfort);
        utdanninger.add(u);
        return u;
    }

    public void setAndreFerdigheter(String andreFerdigheter) {
        this.andreFerdigheter = andreFerdigheter;
    }

    public void setInteresser(String interesser) {
        this.interesser = interesser;
    }

    public void setStatus(KompetanseStatus status) {
        this.status = status;
    }

    public void registrerKarriereveiledning(String notat, LocalDate dato) {
        this.karriereveiledningNotat = notat;
        this.karriereveiledningDato = dato;
    }

    /** Whether the status line has reached the given step (steps are in enum order). */
    public boolean harNadd(KompetanseStatus steg) {
        return status != null && status.compareTo(steg) >= 0;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Kilde getKilde() {
        return kilde;
    }

    public LocalDate getRegistrertDato() {
        return registrertDato;
    }

    public KompetanseStatus getStatus() {
        return status;
    }

    public String getAndreFerdigheter() {
        return andreFerdigheter;
    }

    public String getInteresser() {
        return interesser;
    }

    public String getKarriereveiledningNotat() {
        return karriereveiledningNotat;
    }

    public LocalDate getKarriereveiledningDato() {
        return karriereveiledningDato;
    }

    public List<KompetanseSprak> getSprak() {
        return Collections.unmodifiableList(sprak);
    }

    public List<KompetanseYrke> getYrker() {
        return Collections.unmodifiableList(yrker);
    }

    public List<KompetanseUtdanning> getUtdanninger() {
        return Collections.unmodifiableList(utdanninger);
    }
}
