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

/** An occupation with years of experience. Part of {@link Kompetanse}. */
@Entity
@Table(name = "kompetanse_yrke")
public class KompetanseYrke {

    @Id
    @SequenceGenerator(name = "kompetanse_yrke_seq", sequenceName = "kompetanse_yrke_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kompetanse_yrke_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kompetanse_id", nullable = false)
    private Kompetanse kompetanse;

    @Column(name = "yrke", nullable = false)
    private String yrke;

    @Column(name = "antall_ar", precision = 4, scale = 1)
    private BigDecimal antallAr;

    protected KompetanseYrke() {
    }

    KompetanseYrke(Kompetanse kompetanse, String yrke, BigDecimal antallAr) {
        this.kompetanse = Objects.requireNonNull(kompetanse);
        this.yrke = Objects.requireNonNull(yrke);
        this.antallAr = antallAr;
    }

    public Long getId() {
        return id;
    }

    public String getYrke() {
        return yrke;
    }

    public BigDecimal getAntallAr() {
        return antallAr;
    }
}
