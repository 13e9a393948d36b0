package io.holstein.jmh.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A chart image with the run's stamp printed under it (date, machine, JDK, JMH settings), so that
 * the picture says where it comes from wherever it is shown.
 */
final class StampedImage {

    static final Font STAMP_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color STAMP_COLOR = new Color(0x44, 0x44, 0x44);
    private static final int MARGIN = 16;

    private StampedImage() {}

    /** {@code chart} with {@code lines} under it, each wrapped to the image's width. */
    static BufferedImage withStamp(BufferedImage chart, List<String> lines) {
        Graphics2D probe = chart.createGraphics();
        FontMetrics metrics = probe.getFontMetrics(STAMP_FONT);
        probe.dispose();
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(wrap(line, metrics, chart.getWidth() - 2 * MARGIN));
        }
        int lineHeight = metrics.getHeight() + 2;
        int height = chart.getHeight() + wrapped.size() * lineHeight + MARGIN;
        BufferedImage image =
                new BufferedImage(chart.getWidth(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(chart, 0, 0, null);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(STAMP_FONT);
            g.setColor(STAMP_COLOR);
            int y = chart.getHeight() + metrics.getAscent();
            for (String line : wrapped) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code image} as a PNG, creating the folder. */
    static void write(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** {@code text} broken at blanks into lines at most {@code width} pixels wide. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
