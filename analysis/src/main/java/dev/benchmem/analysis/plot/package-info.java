/**
 * Interactive plotly views over saved runs: {@link dev.benchmem.analysis.plot.Plots} draws
 * the scaling, scatter, compare and sweep figures from a long table, and
 * {@link dev.benchmem.analysis.plot.PlotPage} writes one as a standalone HTML page.
 *
 * <p>Figures are Tablesaw jsplot {@link tech.tablesaw.plotly.components.Figure}s whose traces
 * and layout are plotly JSON trees: jsplot's own templates cannot express error bars, hover
 * templates, shared colour axes or subplots, and quote strings into JavaScript in a way that
 * a benchmark id could break out of. Every string that plotly renders as text passes through
 * {@link dev.benchmem.analysis.plot.Json#text(String)}, so ids and dim values stay data.
 */
package dev.benchmem.analysis.plot;
