/** Speed and page size of {@code benchmem plot} through the real launcher (start-up included). */
package dev.benchmem.bench.plot;
