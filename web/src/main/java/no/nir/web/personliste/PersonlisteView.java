package no.nir.web.personliste;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningType;
import no.nir.person.Lovverk;
import no.nir.personliste.Filtervalg;
import no.nir.personliste.Filterverdier;
import no.nir.personliste.PersonlisteKriterier.Modus;
import no.nir.personliste.PersonlisteKriterier;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonlisteSortering;
import no.nir.web.felles.Inndata;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * NIR personlister. The criteria come from the URL (f:viewParam into {@link #getParam()}); Søk
 * redirects to the URL of the new criteria, so every list is a bookmarkable GET and the back
 * button works. Paging and sorting replace the URL in place.
 */
@Named
@ViewScoped
public class PersonlisteView implements Serializable {

    public static final int RADER = 25;

    @Inject
    PersonlisteService personlisteService;

    private final Map<String, String> param = new HashMap<>();
    private PersonlisteKriterier kriterier;
    private Filterverdier filterverdier;
    private PersonlisteModell modell;
    private SortMeta sortering;
    private int forste;

    // The filter form
    private Modus modus;
    private KategoriType kategori;
    private boolean medTiltak;
    private String fylke;
    private String kommune;
    private String bydel;
    private OrdningType ordning;
    private String duf;
    private String navn;

    /** f:viewAction: reads the URL once per view. */
    public void init() {
        if (kriterier != null) {
            return;
        }
        kriterier = PersonlisteLenke.kriterier(param::get);
        modus = kriterier.modus();
        kategori = kriterier.kategori();
        medTiltak = kriterier.medTiltak();
        fylke = kriterier.fylke();
        kommune = kriterier.kommune();
        bydel = kriterier.bydel();
        ordning = kriterier.ordning();
        duf = kriterier.duf();
        navn = kriterier.navn();
        filterverdier = personlisteService.filterverdier();

        // A missing, empty or unknown sort is the default; a page below 1 or not a number is the first.
        String sorter = Objects.requireNonNullElse(param.get("sorter"), "");
        PersonlisteSortering felt = PersonlisteSortering.forFelt(sorter.replace("-desc", ""));
        sortering = SortMeta.builder().field(felt.felt())
                .order(sorter.endsWith("-desc") ? SortOrder.DESCENDING : SortOrder.ASCENDING).build();
        forste = (Inndata.side(param.get("side")) - 1) * RADER;
        modell = new PersonlisteModell(personlisteService, kriterier, this::lastet);
    }

    /** Søk: to the URL of the criteria in the form, from the first page. */
    public void sok() throws IOException {
        PersonlisteKriterier nye = new PersonlisteKriterier(kriterier.lovverk(), modus,
                modus == Modus.TILTAK ? KategoriType.KVALIFISERING_I_MOTTAK : kategori, medTiltak,
                fylke, kommune, bydel, modus == Modus.KATEGORI ? ordning : null, duf, navn, null);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + PersonlisteLenke.url(nye));
    }

    /** Paging and sorting by AJAX: keep the URL equal to what is shown. */
    private void lastet(int side, String sorter) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            String url = faces.getExternalContext().getRequestContextPath() + PersonlisteLenke.SIDE + "?"
                    + PersonlisteLenke.query(kriterier, side, sorter);
            PrimeFaces.current().executeScript("history.replaceState(null, '', '" + url.replace("'", "%27") + "');");
        }
    }

    public String getCsvUrl() {
        return "/personliste.csv?" + PersonlisteLenke.query(kriterier, 1, null);
    }

    public List<KategoriType> getKategorier() {
        return java.util.Arrays.stream(KategoriType.values()).filter(k -> k.lovverk() == kriterier.lovverk()).toList();
    }

    public List<OrdningType> getOrdninger() {
        return personlisteService.ordninger(kategori);
    }

    public List<Filtervalg> getFylker() {
        return filterverdier.fylker();
    }

    public List<Filtervalg> getKommuner() {
        return filterverdier.kommuner().stream().filter(k -> fylke == null || fylke.equals(k.overordnet())).toList();
    }

    public List<Filtervalg> getBydeler() {
        List<String> kommuner = getKommuner().stream().map(Filtervalg::nummer).toList();
        return filterverdier.bydeler().stream()
                .filter(b -> kommune == null ? kommuner.contains(b.overordnet()) : kommune.equals(b.overordnet()))
                .toList();
    }

    /** A changed fylke or kommune clears the choices below it that no longer fit. */
    public void geografiEndret() {
        if (kommune != null && getKommuner().stream().noneMatch(k -> k.nummer().equals(kommune))) {
            kommune = null;
        }
        if (bydel != null && getBydeler().stream().noneMatch(b -> b.nummer().equals(bydel))) {
            bydel = null;
        }
    }

    public boolean isIntegreringsloven() {
        return kriterier.lovverk() == Lovverk.INTEGRERINGSLOVEN;
    }

    public Map<String, String> getParam() {
        return param;
    }

    public PersonlisteKriterier getKriterier() {
        return kriterier;
    }

    public PersonlisteModell getModell() {
        return modell;
    }

    public SortMeta getSortering() {
        return sortering;
    }

    public int getForste() {
        return forste;
    }

    public void setForste(int forste) {
        this.forste = forste;
    }

    public Modus getModus() {
        return modus;
    }

    public void setModus(Modus modus) {
        this.modus = modus;
    }

    public Modus[] getModuser() {
        return Modus.values();
    }

    public KategoriType getKategori() {
        return kategori;
    }

    public void setKategori(KategoriType kategori) {
        this.kategori = kategori;
    }

    public boolean isMedTiltak() {
        return medTiltak;
    }

    public void setMedTiltak(boolean medTiltak) {
        this.medTiltak = medTiltak;
    }

    public String getFylke() {
        return fylke;
    }

    public void setFylke(String fylke) {
        this.fylke = fylke;
    }

    public String getKommune() {
        return kommune;
    }

    public void setKommune(String kommune) {
        this.kommune = kommune;
    }

    public String getBydel() {
        return bydel;
    }

    public void setBydel(String bydel) {
        this.bydel = bydel;
    }

    public OrdningType getOrdning() {
        return ordning;
    }

    public void setOrdning(OrdningType ordning) {
        this.ordning = ordning;
    }

    public String getDuf() {
        return duf;
    }

    public void setDuf(String duf) {
        this.duf = duf;
    }

    public String getNavn() {
        return navn;
    }

    public void setNavn(String navn) {
        this.navn = navn;
    }
}
