package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.Samples;
import org.junit.jupiter.api.Test;

class CurrentRunTest {

    @Test
    void currentRunCarriesThisJvm() {
        RunFile run = CurrentRun.of(Samples.sortSuite());
        assertThat(run.machineInfo()).containsKeys("node", "machine", "system", "java_vm_name",
                "java_version", "java_gc", "java_heap_max", "cpu");
        assertThat(run.commitInfo()).containsKey("project");
        assertThat(run.datetime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        assertThat(run.hasMemory()).isTrue();
    }
}
