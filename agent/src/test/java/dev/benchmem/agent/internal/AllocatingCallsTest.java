package dev.benchmem.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.agent.internal.AllocatingCalls.Hook;
import org.junit.jupiter.api.Test;

class AllocatingCallsTest {
    @Test
    void intrinsicsAreCountedAtTheirCallSites() {
        assertThat(AllocatingCalls.hook("java/util/Arrays", "copyOf", "([II)[I")).isEqualTo(Hook.ANY);
        assertThat(AllocatingCalls.hook("java/util/Arrays", "copyOfRange", "([BII)[B")).isEqualTo(Hook.ANY);
        assertThat(AllocatingCalls.hook("[I", "clone", "()Ljava/lang/Object;")).isEqualTo(Hook.ANY);
        assertThat(AllocatingCalls.hook("java/lang/reflect/Array", "newInstance", "(Ljava/lang/Class;I)Ljava/lang/Object;"))
                .isEqualTo(Hook.ANY);
        assertThat(AllocatingCalls.hook("java/lang/reflect/Array", "newInstance", "(Ljava/lang/Class;[I)Ljava/lang/Object;"))
                .isEqualTo(Hook.MULTI);
        assertThat(AllocatingCalls.hook("sun/misc/Unsafe", "allocateInstance", "(Ljava/lang/Class;)Ljava/lang/Object;"))
                .isEqualTo(Hook.OBJECT);
        assertThat(AllocatingCalls.hook("jdk/internal/reflect/NativeConstructorAccessorImpl", "newInstance0", ""))
                .isEqualTo(Hook.OBJECT);
    }

    @Test
    void ordinaryCallsAreNot() {
        assertThat(AllocatingCalls.hook("java/util/Arrays", "sort", "([I)V")).isEqualTo(Hook.NONE);
        assertThat(AllocatingCalls.hook("[I", "getClass", "()Ljava/lang/Class;")).isEqualTo(Hook.NONE);
        assertThat(AllocatingCalls.hook("com/example/Arrays", "copyOf", "([II)[I")).isEqualTo(Hook.NONE);
    }

    @Test
    void intrinsicBodiesAndTheirWorkersStayUnrewritten() {
        assertThat(AllocatingCalls.keepBody("java/util/Arrays", "copyOf")).isTrue();
        assertThat(AllocatingCalls.keepBody("jdk/internal/misc/Unsafe", "allocateUninitializedArray0")).isTrue();
        assertThat(AllocatingCalls.keepBody("java/util/DualPivotQuicksort", "partitionDualPivot")).isTrue();
        assertThat(AllocatingCalls.keepBody("java/util/Arrays", "sort")).isFalse();
        assertThat(AllocatingCalls.keepBody("java/util/Arrays", "<clinit>")).isFalse();
    }
}
