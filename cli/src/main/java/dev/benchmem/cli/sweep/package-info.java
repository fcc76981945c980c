/**
 * {@code benchmem sweep}: one benchmark suite run once per version of a Maven artifact. Versions
 * are chosen and resolved with Maven Resolver as Maven 3 wires it (settings.xml mirrors, servers,
 * proxies and local repository honoured); each version's suite runs in a fresh JVM with the
 * benchmem agent and writes one run file that names the version.
 */
package dev.benchmem.cli.sweep;
