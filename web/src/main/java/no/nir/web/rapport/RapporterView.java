package no.nir.web.rapport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import no.nir.ordning.KategoriType;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.web.personliste.PersonlisteLenke;

/** Rapporter: every kategori's person list, to open or to download as CSV for Excel. */
@Named
@RequestScoped
public class RapporterView {

    /** One line of the page: the kategori, its list and its CSV file (same criteria). */
    public record Rapport(KategoriType kategori, String listeUrl, String csvUrl) {
    }

    public List<Rapport> getRapporter() {
        return Arrays.stream(KategoriType.values()).map(type -> {
            PersonlisteKriterier kriterier = PersonlisteKriterier.kategori(type.lovverk(), type);
            return new Rapport(type, PersonlisteLenke.url(kriterier),
                    "/personliste.csv?" + PersonlisteLenke.query(kriterier, 1, null));
        }).toList();
    }
}
