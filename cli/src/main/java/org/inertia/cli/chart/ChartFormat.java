package org.inertia.cli.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The file formats a chart can be written in, chosen by the file's extension: PNG drawn on a
 * bitmap, SVG through VectorGraphics2D and PDF through PDFBox's Graphics2D, the libraries XChart's
 * own {@code VectorGraphicsEncoder} uses; unlike it, text stays text in SVG and PDF ({@link
 * TextOutlines}: an SVG {@code <text>}, PDF text a reader can select and search). Looking a format
 * up touches no XChart class, so it can be checked before anything is simulated.
 */
public enum ChartFormat {
    /** Bitmap, for slides and web pages. */
    PNG("png"),
    /** Vector, for web pages and editing. */
    SVG("svg"),
    /** Vector, for print and papers. */
    PDF("pdf");

    /**
     * PDFBox's log, kept so that its level holds: looking up the standard fonts the first time
     * builds a font cache and says so with warnings on stderr, which a command's output must not
     * carry (and the PDF is right either way).
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    /** The font size VectorGraphics2D takes for granted and does not write (pt). */
    private static final float DEFAULT_FONT_SIZE = 12f;

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** {@return the file extension, without the dot} */
    public String extension() {
        return extension;
    }

    /**
     * {@return the format a file name asks for, by its extension (any case); empty when the
     * extension is missing or unknown}
     *
     * @param file the chart file
     */
    public static Optional<ChartFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /** {@return every extension, with its dot, e.g. ".png"} */
    public static List<String> extensions() {
        return Arrays.stream(values()).map(f -> "." + f.extension).toList();
    }

    /** Encodes a chart in this format. */
    void encode(Chart<?, ?> chart, OutputStream out) throws IOException {
        encode(Drawing.of(chart), out);
    }

    /** Encodes a drawing (one chart or several composed) in this format. */
    void encode(Drawing drawing, OutputStream out) throws IOException {
        switch (this) {
            case PNG -> png(drawing, out);
            case SVG -> svg(drawing, out);
            case PDF -> pdf(drawing, out);
        }
    }

    static {
        // ImageIO caches encoded images in a file of the temporary folder by default: on a full
        // disk its closer thread then fails with a trace, and a full temporary folder fails a chart
        // whose own folder has room. A chart is small; keep the cache in memory.
        ImageIO.setUseCache(false);
    }

    private static void png(Drawing drawing, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            drawing.paint(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out);
    }

    private static void svg(Drawing drawing, OutputStream out) throws IOException {
        TextOutlines text = new TextOutlines(drawing.charts());
        VectorGraphics2D g = new VectorGraphics2D() {
            @Override
            public void fill(Shape s) {
                if (!text.drawAsText(this, s)) {
                    super.fill(s);
                }
            }

            @Override
            public void setFont(Font font) {
                // VectorGraphics2D leaves out the size of a 12 pt font (its default), and a
                // browser then draws it at its own default, 16 px.
                super.setFont(font != null && font.getSize2D() == DEFAULT_FONT_SIZE ? font.deriveFont(12.01f) : font);
            }
        };
        drawing.paint(g);
        new SVGProcessor()
                .getDocument(g.getCommands(), new PageSize(0, 0, drawing.width(), drawing.height()))
                .writeTo(out);
    }

    private static void pdf(Drawing drawing, OutputStream out) throws IOException {
        TextOutlines text = new TextOutlines(drawing.charts());
        PDFBOX_LOG.setLevel(Level.SEVERE);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(drawing.width(), drawing.height()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, drawing.width(), drawing.height()) {
                @Override
                public void fill(Shape s) {
                    if (!text.drawAsText(this, s)) {
                        super.fill(s);
                    }
                }
            };
            // The PDF standard fonts (Helvetica for sans-serif): text a reader can select and
            // search; a text those fonts cannot encode is drawn as outlines, as before.
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            try {
                drawing.paint(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.save(out);
        }
    }
}
