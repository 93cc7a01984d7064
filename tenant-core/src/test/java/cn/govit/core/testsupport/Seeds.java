package cn.govit.core.testsupport;

import java.util.stream.LongStream;

/**
 * The seeds of the randomised tests: the build's fixed ones, or only the one given with
 * {@code -Dgovit.fuzz.seed=N} to replay a failed run exactly (its seed is in the test's name and message).
 */
public final class Seeds {

    public static final String PROPERTY = "govit.fuzz.seed";

    private Seeds() {
    }

    public static LongStream orGiven(LongStream fixed) {
        String given = System.getProperty(PROPERTY);
        return given == null || given.isBlank() ? fixed : LongStream.of(Long.parseLong(given.strip()));
    }
}
