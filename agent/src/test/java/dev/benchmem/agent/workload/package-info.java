/**
 * Workloads the integration tests run in child JVMs: each allocation kind the agent must
 * count, measured once by the armed agent and once, without the agent, by the JVM's own
 * per-thread allocation counter.
 */
package dev.benchmem.agent.workload;
