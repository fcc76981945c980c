package dev.benchmem.harness.suites;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Three items from an argument source that counts how often it is asked: once per execution of the plan. */
public class CountedSourceSuite {

    /** How many times JUnit asked {@link #sizes()} for the arguments. */
    public static final AtomicInteger ASKED = new AtomicInteger();

    static IntStream sizes() {
        ASKED.incrementAndGet();
        return IntStream.of(1, 2, 3);
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void item(int n) {
    }
}
