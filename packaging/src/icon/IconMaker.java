import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the CourtDesk icon (gold scales of justice on a court-red tile) with Java2D, at build time, so the
 * repository carries no binary: {@code courtdesk.png} (256 px, Linux) and {@code courtdesk.ico} (16-256 px,
 * Windows; 32-bit BMP entries up to 128 px, a PNG entry at 256 px as Windows Vista and later expect).
 * Run: {@code java IconMaker.java <output-dir>}.
 */
public final class IconMaker {

    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final Color RED_TOP = new Color(0xB3, 0x1B, 0x1B);
    private static final Color RED_BOTTOM = new Color(0x7A, 0x0E, 0x0E);
    private static final Color GOLD = new Color(0xF5, 0xC5, 0x4A);

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "target/icons");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("courtdesk.png").toFile());
        List<BufferedImage> images = new ArrayList<>();
        for (int s : ICO_SIZES) {
            images.add(draw(s));
        }
        Files.write(dir.resolve("courtdesk.ico"), ico(images));
        System.out.println("icons written to " + dir.toAbsolutePath());
    }

    /** The icon at {@code size} px, drawn in a 256-unit space. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        boolean tiny = size <= 24;

        g.setPaint(new GradientPaint(0, 8, RED_TOP, 0, 248, RED_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52));

        g.setColor(GOLD);
        double line = tiny ? 16 : 9;
        g.setStroke(new BasicStroke((float) line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(new Rectangle2D.Double(128 - line / 2 - 2, 62, line + 4, 132));          // pillar
        g.fill(new RoundRectangle2D.Double(76, 190, 104, 22, 12, 12));                  // base
        g.fill(new Ellipse2D.Double(116, 42, 24, 24));                                  // knob
        g.draw(new Line2D.Double(50, 78, 206, 78));                                     // beam
        if (!tiny) {
            g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (double x : new double[] {56, 200}) {                                   // cords
                g.draw(new Line2D.Double(x, 80, x - 30, 146));
                g.draw(new Line2D.Double(x, 80, x + 30, 146));
            }
        }
        for (double x : new double[] {56, 200}) {                                       // pans
            g.fill(new Arc2D.Double(x - 38, tiny ? 110 : 124, 76, 48, 180, 180, Arc2D.CHORD));
        }
        g.dispose();
        return img;
    }

    /** An ICO file: BMP (BITMAPINFOHEADER, 32-bit BGRA plus AND mask) entries, PNG for 256 px. */
    static byte[] ico(List<BufferedImage> images) throws IOException {
        List<byte[]> data = new ArrayList<>();
        for (BufferedImage img : images) {
            data.add(img.getWidth() >= 256 ? png(img) : dib(img));
        }
        int offset = 6 + 16 * images.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (int i = 0; i < images.size(); i++) {
            int w = images.get(i).getWidth();
            header.put((byte) (w >= 256 ? 0 : w)).put((byte) (w >= 256 ? 0 : w));
            header.put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32);
            header.putInt(data.get(i).length).putInt(offset);
            offset += data.get(i).length;
        }
        out.write(header.array());
        for (byte[] d : data) {
            out.write(d);
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] dib(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(w * h * 4 + maskRow * h).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {                       // bottom-up BGRA
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = h - 1; y >= 0; y--) {                       // AND mask: 1 = transparent
            byte[] row = new byte[maskRow];
            for (int x = 0; x < w; x++) {
                if ((img.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.put(row);
        }
        return b.array();
    }
}
