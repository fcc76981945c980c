/**
 * A suite for {@code benchmem sweep}: the same objects serialised and read back with
 * jackson-databind, compiled against one release and run against each swept one
 * (docs/sweep.md). Not part of tests.jar: jackson-databind is the swept artifact, so it comes
 * from each version's class path, never from the suite.
 */
package dev.benchmem.examples.jackson;
