package no.nir.kompetanse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** An education: level, field, country, years, completed. Part of {@link Kompetanse}. */
@Entity
@Table(name = "kompetanse_utdanning")
public class KompetanseUtdanning {

    @Id
    @SequenceGenerator(name = "kompetanse_utdanning_seq", sequenceName = "kompetanse_utdanning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kompetanse_utdanning_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kompetanse_id", nullable = false)
    private Kompetanse kompetanse;

    @Column(name = "niva", nullable = false)
    private String niva;

    @Column(name = "fagfelt")
    private String fagfelt;

    @Column(name = "land")
    private String land;

    @Column(name = "antall_ar", precision = 4, scale = 1)
    private BigDecimal antallAr;

    @Column(name = "fullfort", nullable = false)
    private boolean fullfort;

    protected KompetanseUtdanning() {
    }

    KompetanseUtdanning(Kompetanse kompetanse, String niva, String fagfelt, String land, BigDecimal antallAr,
                        boolean fullfort) {
        this.kompetanse = Objects.requireNonNull(kompetanse);
        this.niva = Objects.requireNonNull(niva);
        this.fagfelt = fagfelt;
        this.land = land;
        this.antallAr = antallAr;
        this.fullfort = fullfort;
    }

    public Long getId() {
        return id;
    }

    public String getNiva() {
        return niva;
    }

    public String getFagfelt() {
        return fagfelt;
    }

    public String getLand() {
        return land;
    }

    public BigDecimal getAntallAr() {
        return antallAr;
    }

    public boolean isFullfort() {
        return fullfort;
    }
}
