package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.harness.memory.NativeMemory.Category;

import org.junit.jupiter.api.Test;

class NativeMemoryTest {

    @Test
    void nmtCategoriesOfJdk17To25MapToOurs() {
        assertThat(NativeMemory.category("Java Heap")).isEqualTo(Category.HEAP);
        assertThat(NativeMemory.category("Class")).isEqualTo(Category.CLASS);
        assertThat(NativeMemory.category("Metaspace")).isEqualTo(Category.CLASS);
        assertThat(NativeMemory.category("Thread Stack")).isEqualTo(Category.THREAD);
        assertThat(NativeMemory.category("Other")).isEqualTo(Category.OTHER);
        assertThat(NativeMemory.category("Arena Chunk")).isEqualTo(Category.REST);
        assertThat(NativeMemory.KEYS).hasSize(Category.values().length);
    }

    @Test
    void withoutTrackingThereIsNothingToRead() {
        // Surefire's JVM runs without -XX:NativeMemoryTracking
        assertThat(NativeMemory.read(new long[Category.values().length])).isFalse();
    }
}
