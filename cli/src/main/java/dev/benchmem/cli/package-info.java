/**
 * The {@code benchmem} command line (picocli): {@link dev.benchmem.cli.BenchmemCommand} and
 * one class per subcommand; options shared between subcommands are mixins
 * ({@link dev.benchmem.cli.RunInputs}, {@link dev.benchmem.cli.MetricOption}). Every error is
 * one line on stderr with exit code 2; a regression over a threshold exits 1.
 */
package dev.benchmem.cli;
