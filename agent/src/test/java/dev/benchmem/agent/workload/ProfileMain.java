package dev.benchmem.agent.workload;

import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.AllocationSite;
import dev.benchmem.agent.CallFrame;
import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.SampledPath;
import dev.benchmem.agent.ThreadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Child-JVM main for {@code ProfileIT}: per workload, the least of two plain recordings, then a profiled one
 * sampled as {@link AllocationProfile#intervalFor} picks. Prints, space separated:
 * <pre>
 * workload NAME plainAllocations plainBytes allocations bytes siteAllocations siteBytes interval samples peak
 * site NAME INDEX allocations bytes class method line allocates...
 * path NAME SITE bytes allocations liveBytes class|method|line;class|method|line...
 * </pre>
 *
 * <p>Usage: {@code ProfileMain name...}
 */
public final class ProfileMain {
    private ProfileMain() {
    }

    public static void main(String[] args) throws Throwable {
        List<Workload> all = new ArrayList<>(Workloads.exactness());
        all.addAll(Workloads.temporaries());
        List<String> names = List.of(args);
        record(new Workload("empty", 0, () -> null), Long.MIN_VALUE);
        for (Workload workload : all) {
            if (!names.contains(workload.name())) {
                continue;
            }
            Workloads.sink = workload.body().run();
            Workloads.sink = null;
            MemoryMeasurement plain = (MemoryMeasurement) record(workload, Long.MIN_VALUE);
            // as Measure does: the least of two, so one-time JDK work (method-handle customization) lands in the other
            MemoryMeasurement again = (MemoryMeasurement) record(workload, Long.MIN_VALUE);
            plain = again.allocatedBytes() < plain.allocatedBytes() ? again : plain;
            long interval = AllocationProfile.intervalFor(plain.allocations(), plain.allocatedBytes());
            Object[] profiled = (Object[]) record(workload, interval);
            MemoryMeasurement m = (MemoryMeasurement) profiled[0];
            AllocationProfile p = (AllocationProfile) profiled[1];
            String name = workload.name();
            System.out.println(String.join(" ", "workload", name, "" + plain.allocations(), "" + plain.allocatedBytes(),
                    "" + m.allocations(), "" + m.allocatedBytes(),
                    "" + p.sites().stream().mapToLong(AllocationSite::allocations).sum(),
                    "" + p.sites().stream().mapToLong(AllocationSite::bytes).sum(),
                    "" + p.sampleIntervalBytes(), "" + p.samples(), "" + m.peakBytes()));
            for (int i = 0; i < p.sites().size(); i++) {
                AllocationSite s = p.sites().get(i);
                System.out.println(String.join(" ", "site", name, "" + i, "" + s.allocations(), "" + s.bytes(),
                        s.className(), s.method(), "" + s.line(), s.allocates()));
            }
            for (SampledPath path : p.paths()) {
                System.out.println(String.join(" ", "path", name, "" + path.site(), "" + path.bytes(),
                        "" + path.allocations(), "" + path.liveBytes(), frames(path.frames())));
            }
        }
    }

    private static String frames(List<CallFrame> frames) {
        return frames.stream().map(f -> f.className() + "|" + f.method() + "|" + f.line()).collect(Collectors.joining(";"));
    }

    /** A plain recording ({@code Long.MIN_VALUE}) or a profiled one; keeps the result reachable to the end. */
    private static Object record(Workload workload, long interval) throws Throwable {
        Recording recording = interval == Long.MIN_VALUE ? MemoryRecorder.start(ThreadScope.CALLING_THREAD)
                : MemoryRecorder.startProfiled(ThreadScope.CALLING_THREAD, interval);
        Object result = workload.body().run();
        MemoryMeasurement m = recording.stop();
        Workloads.sink = result;
        Workloads.sink = null;
        return interval == Long.MIN_VALUE ? m : new Object[] {m, recording.profile()};
    }
}
