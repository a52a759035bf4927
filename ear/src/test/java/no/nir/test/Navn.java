package no.nir.test;

import java.util.Random;

/** Names unique to one test run, so a test's counts and searches see only its own persons. */
public final class Navn {

    private static final Random TILFELDIG = new Random();

    private Navn() {
    }

    /** The start followed by eight random letters (no digits: names are searched as text). */
    public static String unikt(String start) {
        StringBuilder navn = new StringBuilder(start);
        for (int i = 0; i < 8; i++) {
            navn.append((char) ('a' + TILFELDIG.nextInt(26)));
        }
        return navn.toString();
    }
}
