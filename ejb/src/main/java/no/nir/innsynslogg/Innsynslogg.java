package no.nir.innsynslogg;

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
import java.time.Instant;
import java.util.Objects;
import no.nir.person.Person;

/**
 * One entry of the innsynslogg: who opened which person or changed which tiltak, and when.
 * Append-only, so it has no mutators. The tiltak is kept as its id: the log sits below the tiltak
 * package (which writes it), so it may not name the Tiltak entity.
 */
@Entity
@Table(name = "innsynslogg")
public class Innsynslogg {

    @Id
    @SequenceGenerator(name = "innsynslogg_seq", sequenceName = "innsynslogg_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "innsynslogg_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "tidspunkt", nullable = false)
    private Instant tidspunkt;

    @Column(name = "bruker", nullable = false)
    private String bruker;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling", nullable = false)
    private Handling handling;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "tiltak_id")
    private Long tiltakId;

    /** The person's oppfølgingskommune at the time, so a kommune sees who looked at its persons. */
    @Column(name = "kommune_nummer", length = 4)
    private String kommuneNummer;

    /** The person's bydel at the time (V20), so a bydel's administrator sees its own persons' lines. */
    @Column(name = "bydel_nummer", length = 6)
    private String bydelNummer;

    @Column(name = "detaljer")
    private String detaljer;

    protected Innsynslogg() {
    }

    public Innsynslogg(Instant tidspunkt, String bruker, Handling handling, Person person, Long tiltakId,
                       String kommuneNummer, String bydelNummer, String detaljer) {
        this.tidspunkt = Objects.requireNonNull(tidspunkt);
        this.bruker = Objects.requireNonNull(bruker);
        this.handling = Objects.requireNonNull(handling);
        this.person = Objects.requireNonNull(person);
        this.tiltakId = tiltakId;
        this.kommuneNummer = kommuneNummer;
        this.bydelNummer = bydelNummer;
        this.detaljer = detaljer;
    }

    public Long getId() {
        return id;
    }

    public Instant getTidspunkt() {
        return tidspunkt;
    }

    public String getBruker() {
        return bruker;
    }

    public Handling getHandling() {
        return handling;
    }

    public Person getPerson() {
        return person;
    }

    public Long getTiltakId() {
        return tiltakId;
    }

    public String getKommuneNummer() {
        return kommuneNummer;
    }

    public String getBydelNummer() {
        return bydelNummer;
    }

    public String getDetaljer() {
        return detaljer;
    }
}
