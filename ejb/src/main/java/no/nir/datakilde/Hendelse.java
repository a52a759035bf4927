package no.nir.datakilde;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.nir.person.Kjonn;

/**
 * One event from an upstream register, read and checked by {@link Hendelseleser}: who sent it and
 * when it happened, the person (DUF-nummer) and the fact. Carries personal data: never log it whole.
 *
 * @param hendelseId the sender's unique id of the event; a second delivery with the same id changes nothing
 * @param tidspunkt  when it happened at the source (not when it arrived)
 */
public record Hendelse(String hendelseId, Kilde kilde, Instant tidspunkt, String dufNummer, Fakta fakta) {

    public Hendelse {
        Objects.requireNonNull(hendelseId);
        Objects.requireNonNull(kilde);
        Objects.requireNonNull(tidspunkt);
        Objects.requireNonNull(dufNummer);
        Objects.requireNonNull(fakta);
    }

    public Hendelsestype type() {
        return fakta.type();
    }

    /** The fact an event carries, one record per {@link Hendelsestype}. */
    public sealed interface Fakta permits NyPerson, TillatelseInnvilget, FlyttetInnIMottak, FlyttetUtAvMottak,
            Bosatt, FodselsnummerTildelt, NavnEndret {
        Hendelsestype type();
    }

    /** A person registered for the first time, placed in a mottak or followed up by a kommune (one of the two). */
    public record NyPerson(String fornavn, String etternavn, LocalDate fodselsdato, Kjonn kjonn,
                           String statsborgerskap, Long mottakId, String kommunenummer) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.NY_PERSON;
        }
    }

    public record TillatelseInnvilget(LocalDate dato) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.TILLATELSE_INNVILGET;
        }
    }

    public record FlyttetInnIMottak(LocalDate dato, long mottakId) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.FLYTTET_INN_I_MOTTAK;
        }
    }

    public record FlyttetUtAvMottak(LocalDate dato) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.FLYTTET_UT_AV_MOTTAK;
        }
    }

    /** Settled in a kommune (and bydel, may be null) from the date. */
    public record Bosatt(LocalDate dato, String kommunenummer, String bydelsnummer) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.BOSATT;
        }
    }

    /** A fødselsnummer or D-nummer (11 digits, valid check digits). */
    public record FodselsnummerTildelt(String fodselsnummer) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.FODSELSNUMMER_TILDELT;
        }
    }

    public record NavnEndret(String fornavn, String etternavn) implements Fakta {
        public Hendelsestype type() {
            return Hendelsestype.NAVN_ENDRET;
        }
    }
}
