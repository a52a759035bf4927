package no.nir.katalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A type of the tiltakskatalog with its veiledning, loaded by the V2 migration. */
@Entity
@Table(name = "tiltakstype")
public class Tiltakstype extends Katalogoppforing {

    @ManyToOne(optional = false)
    @JoinColumn(name = "gruppe_kode", nullable = false)
    private Tiltaksgruppe gruppe;

    @Column(name = "veiledning", nullable = false)
    private String veiledning;

    /** Livsmestring i et nytt land and Foreldreveiledning record whether they were carried out. */
    @Column(name = "krever_gjennomforing", nullable = false)
    private boolean kreverGjennomforing;

    /** Tilbud i omsorgspermisjon records whether the offer was received. */
    @Column(name = "krever_mottatt_tilbud", nullable = false)
    private boolean kreverMottattTilbud;

    protected Tiltakstype() {
    }

    public Tiltakstype(String kode, Tiltaksgruppe gruppe, String navn, String veiledning,
                       boolean kreverGjennomforing, boolean kreverMottattTilbud, int sortering) {
        super(kode, navn, sortering);
        this.gruppe = Objects.requireNonNull(gruppe);
        this.veiledning = Objects.requireNonNull(veiledning);
        this.kreverGjennomforing = kreverGjennomforing;
        this.kreverMottattTilbud = kreverMottattTilbud;
    }

    /** A new tiltak may use the type only while both the type and its group are gjeldende. */
    public boolean kanVelgesPa(LocalDate dato) {
        return erGjeldende(dato) && gruppe.erGjeldende(dato);
    }

    public Tiltaksgruppe getGruppe() {
        return gruppe;
    }

    public String getVeiledning() {
        return veiledning;
    }

    public boolean isKreverGjennomforing() {
        return kreverGjennomforing;
    }

    public boolean isKreverMottattTilbud() {
        return kreverMottattTilbud;
    }
}
