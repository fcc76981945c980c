package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChildJvmTest {

    @Test
    void forwardsHeapAndPropertyFlagsButNeverAgentsOrCollectorChoice() {
        assertThat(ChildJvm.forwarded(List.of("-Xmx512m", "-javaagent:/a.jar", "-XX:+UseG1GC", "-Dfoo=bar",
                "-agentlib:jdwp=transport=dt_socket", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss2m")))
                .containsExactly("-Xmx512m", "-Dfoo=bar", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss2m");
    }

    @Test
    void theChildArmsTheAgentUnderSerialGcAndRunsTheSameArguments() {
        List<String> command = ChildJvm.command(Path.of("/x/benchmem.jar"), Path.of("/tmp/out.json"), List.of("-k", "sort"));

        assertThat(command).containsSubsequence("-javaagent:/x/benchmem.jar", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0", "-cp",
                System.getProperty("java.class.path"), "dev.benchmem.harness.Main",
                ChildJvm.CHILD_OPTION + "=/tmp/out.json", "-k", "sort");
    }

    @Test
    void theChildFollowsThisJvmsColourDecisionWhateverItInherits() {
        Map<String, String> env = new HashMap<>(Map.of("NO_COLOR", "1"));
        ChildJvm.colour(env, true);
        assertThat(env).containsEntry("FORCE_COLOR", "1").doesNotContainKey("NO_COLOR");

        env = new HashMap<>(Map.of("FORCE_COLOR", "1"));
        ChildJvm.colour(env, false);
        assertThat(env).containsEntry("NO_COLOR", "1").doesNotContainKey("FORCE_COLOR");
    }
}
