package no.nir.datakilde;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.nir.kalender.Norsktid;
import no.nir.person.Fodselsnummer;
import no.nir.person.Kjonn;
import no.nir.person.UgyldigIdentifikatorException;

/**
 * Reads one event (JSON, the format of {@code docs/personhendelse.schema.json}) strictly: every field
 * its type needs, none it does not know, values in range, and nothing dated in the future beyond
 * {@link #TOLERANSE} (the senders' clocks may run a little ahead). What it refuses comes with a
 * reason naming the field, never the person.
 */
public final class Hendelseleser {

    /** How far ahead of NIR's clock a sender's times may be. */
    public static final Duration TOLERANSE = Duration.ofMinutes(5);
    /** A larger message is refused before it is parsed. */
    public static final int MAKS_TEGN = 8_000;

    private static final Set<String> FELLES = Set.of("hendelseId", "kilde", "tidspunkt", "dufNummer", "type");
    private static final Map<Hendelsestype, Set<String>> FELT = new EnumMap<>(Map.of(
            Hendelsestype.NY_PERSON, Set.of("fornavn", "etternavn", "fodselsdato", "kjonn", "statsborgerskap",
                    "mottakId", "kommunenummer"),
            Hendelsestype.TILLATELSE_INNVILGET, Set.of("dato"),
            Hendelsestype.FLYTTET_INN_I_MOTTAK, Set.of("dato", "mottakId"),
            Hendelsestype.FLYTTET_UT_AV_MOTTAK, Set.of("dato"),
            Hendelsestype.BOSATT, Set.of("dato", "kommunenummer", "bydelsnummer"),
            Hendelsestype.FODSELSNUMMER_TILDELT, Set.of("fodselsnummer"),
            Hendelsestype.NAVN_ENDRET, Set.of("fornavn", "etternavn")));
    private static final Pattern HENDELSE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern DUF = Pattern.compile("\\d{12}");
    private static final Pattern KOMMUNE = Pattern.compile("\\d{4}");
    private static final Pattern BYDEL = Pattern.compile("\\d{6}");
    private static final Pattern KONTROLLTEGN = Pattern.compile("\\p{Cntrl}");
    private static final LocalDate TIDLIGST = LocalDate.of(1900, 1, 1);

    private Hendelseleser() {
    }

    /**
     * @param naa NIR's clock now; decides what lies in the future
     * @throws AvvistHendelseException with the reason, when the text is no valid event
     */
    public static Hendelse les(String tekst, Instant naa) throws AvvistHendelseException {
        if (tekst == null || tekst.isBlank()) {
            throw new AvvistHendelseException("Meldingen er tom");
        }
        if (tekst.length() > MAKS_TEGN) {
            throw new AvvistHendelseException("Meldingen er lengre enn " + MAKS_TEGN + " tegn");
        }
        JsonObject json;
        try (JsonReader leser = Json.createReader(new StringReader(tekst))) {
            JsonValue verdi = leser.readValue();
            if (verdi.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new AvvistHendelseException("Meldingen er ikke et JSON-objekt");
            }
            json = verdi.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new AvvistHendelseException("Ugyldig JSON");
        }
        return new Felt(json, naa).hendelse();
    }

    /** The fields of one event object, read with the same limits for all types. */
    private static final class Felt {

        private final JsonObject json;
        private final Instant naa;
        private final LocalDate senesteDato;

        Felt(JsonObject json, Instant naa) {
            this.json = json;
            this.naa = naa;
            this.senesteDato = LocalDate.ofInstant(naa.plus(TOLERANSE), Norsktid.SONE);
        }

        Hendelse hendelse() throws AvvistHendelseException {
            Hendelsestype type = enumverdi("type", Hendelsestype.class);
            Set<String> ukjente = new TreeSet<>(json.keySet());
            ukjente.removeAll(FELLES);
            ukjente.removeAll(FELT.get(type));
            if (!ukjente.isEmpty()) {
                throw new AvvistHendelseException("Ukjent felt for " + type + ": " + String.join(", ", ukjente));
            }
            String hendelseId = tekst("hendelseId", HENDELSE_ID, "1–100 tegn av A–Z, a–z, 0–9 og . _ : -");
            Kilde kilde = enumverdi("kilde", Kilde.class);
            Instant tidspunkt = tidspunkt();
            String duf = tekst("dufNummer", DUF, "12 siffer");
            return new Hendelse(hendelseId, kilde, tidspunkt, duf, fakta(type));
        }

        private Hendelse.Fakta fakta(Hendelsestype type) throws AvvistHendelseException {
            return switch (type) {
                case NY_PERSON -> nyPerson();
                case TILLATELSE_INNVILGET -> new Hendelse.TillatelseInnvilget(dato("dato"));
                case FLYTTET_INN_I_MOTTAK -> new Hendelse.FlyttetInnIMottak(dato("dato"), mottakId());
                case FLYTTET_UT_AV_MOTTAK -> new Hendelse.FlyttetUtAvMottak(dato("dato"));
                case BOSATT -> new Hendelse.Bosatt(dato("dato"), tekst("kommunenummer", KOMMUNE, "4 siffer"),
                        valgfri("bydelsnummer") ? tekst("bydelsnummer", BYDEL, "6 siffer") : null);
                case FODSELSNUMMER_TILDELT -> new Hendelse.FodselsnummerTildelt(fodselsnummer());
                case NAVN_ENDRET -> new Hendelse.NavnEndret(navn("fornavn", 200), navn("etternavn", 200));
            };
        }

        private Hendelse.NyPerson nyPerson() throws AvvistHendelseException {
            boolean mottak = valgfri("mottakId");
            boolean kommune = valgfri("kommunenummer");
            if (mottak == kommune) {
                throw new AvvistHendelseException("NY_PERSON må ha enten mottakId eller kommunenummer");
            }
            LocalDate fodselsdato = dato("fodselsdato");
            return new Hendelse.NyPerson(navn("fornavn", 200), navn("etternavn", 200), fodselsdato,
                    enumverdi("kjonn", Kjonn.class), navn("statsborgerskap", 100),
                    mottak ? mottakId() : null, kommune ? tekst("kommunenummer", KOMMUNE, "4 siffer") : null);
        }

        private JsonValue paakrevd(String felt) throws AvvistHendelseException {
            JsonValue verdi = json.get(felt);
            if (verdi == null || verdi.getValueType() == JsonValue.ValueType.NULL) {
                throw new AvvistHendelseException("Feltet " + felt + " mangler");
            }
            return verdi;
        }

        /** Whether an optional field is given (null counts as not given). */
        private boolean valgfri(String felt) {
            JsonValue verdi = json.get(felt);
            return verdi != null && verdi.getValueType() != JsonValue.ValueType.NULL;
        }

        private String streng(String felt) throws AvvistHendelseException {
            if (!(paakrevd(felt) instanceof JsonString s)) {
                throw new AvvistHendelseException("Feltet " + felt + " må være en tekst");
            }
            return s.getString();
        }

        private String tekst(String felt, Pattern monster, String forventet) throws AvvistHendelseException {
            String verdi = streng(felt);
            if (!monster.matcher(verdi).matches()) {
                throw new AvvistHendelseException("Feltet " + felt + " må ha " + forventet);
            }
            return verdi;
        }

        private String navn(String felt, int maks) throws AvvistHendelseException {
            String verdi = streng(felt).strip();
            if (verdi.isEmpty() || verdi.length() > maks || KONTROLLTEGN.matcher(verdi).find()) {
                throw new AvvistHendelseException("Feltet " + felt + " må ha 1–" + maks + " tegn uten kontrolltegn");
            }
            return verdi;
        }

        private <E extends Enum<E>> E enumverdi(String felt, Class<E> type) throws AvvistHendelseException {
            String verdi = streng(felt);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(verdi)) {
                    return e;
                }
            }
            throw new AvvistHendelseException("Feltet " + felt + " har en ukjent verdi");
        }

        private Instant tidspunkt() throws AvvistHendelseException {
            Instant tidspunkt;
            try {
                tidspunkt = OffsetDateTime.parse(streng("tidspunkt")).toInstant();
            } catch (DateTimeParseException e) {
                throw new AvvistHendelseException("Feltet tidspunkt må være et tidspunkt med sone,"
                        + " f.eks. 2026-03-02T09:15:00+01:00");
            }
            if (tidspunkt.isAfter(naa.plus(TOLERANSE))) {
                throw new AvvistHendelseException("Feltet tidspunkt ligger fram i tid");
            }
            if (tidspunkt.isBefore(TIDLIGST.atStartOfDay(Norsktid.SONE).toInstant())) {
                throw new AvvistHendelseException("Feltet tidspunkt er før " + TIDLIGST.getYear());
            }
            return tidspunkt;
        }

        private LocalDate dato(String felt) throws AvvistHendelseException {
            LocalDate dato;
            try {
                dato = LocalDate.parse(streng(felt));
            } catch (DateTimeParseException e) {
                throw new AvvistHendelseException("Feltet " + felt + " må være en dato, f.eks. 2026-03-02");
            }
            if (dato.isAfter(senesteDato)) {
                throw new AvvistHendelseException("Feltet " + felt + " ligger fram i tid");
            }
            if (dato.isBefore(TIDLIGST)) {
                throw new AvvistHendelseException("Feltet " + felt + " er før " + TIDLIGST.getYear());
            }
            return dato;
        }

        private long mottakId() throws AvvistHendelseException {
            try {
                if (paakrevd("mottakId") instanceof JsonNumber tall && tall.isIntegral() && tall.longValueExact() > 0) {
                    return tall.longValueExact();
                }
            } catch (ArithmeticException e) {
                // Too large for an id: refused below.
            }
            throw new AvvistHendelseException("Feltet mottakId må være et positivt heltall");
        }

        private String fodselsnummer() throws AvvistHendelseException {
            try {
                return new Fodselsnummer(streng("fodselsnummer")).verdi();
            } catch (UgyldigIdentifikatorException e) {
                throw new AvvistHendelseException("Feltet fodselsnummer: " + e.getMessage());
            }
        }
    }
}
