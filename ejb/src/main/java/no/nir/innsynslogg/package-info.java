/**
 * The innsynslogg: who opened which person or changed which tiltak, written in the caller's
 * transaction ({@link no.nir.innsynslogg.Innsynslogger}) and read by administrators in their scope.
 * Above person (a line names its person) and below tiltak (which writes lines), so a line keeps
 * its tiltak as an id. Used by tiltak, grunndata and the pages.
 */
package no.nir.innsynslogg;
