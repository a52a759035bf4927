package no.nir.web.tiltak;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/** Which rows of a table are expanded, kept across the table's re-rendering. */
final class Apne<T extends Serializable> implements Serializable {

    private final Set<T> apne = new HashSet<>();

    boolean er(T noekkel) {
        return apne.contains(noekkel);
    }

    void apne(T noekkel) {
        apne.add(noekkel);
    }

    void vekslet(T noekkel, ToggleEvent e) {
        if (e.getVisibility() == Visibility.VISIBLE) {
            apne.add(noekkel);
        } else {
            apne.remove(noekkel);
        }
    }
}
