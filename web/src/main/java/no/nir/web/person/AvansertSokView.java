package no.nir.web.person;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import no.nir.ordning.KategoriType;
import no.nir.personliste.AvansertSok;
import no.nir.personliste.Filtervalg;
import no.nir.personliste.PersonlisteService;
import no.nir.personliste.PersonsokResultat;
import no.nir.personliste.PersonsokService;

/** Avansert søk: the fields of Personsøk separately, plus kommune and kategori. */
@Named
@ViewScoped
public class AvansertSokView implements Serializable {

    @Inject
    PersonsokService personsokService;

    @Inject
    PersonlisteService personlisteService;

    private String duf;
    private String regNummer;
    private String unhcrNummer;
    private String fodselsnummer;
    private LocalDate fodselsdato;
    private String fornavn;
    private String etternavn;
    private String kommune;
    private KategoriType kategori;
    private List<Filtervalg> kommuner;
    private PersonsokResultat resultat;

    public void sok() throws IOException {
        AvansertSok sok = new AvansertSok(duf, regNummer, unhcrNummer, fodselsnummer, fodselsdato, fornavn, etternavn,
                kommune, kategori);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (sok.erTomt()) {
            ResourceBundle t = faces.getApplication().getResourceBundle(faces, "t");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, t.getString("sok.avansert.tomt"), null));
            resultat = null;
            return;
        }
        resultat = personsokService.avansert(sok);
        if (resultat.treff().size() == 1) {
            ExternalContext ext = faces.getExternalContext();
            ext.redirect(Personlenke.grunndata(ext, resultat.treff().get(0).personId()));
        }
    }

    public List<Filtervalg> getKommuner() {
        if (kommuner == null) {
            kommuner = personlisteService.filterverdier().kommuner();
        }
        return kommuner;
    }

    public KategoriType[] getKategorier() {
        return KategoriType.values();
    }

    public PersonsokResultat getResultat() {
        return resultat;
    }

    public String getDuf() {
        return duf;
    }

    public void setDuf(String duf) {
        this.duf = duf;
    }

    public String getRegNummer() {
        return regNummer;
    }

    public void setRegNummer(String regNummer) {
        this.regNummer = regNummer;
    }

    public String getUnhcrNummer() {
        return unhcrNummer;
    }

    public void setUnhcrNummer(String unhcrNummer) {
        this.unhcrNummer = unhcrNummer;
    }

    public String getFodselsnummer() {
        return fodselsnummer;
    }

    public void setFodselsnummer(String fodselsnummer) {
        this.fodselsnummer = fodselsnummer;
    }

    public LocalDate getFodselsdato() {
        return fodselsdato;
    }

    public void setFodselsdato(LocalDate fodselsdato) {
        this.fodselsdato = fodselsdato;
    }

    public String getFornavn() {
        return fornavn;
    }

    public void setFornavn(String fornavn) {
        this.fornavn = fornavn;
    }

    public String getEtternavn() {
        return etternavn;
    }

    public void setEtternavn(String etternavn) {
        this.etternavn = etternavn;
    }

    public String getKommune() {
        return kommune;
    }

    public void setKommune(String kommune) {
        this.kommune = kommune;
    }

    public KategoriType getKategori() {
        return kategori;
    }

    public void setKategori(KategoriType kategori) {
        this.kategori = kategori;
    }
}
