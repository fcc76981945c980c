package dev.benchmem.harness.report;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The run file's {@code machine_info} for this JVM, and the storage machine id.
 *
 * <p>Keys: pytest-benchmark's platform keys with the same meaning ({@code node, processor,
 * machine, release, system}, and {@code cpu} with {@code count, arch, bits, brand_raw} as
 * py-cpuinfo names them), then the JVM's in place of pytest-benchmark's {@code python_*}
 * keys, which are left out rather than faked: {@code java_vm_name, java_vm_vendor,
 * java_version, java_vm_version, java_runtime_name, java_gc} (collector names), {@code
 * java_heap_max} (bytes, {@code Runtime.maxMemory}), {@code java_input_arguments} (the JVM
 * flags, e.g. {@code -Xmx}).
 */
public final class MachineInfo {

    private MachineInfo() {}

    /** The machine info of this JVM. */
    public static Map<String, Object> current() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", hostName());
        // Python's platform.processor() is empty on most Linux systems; the model is in cpu.
        m.put("processor", "");
        m.put("machine", machine());
        m.put("release", System.getProperty("os.version"));
        m.put("system", System.getProperty("os.name"));
        m.put("java_vm_name", System.getProperty("java.vm.name"));
        m.put("java_vm_vendor", System.getProperty("java.vm.vendor"));
        m.put("java_version", System.getProperty("java.version"));
        m.put("java_vm_version", System.getProperty("java.vm.version"));
        m.put("java_runtime_name", System.getProperty("java.runtime.name"));
        m.put("java_gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        m.put("java_heap_max", Runtime.getRuntime().maxMemory());
        m.put("java_input_arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("count", Runtime.getRuntime().availableProcessors());
        cpu.put("arch", machine().toUpperCase(Locale.ROOT));
        cpu.put("bits", bits());
        cpu.put("brand_raw", cpuBrand().orElse(""));
        m.put("cpu", cpu);
        return m;
    }

    /**
     * The storage directory name, pytest-benchmark's {@code system-implementation-version-bits}
     * for the JVM: e.g. {@code Linux-OpenJDK-17-64bit}.
     */
    public static String machineId() {
        return System.getProperty("os.name").replace(' ', '_') + "-" + implementation() + "-"
                + Runtime.version().feature() + "-" + bits() + "bit";
    }

    /** OpenJ9, GraalVM, OpenJDK or HotSpot (Oracle's builds), else the VM name's first word. */
    static String implementation() {
        String vm = System.getProperty("java.vm.name", "");
        String vendor = System.getProperty("java.vm.vendor", "");
        String runtime = System.getProperty("java.runtime.name", "");
        if (vm.contains("OpenJ9")) {
            return "OpenJ9";
        }
        if (vm.contains("GraalVM") || vendor.contains("GraalVM")) {
            return "GraalVM";
        }
        if (runtime.startsWith("OpenJDK") || vm.startsWith("OpenJDK")) {
            return "OpenJDK";
        }
        if (vm.contains("HotSpot")) {
            return "HotSpot";
        }
        String first = vm.isBlank() ? "JVM" : vm.strip().split("\\s+")[0];
        return first.replaceAll("[^A-Za-z0-9._]", "");
    }

    /** Python's {@code platform.machine()} spelling: {@code x86_64}, not Java's {@code amd64}. */
    static String machine() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "x86" -> "i386";
            default -> arch;
        };
    }

    private static int bits() {
        String model = System.getProperty("sun.arch.data.model");
        if (model != null && model.matches("\\d+")) {
            return Integer.parseInt(model);
        }
        return System.getProperty("os.arch", "").contains("64") ? 64 : 32;
    }

    /** Like Python's {@code platform.node()}: the kernel's host name, without a DNS lookup. */
    private static String hostName() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
        } catch (IOException e) {
            // fall through to the environment
        }
        String env = Optional.ofNullable(System.getenv("HOSTNAME"))
                .orElse(System.getenv("COMPUTERNAME"));
        if (env != null) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    /** The CPU model from {@code /proc/cpuinfo} where there is one. */
    private static Optional<String> cpuBrand() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
