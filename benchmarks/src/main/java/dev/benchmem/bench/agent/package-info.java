/**
 * What the allocation agent costs, side by side with the anchor it replaces
 * (java-allocation-instrumenter 3.3.4), each measured in child JVMs started with the real
 * agent jars: recording slowdown, loaded-but-idle slowdown, start-up, arming and the cost
 * of a memory pass. Run {@link dev.benchmem.bench.agent.AgentCost}; see benchmarks/agent.md.
 * {@link dev.benchmem.bench.agent.HookAnatomy} times copies of the counting hook step by step
 * in one JVM, to show where its cost goes.
 */
package dev.benchmem.bench.agent;
