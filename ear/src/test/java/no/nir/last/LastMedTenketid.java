package no.nir.last;

import java.time.Duration;

/** The load test with think time: 1 to 5 seconds between a session's requests, as a caseworker reads. */
public class LastMedTenketid extends Lasttest {

    public LastMedTenketid() {
        super(Duration.ofSeconds(1), Duration.ofSeconds(5));
    }
}
