package no.nir.tilgang;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * Reads the caller's {@link Tilgang} from the Elytron security identity on every call (never
 * cached: a pooled EJB serves many callers). Kommuner come from the identity attribute
 * {@code kommunenummer}, or from groups named {@code kommune-NNNN} for realms that only carry groups
 * (properties, LDAP); the bydel likewise from {@code bydelsnummer} or {@code bydel-NNNNNN}.
 */
@ApplicationScoped
public class TilgangKilde {

    static final String KOMMUNE_ATTRIBUTT = "kommunenummer";
    static final String BYDEL_ATTRIBUTT = "bydelsnummer";
    private static final Pattern KOMMUNE = Pattern.compile("\\d{4}");
    private static final Pattern BYDEL = Pattern.compile("\\d{6}");

    public Tilgang gjeldende() {
        SecurityDomain domene = SecurityDomain.getCurrent();
        if (domene == null) {
            return new Tilgang("anonym", Set.of(), Set.of(), null);
        }
        SecurityIdentity identitet = domene.getCurrentSecurityIdentity();
        Set<String> roller = new LinkedHashSet<>();
        identitet.getRoles().forEach(roller::add);

        Set<String> kommuner = new LinkedHashSet<>(verdier(identitet.getAttributes(), KOMMUNE_ATTRIBUTT, KOMMUNE));
        Set<String> bydeler = new LinkedHashSet<>(verdier(identitet.getAttributes(), BYDEL_ATTRIBUTT, BYDEL));
        for (String rolle : roller) {
            if (rolle.startsWith("kommune-") && KOMMUNE.matcher(rolle.substring(8)).matches()) {
                kommuner.add(rolle.substring(8));
            } else if (rolle.startsWith("bydel-") && BYDEL.matcher(rolle.substring(6)).matches()) {
                bydeler.add(rolle.substring(6));
            }
        }
        // A bydel limits the user to that bydel of its own kommune.
        String bydel = bydeler.stream().findFirst().orElse(null);
        return new Tilgang(identitet.getPrincipal().getName(), roller, kommuner, bydel);
    }

    /** Why the caller cannot use NIR at all, if so (see {@link Tilgangsmangel}). */
    public Optional<Tilgangsmangel> mangel() {
        Tilgang tilgang = gjeldende();
        if (tilgang.roller().stream().noneMatch(Rolle.ALLE::contains)) {
            return Optional.of(new Tilgangsmangel(Tilgangsmangel.Type.INGEN_ROLLE, tilgang.brukernavn(), "groups",
                    List.copyOf(tilgang.roller())));
        }
        // Operators see no persons, so they need no kommune.
        if (!tilgang.erNasjonal() && tilgang.kommuner().isEmpty() && tilgang.kan(Evne.SE_PERSON)) {
            return Optional.of(new Tilgangsmangel(Tilgangsmangel.Type.INGEN_KOMMUNE, tilgang.brukernavn(),
                    KOMMUNE_ATTRIBUTT, raverdier(KOMMUNE_ATTRIBUTT)));
        }
        List<String> bydeler = raverdier(BYDEL_ATTRIBUTT);
        // An unreadable bydel would otherwise widen the user to the whole kommune.
        if (tilgang.bydel() == null && !bydeler.isEmpty()) {
            return Optional.of(new Tilgangsmangel(Tilgangsmangel.Type.UGYLDIG_BYDEL, tilgang.brukernavn(),
                    BYDEL_ATTRIBUTT, bydeler));
        }
        return Optional.empty();
    }

    private static List<String> raverdier(String navn) {
        Attributes attributter = SecurityDomain.getCurrent().getCurrentSecurityIdentity().getAttributes();
        return attributter.containsKey(navn) ? new ArrayList<>(attributter.get(navn)) : List.of();
    }

    private static Set<String> verdier(Attributes attributter, String navn, Pattern gyldig) {
        Set<String> verdier = new LinkedHashSet<>();
        if (attributter.containsKey(navn)) {
            for (String verdi : attributter.get(navn)) {
                if (gyldig.matcher(verdi.trim()).matches()) {
                    verdier.add(verdi.trim());
                }
            }
        }
        return verdier;
    }
}
