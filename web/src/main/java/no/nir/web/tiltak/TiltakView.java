package no.nir.web.tiltak;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nir.tiltak.Ordningsside;
import no.nir.tiltak.TiltakMaaned;
import no.nir.tiltak.TiltakRad;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakValideringException;
import no.nir.tiltak.Tiltakstypevalg;
import org.primefaces.event.ToggleEvent;

/**
 * The tiltak area of an ordning page (/WEB-INF/includes/tiltak.xhtml): the month table and the
 * Legg til / Rediger dialog, bound to one {@link TiltakForm}. The page's bean hands it the first
 * month table and the catalogue; it keeps which months and details are open across saves.
 * The service decides what is valid; its messages are shown beside their fields.
 */
@Named
@ViewScoped
public class TiltakView implements Serializable {

    @Inject
    TiltakService tiltakService;

    private long ordningId;
    private boolean visSlettede;
    private List<TiltakMaaned> maaneder = List.of();
    /** Each month's tiltak as a list PrimeFaces may sort in place (the service's lists are immutable). */
    private final Map<YearMonth, ArrayList<TiltakRad>> maanedensTiltak = new HashMap<>();
    private Tiltakskatalog katalog = new Tiltakskatalog(List.of());
    private final Apne<YearMonth> apneMaaneder = new Apne<>();
    private final Apne<Long> apneDetaljer = new Apne<>();
    private TiltakForm form = new TiltakForm();

    public void vis(Ordningsside side) {
        ordningId = side.ordning().id();
        katalog = new Tiltakskatalog(side.katalog());
        vis(side.maaneder());
    }

    private void vis(List<TiltakMaaned> nye) {
        maaneder = nye;
        maanedensTiltak.clear();
    }

    private void lastPaaNytt() {
        vis(tiltakService.maaneder(ordningId, visSlettede));
    }

    public List<TiltakMaaned> getMaaneder() {
        return maaneder;
    }

    public List<TiltakRad> tiltakI(TiltakMaaned m) {
        return maanedensTiltak.computeIfAbsent(m.maaned(), k -> new ArrayList<>(m.tiltak()));
    }

    /** Years of the month table, newest first. */
    public List<Integer> getAar() {
        return maaneder.stream().map(TiltakMaaned::aar).distinct().toList();
    }

    public List<TiltakMaaned> maanederI(int aar) {
        return maaneder.stream().filter(m -> m.aar() == aar).toList();
    }

    public boolean erApen(TiltakMaaned m) {
        return apneMaaneder.er(m.maaned());
    }

    public void maanedVekslet(ToggleEvent e) {
        apneMaaneder.vekslet(((TiltakMaaned) e.getData()).maaned(), e);
    }

    public boolean detaljerApne(TiltakRad t) {
        return apneDetaljer.er(t.id());
    }

    public void detaljerVekslet(ToggleEvent e) {
        apneDetaljer.vekslet(((TiltakRad) e.getData()).id(), e);
    }

    public void visSlettedeEndret() {
        lastPaaNytt();
    }

    public void nyttTiltak() {
        form = new TiltakForm();
    }

    public void rediger(TiltakRad t) {
        form = TiltakForm.av(t);
    }

    public void lagre() {
        try {
            if (form.erNy()) {
                tiltakService.registrer(ordningId, form.skjema(), form.lagringsnokkel());
            } else {
                tiltakService.endre(form.id(), form.version(), form.skjema());
            }
            YearMonth maaned = YearMonth.from(form.getFraDato());
            apneMaaneder.apne(maaned);
            lastPaaNytt();
            Tilbakemelding.utfort(maaned, "tiltak.lagret");
        } catch (TiltakValideringException e) {
            Tilbakemelding.feltfeil(e.feil());
        }
    }

    public void slett(TiltakRad t) {
        try {
            tiltakService.slett(t.id(), t.version());
            Tilbakemelding.utfort(YearMonth.from(t.fraDato()), "tiltak.slettet.status");
        } catch (TiltakValideringException e) {
            Tilbakemelding.feil(e.feil());
        }
        lastPaaNytt();
    }

    public Map<String, String> getGrupper() {
        return katalog.grupper(form.opprinneligTypeKode());
    }

    public Map<String, String> getTyper() {
        return katalog.typer(form.getGruppeKode(), form.opprinneligTypeKode());
    }

    public Tiltakstypevalg getValgtType() {
        return katalog.type(form.getTypeKode());
    }

    public TiltakForm getForm() {
        return form;
    }

    public boolean isVisSlettede() {
        return visSlettede;
    }

    public void setVisSlettede(boolean visSlettede) {
        this.visSlettede = visSlettede;
    }
}
