package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ParentMessagesTest {

    private static void write(PipedOutputStream parent, String text) throws Exception {
        parent.write(text.getBytes(StandardCharsets.US_ASCII));
        parent.flush();
    }

    @Test
    void sumsThePausesReportedSoFarAndWaitsForALinesEnd() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream parent = new PipedOutputStream(in);
        ParentMessages told = new ParentMessages(in);
        assertThat(told.pausedNanos()).isZero();

        write(parent, ParentMessages.pausedLine(1_000_000) + "paused 250");
        assertThat(told.pausedNanos()).as("the second line is not complete").isEqualTo(1_000_000);

        write(parent, "000\n");
        assertThat(told.pausedNanos()).isEqualTo(1_250_000);
    }

    @Test
    void theRunningClockStandsStillByThePauses() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream parent = new PipedOutputStream(in);
        ParentMessages told = new ParentMessages(in);
        long before = told.runningNanos();

        write(parent, ParentMessages.pausedLine(3_600_000_000_000L));

        assertThat(told.runningNanos()).isLessThan(before);
    }

    @Test
    void theItemsAreWaitedForAndThePausesBeforeThemKept() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream parent = new PipedOutputStream(in);
        ParentMessages told = new ParentMessages(in);
        CompletableFuture<Long> items = CompletableFuture.supplyAsync(told::items);

        write(parent, ParentMessages.pausedLine(5));
        Thread.sleep(50);
        assertThat(items).as("no items line yet").isNotDone();

        write(parent, ParentMessages.itemsLine(10));
        assertThat(items.get(10, TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(told.pausedNanos()).isEqualTo(5);
        assertThat(told.items()).as("told once, kept").isEqualTo(10);
    }

    @Test
    void aParentGoneWithoutTellingMeansNoItemsAndLinesOfAnotherFormAreIgnored() {
        ParentMessages told = new ParentMessages(new ByteArrayInputStream(
                "12345\nitems many\npaused 7\n".getBytes(StandardCharsets.US_ASCII)));

        assertThat(told.items()).isZero();
        assertThat(told.pausedNanos()).isEqualTo(7);
    }
}
