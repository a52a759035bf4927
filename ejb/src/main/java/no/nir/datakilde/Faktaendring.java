package no.nir.datakilde;

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
 * An event as the person's history keeps it (table faktaendring, V40): its source and id, when it
 * happened, whether it was applied or only recorded because a newer event had given the same facts,
 * and what it said, in words for the Grunndata page. Append-only.
 */
@Entity
@Table(name = "faktaendring")
public class Faktaendring {

    @Id
    @SequenceGenerator(name = "faktaendring_seq", sequenceName = "faktaendring_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faktaendring_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "hendelse_id", nullable = false, unique = true, length = 100)
    private String hendelseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "kilde", nullable = false)
    private Kilde kilde;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private Hendelsestype type;

    @Column(name = "tidspunkt", nullable = false)
    private Instant tidspunkt;

    @Column(name = "anvendt", nullable = false)
    private boolean anvendt;

    @Column(name = "beskrivelse", nullable = false, length = 500)
    private String beskrivelse;

    @Column(name = "registrert", nullable = false)
    private Instant registrert;

    protected Faktaendring() {
    }

    public Faktaendring(Hendelse hendelse, Person person, boolean anvendt, String beskrivelse, Instant registrert) {
        this.hendelseId = hendelse.hendelseId();
        this.person = Objects.requireNonNull(person);
        this.kilde = hendelse.kilde();
        this.type = hendelse.type();
        this.tidspunkt = hendelse.tidspunkt();
        this.anvendt = anvendt;
        this.beskrivelse = beskrivelse.length() > 500 ? beskrivelse.substring(0, 500) : beskrivelse;
        this.registrert = Objects.requireNonNull(registrert);
    }

    public String getHendelseId() {
        return hendelseId;
    }

    public Kilde getKilde() {
        return kilde;
    }

    public Hendelsestype getType() {
        return type;
    }

    public Instant getTidspunkt() {
        return tidspunkt;
    }

    public boolean isAnvendt() {
        return anvendt;
    }

    public String getBeskrivelse() {
        return beskrivelse;
    }

    public Instant getRegistrert() {
        return registrert;
    }
}
