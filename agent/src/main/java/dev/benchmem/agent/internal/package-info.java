/**
 * The agent's machinery, not an API: the class-file transformer that rewrites allocation
 * sites, the hooks the rewritten code calls, per-thread counters, shallow sizes and the
 * live-heap checkpoints behind the peak. These classes live on the bootstrap class path so
 * that rewritten JDK classes can link to them.
 */
package dev.benchmem.agent.internal;
