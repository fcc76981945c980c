package dev.benchmem.cli.sweep;

import java.nio.file.Path;

/**
 * How one version of a sweep ended.
 *
 * @param version the version
 * @param status how it ended
 * @param detail one line: the benchmark count, or what went wrong
 * @param runFile {@code <out>/<version>.json} (written only when the run got that far)
 * @param resolveSeconds wall time of resolving its class path (and the class checks)
 * @param runSeconds wall time of its harness JVM, start to exit (0 when it never ran)
 * @param harnessSeconds the time the harness itself reports for its session, or -1 when unknown
 */
public record VersionOutcome(String version, Status status, String detail, Path runFile,
                             double resolveSeconds, double runSeconds, double harnessSeconds) {

    /** How a version ends: only {@link #OK} has data to compare. */
    public enum Status {
        OK, UNRESOLVED, CHECK_FAILED, RUN_FAILED, NO_DATA;

        /** The progress line's word for it. */
        String word() {
            return switch (this) {
                case OK -> "ok";
                case UNRESOLVED -> "FAILED to resolve";
                case CHECK_FAILED -> "FAILED --check";
                case RUN_FAILED -> "FAILED";
                case NO_DATA -> "FAILED (no data)";
            };
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
