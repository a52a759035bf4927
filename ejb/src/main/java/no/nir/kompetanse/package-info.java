/**
 * A person's kompetanse (education, languages, work) and its status, which the kategori rules
 * read. Above person; ordning and the pages use it.
 */
package no.nir.kompetanse;
