/**
 * The memory pass: adaptive or fixed passes over the agent's recorder, ceilings, and the
 * child JVM (agent armed, SerialGC) that measures them while the parent JVM times rounds.
 */
package dev.benchmem.harness.memory;
