package no.nir.datakilde;

/** What became of an event. */
public enum Utfall {
    /** The person's facts now say what the event says, and the beregning has run. */
    ANVENDT,
    /** Recorded for the person, not applied: a newer event already gave the same facts. */
    ELDRE,
    /** The event id was applied or recorded before: nothing done (a redelivery). */
    DUPLIKAT
}
