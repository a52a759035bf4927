package no.nir.katalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A type of the tiltakskatalog with its veiledning, loaded by the V2 migration. */
@Entity
@Table(name = "tiltakstype")
public class Tiltakstype {

    @Id
    @Column(name = "kode")
    private String kode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "gruppe_kode", nullable = false)
    private Tiltaksgruppe gruppe;

    @Column(name = "navn", nullable = false)
    private String navn;

    @Column(name = "veiledning", nullable = false)
    private String veiledning;

    /** Livsmestring i et nytt land and Foreldreveiledning record whether they were carried out. */
    @Column(name = "krever_gjennomforing", nullable = false)
    private boolean kreverGjennomforing;

    /** Tilbud i omsorgspermisjon records whether the offer was received. */
    @Column(name = "krever_mottatt_tilbud", nullable = false)
    private boolean kreverMottattTilbud;

    /** Order of the catalogue file. */
    @Column(name = "sortering", nullable = false)
    private int sortering;

    @Column(name = "gyldig_til")
    private LocalDate gyldigTil;

    protected Tiltakstype() {
    }

    public Tiltakstype(String kode, Tiltaksgruppe gruppe, String navn, String veiledning,
                       boolean kreverGjennomforing, boolean kreverMottattTilbud, int sortering) {
        this.kode = Objects.requireNonNull(kode);
        this.gruppe = Objects.requireNonNull(gruppe);
        this.navn = Objects.requireNonNull(navn);
        this.veiledning = Objects.requireNonNull(veiledning);
        this.kreverGjennomforing = kreverGjennomforing;
        this.kreverMottattTilbud = kreverMottattTilbud;
        this.sortering = sortering;
    }

    /** The type's own validity; after gyldig til it is labelled "(ikke gjeldende)". */
    public boolean erGjeldende(LocalDate dato) {
        return gyldigTil == null || !dato.isAfter(gyldigTil);
    }

    /** A new tiltak may use the type only while both the type and its group are gjeldende. */
    public boolean kanVelgesPa(LocalDate dato) {
        return erGjeldende(dato) && gruppe.erGjeldende(dato);
    }

    public String getKode() {
        return kode;
    }

    public Tiltaksgruppe getGruppe() {
        return gruppe;
    }

    public String getNavn() {
        return navn;
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

    public int getSortering() {
        return sortering;
    }

    public LocalDate getGyldigTil() {
        return gyldigTil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tiltakstype other && kode.equals(other.kode);
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
