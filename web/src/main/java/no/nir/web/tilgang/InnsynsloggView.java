package no.nir.web.tilgang;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.nir.innsynslogg.InnsynsloggRad;
import no.nir.innsynslogg.InnsynsloggService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The innsynslogg of the caller's kommuner, a page at a time. */
@Named
@ViewScoped
public class InnsynsloggView implements Serializable {

    private static final int RADER = 25;

    @Inject
    InnsynsloggService innsynsloggService;

    private final LazyDataModel<InnsynsloggRad> linjer = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(innsynsloggService.antall());
        }

        @Override
        public List<InnsynsloggRad> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            // The table's paging parameters come from the request: never a negative offset or a huge page.
            return innsynsloggService.side(Math.max(0, first), pageSize < 1 || pageSize > RADER ? RADER : pageSize);
        }

        @Override
        public String getRowKey(InnsynsloggRad rad) {
            return Long.toString(rad.id());
        }
    };

    public LazyDataModel<InnsynsloggRad> getLinjer() {
        return linjer;
    }
}
