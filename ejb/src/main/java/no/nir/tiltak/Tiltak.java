package no.nir.tiltak;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.nir.katalog.Tiltakstype;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.ordning.Ordning;

/**
 * An integration measure the kommune registered on an ordning. Never deleted from the database:
 * {@link #slett} marks it, so deleted tiltak can still be shown ("Vis slettede tiltak").
 * Validation with Norwegian messages is the service's job; the entity only guards its invariants.
 */
@Entity
@Table(name = "tiltak")
public class Tiltak {

    @Id
    @SequenceGenerator(name = "tiltak_seq", sequenceName = "tiltak_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tiltak_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ordning_id", nullable = false)
    private Ordning ordning;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tiltakstype_kode", nullable = false)
    private Tiltakstype tiltakstype;

    @Column(name = "fra_dato", nullable = false)
    private LocalDate fraDato;

    @Column(name = "til_dato", nullable = false)
    private LocalDate tilDato;

    @Column(name = "timer_per_uke", nullable = false, precision = 3, scale = 1)
    private BigDecimal timerPerUke;

    /** "Tiltaket erstatter andre tiltak i en periode". */
    @Column(name = "erstattende", nullable = false)
    private boolean erstattende;

    /** Only for types that record it (Tiltakstype.kreverGjennomforing), else null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "gjennomforing")
    private Gjennomforing gjennomforing;

    /** Only for types that record it (Tiltakstype.kreverMottattTilbud), else null. */
    @Column(name = "mottatt_tilbud")
    private Boolean mottattTilbud;

    /** Copied from the ordning at registration: where the tiltak was offered. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "oppfolgingskommune_nummer", nullable = false)
    private Kommune oppfolgingskommune;

    @ManyToOne
    @JoinColumn(name = "bydel_nummer")
    private Bydel bydel;

    @Column(name = "registrert_av", nullable = false)
    private String registrertAv;

    @Column(name = "registrert_tid", nullable = false)
    private Instant registrertTid;

    @Column(name = "endret_av")
    private String endretAv;

    @Column(name = "endret_tid")
    private Instant endretTid;

    @Column(name = "slettet_av")
    private String slettetAv;

    @Column(name = "slettet_tid")
    private Instant slettetTid;

    /** The dialog's key when registered from the page ({@link TiltakService#registrer(long, TiltakSkjema, String)}). */
    @Column(name = "lagringsnokkel", updatable = false)
    private String lagringsnokkel;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tiltak() {
    }

    /** Gjennomføring starts as Ikke registrert and mottatt tilbud as false where the type records them. */
    public Tiltak(Ordning ordning, Tiltakstype tiltakstype, LocalDate fraDato, LocalDate tilDato,
                  BigDecimal timerPerUke, boolean erstattende, String registrertAv, Instant registrertTid) {
        this.ordning = Objects.requireNonNull(ordning);
        this.oppfolgingskommune = ordning.getOppfolgingskommune();
        this.bydel = ordning.getBydel();
        settFelter(tiltakstype, fraDato, tilDato, timerPerUke, erstattende);
        this.registrertAv = Objects.requireNonNull(registrertAv);
        this.registrertTid = Objects.requireNonNull(registrertTid);
    }

    /** An edit from the Tiltak dialog; gjennomføring and mottatt tilbud are set separately. */
    public void endre(Tiltakstype nyType, LocalDate fra, LocalDate til, BigDecimal timer, boolean erstatter,
                      String bruker, Instant tid) {
        kreverIkkeSlettet();
        settFelter(nyType, fra, til, timer, erstatter);
        this.endretAv = Objects.requireNonNull(bruker);
        this.endretTid = Objects.requireNonNull(tid);
    }

    public void settGjennomforing(Gjennomforing verdi) {
        if (!tiltakstype.isKreverGjennomforing()) {
            throw new IllegalStateException("Tiltakstype " + tiltakstype.getKode() + " har ikke gjennomføring");
        }
        this.gjennomforing = Objects.requireNonNull(verdi);
    }

    public void settMottattTilbud(boolean verdi) {
        if (!tiltakstype.isKreverMottattTilbud()) {
            throw new IllegalStateException("Tiltakstype " + tiltakstype.getKode() + " har ikke mottatt tilbud");
        }
        this.mottattTilbud = verdi;
    }

    public void slett(String bruker, Instant tid) {
        kreverIkkeSlettet();
        this.slettetAv = Objects.requireNonNull(bruker);
        this.slettetTid = Objects.requireNonNull(tid);
    }

    public boolean erSlettet() {
        return slettetTid != null;
    }

    private void kreverIkkeSlettet() {
        if (erSlettet()) {
            throw new IllegalStateException("Tiltak " + id + " er slettet");
        }
    }

    private void settFelter(Tiltakstype nyType, LocalDate fra, LocalDate til, BigDecimal timer, boolean erstatter) {
        if (til.isBefore(fra)) {
            throw new IllegalArgumentException("Til dato " + til + " er før fra dato " + fra);
        }
        // Keep a recorded value when the type still records it; give the default otherwise.
        this.gjennomforing = nyType.isKreverGjennomforing()
                ? Objects.requireNonNullElse(gjennomforing, Gjennomforing.IKKE_REGISTRERT) : null;
        this.mottattTilbud = nyType.isKreverMottattTilbud()
                ? Objects.requireNonNullElse(mottattTilbud, Boolean.FALSE) : null;
        this.tiltakstype = nyType;
        this.fraDato = fra;
        this.tilDato = til;
        this.timerPerUke = Objects.requireNonNull(timer);
        this.erstattende = erstatter;
    }

    void settLagringsnokkel(String nokkel) {
        this.lagringsnokkel = nokkel;
    }

    public Long getId() {
        return id;
    }

    public Ordning getOrdning() {
        return ordning;
    }

    public Tiltakstype getTiltakstype() {
        return tiltakstype;
    }

    public LocalDate getFraDato() {
        return fraDato;
    }

    public LocalDate getTilDato() {
        return tilDato;
    }

    public BigDecimal getTimerPerUke() {
        return timerPerUke;
    }

    public boolean isErstattende() {
        return erstattende;
    }

    public Gjennomforing getGjennomforing() {
        return gjennomforing;
    }

    public Boolean getMottattTilbud() {
        return mottattTilbud;
    }

    public Kommune getOppfolgingskommune() {
        return oppfolgingskommune;
    }

    public Bydel getBydel() {
        return bydel;
    }

    public String getRegistrertAv() {
        return registrertAv;
    }

    public Instant getRegistrertTid() {
        return registrertTid;
    }

    public String getEndretAv() {
        return endretAv;
    }

    public Instant getEndretTid() {
        return endretTid;
    }

    public String getSlettetAv() {
        return slettetAv;
    }

    public Instant getSlettetTid() {
        return slettetTid;
    }

    public long getVersion() {
        return version;
    }
}
