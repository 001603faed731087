package org.inertia.cli.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The file formats a chart can be written in, chosen by the file's extension: PNG through XChart's
 * {@link BitmapEncoder}, SVG and PDF through its {@link VectorGraphicsEncoder} (VectorGraphics2D
 * and PDFBox). Looking a format up touches no XChart class, so it can be checked before anything
 * is simulated.
 */
public enum ChartFormat {
    /** Bitmap, for slides and web pages. */
    PNG("png"),
    /** Vector, for web pages and editing. */
    SVG("svg"),
    /** Vector, for print and papers. */
    PDF("pdf");

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
        switch (this) {
            case PNG -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            case SVG -> VectorGraphicsEncoder.saveVectorGraphic(
                    chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            case PDF -> VectorGraphicsEncoder.saveVectorGraphic(
                    chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
        }
    }
}
