package no.nir.last;

import java.time.Duration;

/** The load test without think time: each session sends its next request as soon as it has an answer. */
public class LastUtenTenketid extends Lasttest {

    public LastUtenTenketid() {
        super(Duration.ZERO, Duration.ZERO);
    }
}
