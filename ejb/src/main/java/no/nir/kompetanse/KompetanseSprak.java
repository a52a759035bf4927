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
import java.util.Objects;

/** A language with its oral and written level. Part of {@link Kompetanse}. */
@Entity
@Table(name = "kompetanse_sprak")
public class KompetanseSprak {

    @Id
    @SequenceGenerator(name = "kompetanse_sprak_seq", sequenceName = "kompetanse_sprak_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kompetanse_sprak_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kompetanse_id", nullable = false)
    private Kompetanse kompetanse;

    @Column(name = "sprak", nullable = false)
    private String sprak;

    @Column(name = "muntlig_niva")
    private String muntligNiva;

    @Column(name = "skriftlig_niva")
    private String skriftligNiva;

    @Column(name = "morsmal", nullable = false)
    private boolean morsmal;

    protected KompetanseSprak() {
    }

    KompetanseSprak(Kompetanse kompetanse, String sprak, String muntligNiva, String skriftligNiva, boolean morsmal) {
        this.kompetanse = Objects.requireNonNull(kompetanse);
        this.sprak = Objects.requireNonNull(sprak);
        this.muntligNiva = muntligNiva;
        this.skriftligNiva = skriftligNiva;
        this.morsmal = morsmal;
    }

    public Long getId() {
        return id;
    }

    public String getSprak() {
        return sprak;
    }

    public String getMuntligNiva() {
        return muntligNiva;
    }

    public String getSkriftligNiva() {
        return skriftligNiva;
    }

    public boolean isMorsmal() {
        return morsmal;
    }
}
