package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PausedTimeTest {

    @Test
    void sumsThePausesReportedSoFarAndWaitsForALinesEnd() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream parent = new PipedOutputStream(in);
        PausedTime paused = new PausedTime(in);
        assertThat(paused.nanos()).isZero();

        parent.write("1000000\n250".getBytes(StandardCharsets.US_ASCII));
        assertThat(paused.nanos()).as("the second line is not complete").isEqualTo(1_000_000);

        parent.write("000\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(paused.nanos()).isEqualTo(1_250_000);
    }

    @Test
    void theRunningClockStandsStillByThePauses() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream parent = new PipedOutputStream(in);
        PausedTime paused = new PausedTime(in);
        long before = paused.runningNanos();

        parent.write("3600000000000\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(paused.runningNanos()).isLessThan(before);
    }
}
