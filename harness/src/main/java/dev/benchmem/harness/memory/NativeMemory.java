package dev.benchmem.harness.memory;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The JVM's Native Memory Tracking summary, in the categories an isolated pass reports: what
 * {@code jcmd PID VM.native_memory summary scale=B} prints, read in-process through the
 * {@code com.sun.management:type=DiagnosticCommand} MBean. Needs the JVM started with {@code
 * -XX:NativeMemoryTracking=summary}; {@link #read} says whether it was.
 */
final class NativeMemory {

    /**
     * Our categories, in the order of {@link #KEYS}: what each sums of NMT's own. OTHER is NMT's
     * "Other", where {@code Unsafe.allocateMemory} (direct buffers) lands; REST is every other
     * category (GC, Compiler, Symbol, Arena Chunk, NMT's own...), which move in the background too.
     */
    enum Category { HEAP, CLASS, THREAD, CODE, INTERNAL, OTHER, REST }

    /** The {@code extra_info.benchmem} key of each category's committed growth, per pass. */
    static final List<String> KEYS = List.of("nmt_heap_bytes", "nmt_class_bytes", "nmt_thread_bytes",
            "nmt_code_bytes", "nmt_internal_bytes", "nmt_other_bytes", "nmt_rest_bytes");

    private static final Pattern LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+), committed=(\\d+)\\)", Pattern.MULTILINE);

    private NativeMemory() {
    }

    /**
     * Adds each category's committed bytes now into {@code committed} (length {@code
     * Category.values().length}, cleared first); false when tracking is off in this JVM.
     */
    static boolean read(long[] committed) {
        java.util.Arrays.fill(committed, 0);
        String summary;
        try {
            summary = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=B"}}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            return false;
        }
        Matcher m = LINE.matcher(summary);
        boolean found = false;
        while (m.find()) {
            committed[category(m.group(1)).ordinal()] += Long.parseLong(m.group(3));
            found = true;
        }
        return found;
    }

    /** NMT's category names (JDK 17 to 25) in ours; what has no category of its own is the rest. */
    static Category category(String nmt) {
        return switch (nmt) {
            case "Java Heap" -> Category.HEAP;
            case "Class", "Metaspace", "Shared class space" -> Category.CLASS;
            case "Thread", "Thread Stack" -> Category.THREAD;
            case "Code" -> Category.CODE;
            case "Internal" -> Category.INTERNAL;
            case "Other" -> Category.OTHER;
            default -> Category.REST;
        };
    }
}
