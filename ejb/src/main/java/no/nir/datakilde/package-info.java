/**
 * Datakilder: the upstream registers (UDI, IMDi and the kommuner, Folkeregisteret) change persons'
 * facts by events. One event, JSON ({@link no.nir.datakilde.Hendelseleser}, the schema in
 * {@code docs/personhendelse.schema.json}), arrives over JMS ({@link no.nir.datakilde.HendelseLytter})
 * or in a file through the batch job {@code personinnlasting}; each is applied once in its own
 * transaction by {@link no.nir.datakilde.Hendelsesanvender}, which reruns the beregning. Events
 * that cannot be applied end in the dead-letter queue ({@link no.nir.datakilde.Dodbrevkasse}) for
 * an operator. The nightly beregning reruns the persons whose day has come. On the tiltak layer:
 * above ordning, below grunndata (which shows a person's changes) and the pages.
 */
package no.nir.datakilde;
