package no.nir.datakilde;

/** An operator's load request that cannot be done (unknown file or run, a run that is not restartable), with the reason. */
public class InnlastingAvvistException extends Exception {

    private static final long serialVersionUID = 1L;

    public InnlastingAvvistException(String arsak) {
        super(arsak);
    }
}
