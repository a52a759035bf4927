package no.nir.web.tiltak;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.nir.tiltak.Gjennomforing;
import no.nir.tiltak.TiltakRad;
import no.nir.tiltak.TiltakSkjema;

/**
 * The Legg til / Rediger dialog's fields, bound as {@code tiltakView.form.*}. A new tiltak has no
 * id. The service decides what is valid; this only carries the values there.
 */
public class TiltakForm implements Serializable {

    private Long id;
    private long version;
    /** This dialog's own key: a resent save of the same new tiltak is stored once (TiltakService.registrer). */
    private final String lagringsnokkel = UUID.randomUUID().toString();
    private String opprinneligTypeKode;
    private String gruppeKode;
    private String typeKode;
    private boolean erstattende;
    private LocalDate fraDato;
    private LocalDate tilDato;
    private BigDecimal timerPerUke;
    private Gjennomforing gjennomforing;
    private Boolean mottattTilbud;

    static TiltakForm av(TiltakRad t) {
        TiltakForm f = new TiltakForm();
        f.id = t.id();
        f.version = t.version();
        f.opprinneligTypeKode = t.typeKode();
        f.gruppeKode = t.gruppeKode();
        f.typeKode = t.typeKode();
        f.erstattende = t.erstattende();
        f.fraDato = t.fraDato();
        f.tilDato = t.tilDato();
        f.timerPerUke = t.timerPerUke();
        f.gjennomforing = t.gjennomforing();
        f.mottattTilbud = t.mottattTilbud();
        return f;
    }

    TiltakSkjema skjema() {
        return new TiltakSkjema(gruppeKode, typeKode, erstattende, fraDato, tilDato, timerPerUke, gjennomforing,
                mottattTilbud);
    }

    /** A new type or group: its own optional fields start empty (they are shown only for types that record them). */
    public void typeEndret() {
        gjennomforing = null;
        mottattTilbud = null;
    }

    public void gruppeEndret() {
        typeKode = null;
        typeEndret();
    }

    public boolean erNy() {
        return id == null;
    }

    String lagringsnokkel() {
        return lagringsnokkel;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    /** The edited tiltak's own type, offered even when it is no longer gjeldende. */
    String opprinneligTypeKode() {
        return opprinneligTypeKode;
    }

    public String getGruppeKode() {
        return gruppeKode;
    }

    public void setGruppeKode(String gruppeKode) {
        this.gruppeKode = gruppeKode;
    }

    public String getTypeKode() {
        return typeKode;
    }

    public void setTypeKode(String typeKode) {
        this.typeKode = typeKode;
    }

    public boolean isErstattende() {
        return erstattende;
    }

    public void setErstattende(boolean erstattende) {
        this.erstattende = erstattende;
    }

    public LocalDate getFraDato() {
        return fraDato;
    }

    public void setFraDato(LocalDate fraDato) {
        this.fraDato = fraDato;
    }

    public LocalDate getTilDato() {
        return tilDato;
    }

    public void setTilDato(LocalDate tilDato) {
        this.tilDato = tilDato;
    }

    public BigDecimal getTimerPerUke() {
        return timerPerUke;
    }

    public void setTimerPerUke(BigDecimal timerPerUke) {
        this.timerPerUke = timerPerUke;
    }

    public Gjennomforing getGjennomforing() {
        return gjennomforing;
    }

    public void setGjennomforing(Gjennomforing gjennomforing) {
        this.gjennomforing = gjennomforing;
    }

    public Boolean getMottattTilbud() {
        return mottattTilbud;
    }

    public void setMottattTilbud(Boolean mottattTilbud) {
        this.mottattTilbud = mottattTilbud;
    }
}
