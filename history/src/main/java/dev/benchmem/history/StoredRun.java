package dev.benchmem.history;

/**
 * A run as the history database lists it.
 *
 * @param id the database's number for it, the reference {@code show}, {@code export} and
 *     {@code rm} take (as does a prefix of the hash)
 * @param contentHash SHA-256 of the run file as core's writer writes it: the run's identity
 * @param runTime when it ran ({@code datetime} of the run file)
 * @param commitId the commit it ran, or null
 * @param commitTime the commit's time ({@code commit_info.time}), or null
 * @param branch the branch, or null
 * @param machine the machine's node name, or null
 * @param benchmarks how many benchmarks it holds
 */
public record StoredRun(long id, String contentHash, String runTime, String commitId, String commitTime, String branch,
        String machine, int benchmarks) {

    /** The hash's first 12 characters, as lists show it. */
    public String shortHash() {
        return contentHash.substring(0, 12);
    }

    /** When it happened, for a trend's time axis: the commit's time, else when the run ran. */
    public String time() {
        return commitTime != null && !commitTime.isBlank() ? commitTime : runTime;
    }
}
