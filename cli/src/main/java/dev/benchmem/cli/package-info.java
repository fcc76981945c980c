/** The {@code benchmem} command line: one class per subcommand. */
package dev.benchmem.cli;
