package no.nir.api.plattform;

/** A refusal decided by the HTTP layer itself (missing If-Match, bad query parameter), with its status. */
public class ApiFeil extends RuntimeException {

    private final int status;

    public ApiFeil(int status, String melding) {
        super(melding);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
