/**
 * Static images of a drawn plot, on the JVM alone: the plotly figure (traces and layout, the
 * same JSON the interactive page draws) is laid out again with JFreeChart on a
 * {@link java.awt.Graphics2D}, which the JDK's ImageIO writes as PNG, Batik's SVG generator as
 * SVG and OpenPDF as PDF. No browser or native tool is involved, so {@code plot -o x.png} works
 * wherever a JDK with its font support does.
 */
package dev.benchmem.analysis.plot.image;
