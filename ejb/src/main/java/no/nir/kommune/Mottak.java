package no.nir.kommune;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** An asylum reception centre; its vertskommune follows up the residents. */
@Entity
@Table(name = "mottak")
public class Mottak {

    @Id
    @SequenceGenerator(name = "mottak_seq", sequenceName = "mottak_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mottak_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "navn", nullable = false)
    private String navn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vertskommune_nummer", nullable = false)
    private Kommune vertskommune;

    protected Mottak() {
    }

    public Mottak(String navn, Kommune vertskommune) {
        this.navn = Objects.requireNonNull(navn);
        this.vertskommune = Objects.requireNonNull(vertskommune);
    }

    public Long getId() {
        return id;
    }

    public String getNavn() {
        return navn;
    }

    public Kommune getVertskommune() {
        return vertskommune;
    }

    @Override
    public String toString() {
        return navn;
    }
}
