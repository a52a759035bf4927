/**
 * The person: the entity, its identifiers (DUF-nummer, fødselsnummer), the lovverk decided by its
 * permit date, the person header and the scope check for one person ({@link no.nir.person.PersonTilgang}).
 * Uses kommune and tilgang only; ordning, tiltak, kompetanse, the lists and the pages build on it.
 * What reads a person together with its kategorier/ordninger lives above: {@code personliste}, {@code grunndata}.
 */
package no.nir.person;
