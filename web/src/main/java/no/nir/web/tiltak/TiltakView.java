package no.nir.web.tiltak;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.nir.tiltak.Gjennomforing;
import no.nir.tiltak.TiltakMaaned;
import no.nir.tiltak.TiltakRad;
import no.nir.tiltak.TiltakService;
import no.nir.tiltak.TiltakSkjema;
import no.nir.tiltak.TiltakValideringException;
import no.nir.tiltak.Tiltakstypevalg;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The tiltak area of an ordning page (/WEB-INF/includes/tiltak.xhtml): the month table and the
 * Legg til / Rediger dialog. Reads the request parameters {@code id} (person) and {@code ordning}
 * on the first request, so the include works on any page that has them. Keeps which months and
 * details are open, so they stay open when the table is updated after a save or delete.
 */
@Named
@ViewScoped
public class TiltakView implements Serializable {

    /** The dialog's form; field messages go to the component with the field key as id. */
    static final String SKJEMA_ID = "tiltakSkjema";
    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    private static final BigDecimal MAKS_TIMER = BigDecimal.valueOf(40);
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    TiltakService tiltakService;

    private Long ordningId;
    private boolean visSlettede;
    private List<TiltakMaaned> maaneder;
    /** Each month's tiltak as a list PrimeFaces may sort in place (the service's lists are immutable). */
    private final Map<YearMonth, ArrayList<TiltakRad>> maanedensTiltak = new HashMap<>();
    private List<Tiltakstypevalg> katalog;
    private final Set<YearMonth> apneMaaneder = new HashSet<>();
    private final Set<Long> apneDetaljer = new HashSet<>();

    // The dialog. redigertId is null for a new tiltak.
    private Long redigertId;
    private long redigertVersjon;
    private String redigertTypeKode;
    private String gruppeKode;
    private String typeKode;
    private boolean erstattende;
    private LocalDate fraDato;
    private LocalDate tilDato;
    private BigDecimal timerPerUke;
    private Gjennomforing gjennomforing;
    private Boolean mottattTilbud;

    @PostConstruct
    void init() {
        String ordning = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ordning");
        ordningId = ordning != null && ordning.matches("\\d{1,18}") ? Long.valueOf(ordning) : null;
    }

    public List<TiltakMaaned> getMaaneder() {
        if (maaneder == null) {
            maaneder = ordningId == null ? List.of() : tiltakService.maaneder(ordningId, visSlettede);
        }
        return maaneder;
    }

    public List<TiltakRad> tiltakI(TiltakMaaned m) {
        return maanedensTiltak.computeIfAbsent(m.maaned(), k -> new ArrayList<>(m.tiltak()));
    }

    private void lastPaaNytt() {
        maaneder = null;
        maanedensTiltak.clear();
    }

    /** Years of the month table, newest first. */
    public List<Integer> getAar() {
        return getMaaneder().stream().map(TiltakMaaned::aar).distinct().toList();
    }

    public List<TiltakMaaned> maanederI(int aar) {
        return getMaaneder().stream().filter(m -> m.aar() == aar).toList();
    }

    /** "April 2021". */
    public String maanedsnavn(TiltakMaaned m) {
        String navn = m.maaned().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, BOKMAL);
        return navn.substring(0, 1).toUpperCase(BOKMAL) + navn.substring(1) + " " + m.aar();
    }

    /** Two decimals with a dot, as in the guide: 25.53. */
    public String gjennomsnitt(TiltakMaaned m) {
        return m.gjennomsnitt().toPlainString();
    }

    /** The month's bar, in percent of the 40 hours a tiltak may have per week. */
    public int stolpebredde(TiltakMaaned m) {
        return Math.min(100, m.gjennomsnitt().multiply(BigDecimal.valueOf(100)).divide(MAKS_TIMER, 0,
                RoundingMode.HALF_UP).intValue());
    }

    /** 25 rather than 25.0. */
    public String timer(TiltakRad t) {
        return t.timerPerUke().stripTrailingZeros().toPlainString();
    }

    /** For message parameters, where a converter cannot be attached. */
    public String dato(LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }

    public boolean erApen(TiltakMaaned m) {
        return apneMaaneder.contains(m.maaned());
    }

    public void maanedVekslet(ToggleEvent e) {
        veksle(apneMaaneder, ((TiltakMaaned) e.getData()).maaned(), e.getVisibility());
    }

    public boolean detaljerApne(TiltakRad t) {
        return apneDetaljer.contains(t.id());
    }

    public void detaljerVekslet(ToggleEvent e) {
        veksle(apneDetaljer, ((TiltakRad) e.getData()).id(), e.getVisibility());
    }

    private static <T> void veksle(Set<T> apne, T noekkel, Visibility synlighet) {
        if (synlighet == Visibility.VISIBLE) {
            apne.add(noekkel);
        } else {
            apne.remove(noekkel);
        }
    }

    public void visSlettedeEndret() {
        lastPaaNytt();
    }

    // ---------------------------------------------------------------- the dialog

    public void nyttTiltak() {
        redigertId = null;
        redigertTypeKode = null;
        fyllSkjema(null, null, false, null, null, null, null, null);
    }

    public void rediger(TiltakRad t) {
        redigertId = t.id();
        redigertVersjon = t.version();
        redigertTypeKode = t.typeKode();
        fyllSkjema(t.gruppeKode(), t.typeKode(), t.erstattende(), t.fraDato(), t.tilDato(), t.timerPerUke(),
                t.gjennomforing(), t.mottattTilbud());
    }

    private void fyllSkjema(String gruppe, String type, boolean erstatter, LocalDate fra, LocalDate til,
                            BigDecimal timer, Gjennomforing gjennomfort, Boolean mottatt) {
        gruppeKode = gruppe;
        typeKode = type;
        erstattende = erstatter;
        fraDato = fra;
        tilDato = til;
        timerPerUke = timer;
        gjennomforing = gjennomfort;
        mottattTilbud = mottatt;
    }

    public void gruppeValgt() {
        typeKode = null;
    }

    public void lagre() {
        Tiltakstypevalg type = getValgtType();
        TiltakSkjema skjema = new TiltakSkjema(gruppeKode, typeKode, erstattende, fraDato, tilDato, timerPerUke,
                type != null && type.kreverGjennomforing() ? gjennomforing : null,
                type != null && type.kreverMottattTilbud() ? Boolean.TRUE.equals(mottattTilbud) : null);
        try {
            if (redigertId == null) {
                tiltakService.registrer(ordningId, skjema);
            } else {
                tiltakService.endre(redigertId, redigertVersjon, skjema);
            }
            apneMaaneder.add(YearMonth.from(fraDato));
            lastPaaNytt();
        } catch (TiltakValideringException e) {
            visFeil(e.feil());
        }
    }

    public void slett(TiltakRad t) {
        try {
            tiltakService.slett(t.id(), t.version());
        } catch (TiltakValideringException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, String.join(" ", e.feil().values()), null));
        }
        lastPaaNytt();
    }

    /** Each message beside its field; messages without a field at the top of the dialog. */
    private void visFeil(Map<String, String> feil) {
        FacesContext fc = FacesContext.getCurrentInstance();
        UIComponent skjema = finnSkjema(fc);
        feil.forEach((felt, melding) -> {
            UIComponent komponent = skjema == null || TiltakSkjema.SKJEMA.equals(felt) ? null : skjema.findComponent(felt);
            fc.addMessage(komponent == null ? null : komponent.getClientId(fc),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null));
        });
        fc.validationFailed();
    }

    private static UIComponent finnSkjema(FacesContext fc) {
        UIComponent[] funnet = new UIComponent[1];
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (ctx, komponent) -> {
            if (komponent instanceof UIForm && SKJEMA_ID.equals(komponent.getId())) {
                funnet[0] = komponent;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return funnet[0];
    }

    /** Groups to choose from: label to kode, "(ikke gjeldende)" on the edited tiltak's old group. */
    public Map<String, String> getGrupper() {
        Map<String, String> grupper = new LinkedHashMap<>();
        tilgjengeligeTyper().forEach(v -> grupper.putIfAbsent(
                v.gruppeGjeldende() ? v.gruppeNavn() : v.gruppeNavn() + " " + ikkeGjeldende(), v.gruppeKode()));
        return grupper;
    }

    /** Types of the chosen group: label to kode. */
    public Map<String, String> getTyper() {
        Map<String, String> typer = new LinkedHashMap<>();
        tilgjengeligeTyper().filter(v -> v.gruppeKode().equals(gruppeKode))
                .forEach(v -> typer.put(v.kanVelges() ? v.navn() : v.navn() + " " + ikkeGjeldende(), v.kode()));
        return typer;
    }

    /** Types a new tiltak may use, plus the edited tiltak's own type even when no longer gjeldende. */
    private Stream<Tiltakstypevalg> tilgjengeligeTyper() {
        return getKatalog().stream().filter(v -> v.kanVelges() || v.kode().equals(redigertTypeKode));
    }

    private List<Tiltakstypevalg> getKatalog() {
        if (katalog == null) {
            katalog = tiltakService.katalog();
        }
        return katalog;
    }

    public Tiltakstypevalg getValgtType() {
        return getKatalog().stream().filter(v -> v.kode().equals(typeKode)).findFirst().orElse(null);
    }

    public boolean isGjennomforingVises() {
        return getValgtType() != null && getValgtType().kreverGjennomforing();
    }

    public boolean isMottattTilbudVises() {
        return getValgtType() != null && getValgtType().kreverMottattTilbud();
    }

    public Gjennomforing[] getGjennomforinger() {
        return Gjennomforing.values();
    }

    private static String ikkeGjeldende() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "t").getString("tiltak.ikkegjeldende");
    }

    public boolean isRedigerer() {
        return redigertId != null;
    }

    public Long getOrdningId() {
        return ordningId;
    }

    public boolean isVisSlettede() {
        return visSlettede;
    }

    public void setVisSlettede(boolean visSlettede) {
        this.visSlettede = visSlettede;
    }

    public String getGruppeKode() {
        return gruppeKode;
    }

    public void setGruppeKode(String gruppeKode) {
        this.gruppeKode = gruppeKode;
    }

    public String getTypeKode() {
        return typeKode;
    }

    public void setTypeKode(String typeKode) {
        this.typeKode = typeKode;
    }

    public boolean isErstattende() {
        return erstattende;
    }

    public void setErstattende(boolean erstattende) {
        this.erstattende = erstattende;
    }

    public LocalDate getFraDato() {
        return fraDato;
    }

    public void setFraDato(LocalDate fraDato) {
        this.fraDato = fraDato;
    }

    public LocalDate getTilDato() {
        return tilDato;
    }

    public void setTilDato(LocalDate tilDato) {
        this.tilDato = tilDato;
    }

    public BigDecimal getTimerPerUke() {
        return timerPerUke;
    }

    public void setTimerPerUke(BigDecimal timerPerUke) {
        this.timerPerUke = timerPerUke;
    }

    public Gjennomforing getGjennomforing() {
        return gjennomforing;
    }

    public void setGjennomforing(Gjennomforing gjennomforing) {
        this.gjennomforing = gjennomforing;
    }

    public Boolean getMottattTilbud() {
        return mottattTilbud;
    }

    public void setMottattTilbud(Boolean mottattTilbud) {
        this.mottattTilbud = mottattTilbud;
    }
}
