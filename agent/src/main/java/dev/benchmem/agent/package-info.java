/**
 * The benchmem agent's public API: start and stop recording a region, read allocation
 * counts, allocated bytes and live peak. Everything else lives in {@code internal}.
 */
package dev.benchmem.agent;
