package no.nir.person;

import java.util.OptionalInt;

/** The mod-11 check digit used by fødselsnummer. */
final class Mod11 {

    private Mod11() {
    }

    /** Empty when the remainder is 1: no digit can make those leading digits valid. */
    static OptionalInt kontrollsiffer(String siffer, int[] vekter) {
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += Character.digit(siffer.charAt(i), 10) * vekter[i];
        }
        int rest = sum % 11;
        if (rest == 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(rest == 0 ? 0 : 11 - rest);
    }
}
