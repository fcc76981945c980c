/** Benchmark suites the launcher and end-to-end tests run (not tests themselves: no *Test or *IT names). */
package dev.benchmem.harness.suites;
