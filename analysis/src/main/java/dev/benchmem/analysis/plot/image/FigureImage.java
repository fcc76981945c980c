package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;

/**
 * A static image of a plotly figure (its traces and layout), drawn on the JVM: PNG through the
 * JDK's ImageIO, SVG through Batik's SVG generator, PDF through OpenPDF with text drawn as
 * shapes (any character the JDK's fonts have, no font embedding).
 */
public final class FigureImage {
    /** Width of a figure that leaves it to the window, as the page's plot fills a browser window. */
    public static final int DEFAULT_WIDTH = 1000;
    /** Height of a figure that leaves it to the window. */
    public static final int DEFAULT_HEIGHT = 600;

    private final FigureDrawing drawing;
    private final int width;
    private final int height;

    private FigureImage(ArrayNode data, ObjectNode layout) {
        this.drawing = new FigureDrawing(data, layout);
        this.width = drawing.width(DEFAULT_WIDTH);
        this.height = drawing.height(DEFAULT_HEIGHT);
    }

    /**
     * The image of a figure; {@code data} and {@code layout} are plotly JSON and are not kept.
     *
     * @throws IllegalStateException naming what is missing when this JDK cannot draw text
     */
    public static FigureImage of(ArrayNode data, ObjectNode layout) {
        requireFonts();
        return new FigureImage(data, layout);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void writePng(OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            drawing.draw(g, width, height);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
    }

    public void writeSvg(OutputStream out) throws IOException {
        org.w3c.dom.Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM to build the SVG: " + e.getMessage(), e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        drawing.draw(g, width, height);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(writer, true);
        writer.flush();
    }

    public void writePdf(OutputStream out) throws IOException {
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Graphics2D g = canvas.createGraphicsShapes(width, height);
        try {
            drawing.draw(g, width, height);
        } finally {
            g.dispose();
            document.close();
        }
    }

    /**
     * Text needs the JDK's font support (fontconfig and at least one font on Linux); a JDK
     * without it fails deep inside AWT, so it is tried once here and said in one line.
     */
    private static void requireFonts() {
        try {
            new Font(Font.SANS_SERIF, Font.PLAIN, 12).getStringBounds("0", new FontRenderContext(null, true, true));
        } catch (RuntimeException | LinkageError | InternalError e) {
            throw new IllegalStateException("static images need the JDK's fonts, which failed to load (" + e
                    + "); install fontconfig and a font, e.g. Debian's fontconfig fonts-dejavu-core, or write .html");
        }
    }
}
