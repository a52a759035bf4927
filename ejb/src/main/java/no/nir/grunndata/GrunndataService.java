package no.nir.grunndata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.nir.datakilde.Endringshistorikk;
import no.nir.innsynslogg.Innsynslogger;
import no.nir.kommune.Mottak;
import no.nir.ordning.Kategori;
import no.nir.ordning.KategoriRad;
import no.nir.person.DufNummer;
import no.nir.person.Fodselsnummer;
import no.nir.person.Person;
import no.nir.person.PersonTilgang;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * Opens a person in the caller's scope: its facts, kategorier and the registers' changes, with a line
 * in the innsynslogg.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GrunndataService {

    @PersistenceContext(unitName = "nir")
    EntityManager em;

    @Inject
    PersonTilgang personTilgang;

    @Inject
    Innsynslogger innsynslogger;

    @Inject
    Endringshistorikk endringshistorikk;

    /**
     * Opens a person: the Grunndata page. Writes LES_PERSON to the innsynslogg in the same
     * transaction, so a person is never shown without the log line.
     */
    @Krever(Evne.LESE_PERSONER)
    @RolesAllowed({Rolle.NIR_LES, Rolle.NIR_SKRIV, Rolle.KOMMUNEADMIN, Rolle.IMDI})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PersonGrunndata grunndata(long id) {
        Person p = personTilgang.personISkop(id);
        innsynslogger.personLest(p);
        List<KategoriRad> kategorier = em.createQuery(
                        "select k from Kategori k where k.person = :person", Kategori.class)
                .setParameter("person", p)
                .getResultStream()
                .map(KategoriRad::av)
                .sorted(KategoriRad.APNE_FORST)
                .toList();
        Mottak mottak = p.getMottak();
        return new PersonGrunndata(p.getId(), DufNummer.parse(p.getDufNummer()),
                p.getFodselsnummer() == null ? null : new Fodselsnummer(p.getFodselsnummer()),
                p.getRegNummer(), p.getUnhcrNummer(), p.getFornavn(), p.getEtternavn(), p.getFodselsdato(),
                p.getKjonn(), p.getStatsborgerskap(), p.getTillatelsesdato(), p.getBosettingsdato(), p.lovverk(),
                mottak == null ? null : mottak.getNavn(),
                mottak == null ? null : mottak.getVertskommune().getNavn(),
                p.getOppfolgingskommune().getNavn(), p.getBydel() == null ? null : p.getBydel().getNavn(),
                kategorier, endringshistorikk.siste(p));
    }
}
