package no.nir.web.personliste;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteRad;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Lazy table model: each page and the count come from the database; only one page is held. */
public class PersonlisteModell extends LazyDataModel<PersonlisteRad> {

    /** Told which page (1-based) and sort were loaded, so the page can put them in the URL. */
    interface Lastet extends Serializable {
        void lastet(int side, String sorter);
    }

    private final PersonlisteService service;
    private final PersonlisteKriterier kriterier;
    private final Lastet vedLasting;
    private Long antall;

    PersonlisteModell(PersonlisteService service, PersonlisteKriterier kriterier, Lastet vedLasting) {
        this.service = service;
        this.kriterier = kriterier;
        this.vedLasting = vedLasting;
    }

    /** Counted once per view: the criteria do not change while paging and sorting. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (antall == null) {
            antall = service.antall(kriterier);
        }
        return antall.intValue();
    }

    @Override
    public List<PersonlisteRad> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        // The table's paging parameters come from the request: never a negative offset or a huge page.
        int rader = pageSize < 1 || pageSize > PersonlisteView.RADER ? PersonlisteView.RADER : pageSize;
        int forste = Math.max(0, first);
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        PersonlisteSortering sortering = PersonlisteSortering.forFelt(sort == null ? null : sort.getField());
        boolean synkende = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        vedLasting.lastet(forste / rader + 1, sort == null ? null : sorter(sortering, synkende));
        return service.side(kriterier, sortering, synkende, forste, rader);
    }

    @Override
    public String getRowKey(PersonlisteRad rad) {
        return String.valueOf(rad.ordningId());
    }

    @Override
    public PersonlisteRad getRowData(String rowKey) {
        List<PersonlisteRad> side = getWrappedData();
        return side == null ? null : side.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }

    /** The URL's sort value: the column, with "-desc" when descending. */
    static String sorter(PersonlisteSortering sortering, boolean synkende) {
        return sortering.felt() + (synkende ? "-desc" : "");
    }
}
