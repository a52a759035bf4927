package no.nir.ordning;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.nir.kommune.Bydel;
import no.nir.kommune.Kommune;
import no.nir.person.Lovverk;
import no.nir.person.Person;

/**
 * A kategori computed for a person (beregning). Owns its ordninger: they are created through
 * {@link #leggTilOrdning}, so an ordning always belongs to the kategori's person.
 */
@Entity
@Table(name = "kategori")
public class Kategori {

    @Id
    @SequenceGenerator(name = "kategori_seq", sequenceName = "kategori_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kategori_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private KategoriType type;

    /** Always type.lovverk() (a CHECK in the schema); stored so list queries can filter on it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "lovverk", nullable = false)
    private Lovverk lovverk;

    @Column(name = "fra_dato", nullable = false)
    private LocalDate fraDato;

    @Column(name = "til_dato")
    private LocalDate tilDato;

    @OneToMany(mappedBy = "kategori", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fraDato, id")
    private List<Ordning> ordninger = new ArrayList<>();

    protected Kategori() {
    }

    public Kategori(Person person, KategoriType type, LocalDate fraDato) {
        this.person = Objects.requireNonNull(person);
        this.type = Objects.requireNonNull(type);
        this.lovverk = type.lovverk();
        this.fraDato = Objects.requireNonNull(fraDato);
    }

    /** The ordning starts with its kategori; the person lists rely on the two fra-datoer being equal. */
    public Ordning leggTilOrdning(OrdningType ordningType, LocalDate frist, Kommune oppfolgingskommune, Bydel bydel) {
        Ordning ordning = new Ordning(this, ordningType, frist, oppfolgingskommune, bydel);
        ordninger.add(ordning);
        return ordning;
    }

    /** Open = no til-dato; only persons with an open kategori appear in the person lists. */
    public boolean erApen() {
        return tilDato == null;
    }

    public void lukk(LocalDate dato) {
        if (dato.isBefore(fraDato)) {
            throw new IllegalArgumentException("Til-dato " + dato + " er før fra-dato " + fraDato);
        }
        this.tilDato = dato;
    }

    public void gjenapne() {
        this.tilDato = null;
    }

    /** Sets the til-dato the beregning found: closes, or reopens when it is null. */
    public void oppdaterTil(LocalDate til) {
        if (til == null) {
            gjenapne();
        } else {
            lukk(til);
        }
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public KategoriType getType() {
        return type;
    }

    public Lovverk getLovverk() {
        return lovverk;
    }

    public LocalDate getFraDato() {
        return fraDato;
    }

    public LocalDate getTilDato() {
        return tilDato;
    }

    /** Lazy: read it inside the transaction (or fetch-join it) before the entity is detached. */
    public List<Ordning> getOrdninger() {
        return Collections.unmodifiableList(ordninger);
    }

    /** Removing an ordning deletes it (orphanRemoval); the database refuses if it has tiltak. */
    public void fjernOrdning(Ordning ordning) {
        ordninger.remove(ordning);
    }
}
