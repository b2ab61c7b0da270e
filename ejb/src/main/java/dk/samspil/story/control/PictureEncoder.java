package dk.samspil.story.control;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dk.samspil.story.entity.Picture;
import dk.samspil.story.entity.StoryRefusedException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Turns an uploaded picture into the one Samspil keeps: only JPEG, PNG or WebP (told by its first
 * bytes, not its name), at most 5 MB and 40 megapixels, decoded and drawn afresh upright (a phone's
 * photo says in its EXIF which way is up) and at most 1600 pixels on its longer side, and written as
 * JPEG (or PNG where it is transparent). Nothing of the file but its pixels survives: EXIF (camera,
 * time, GPS position), comments and colour profiles are gone.
 */
public final class PictureEncoder {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_MEGAPIXELS = 40;
    static final int LONGEST_SIDE = 1600;
    private static final float JPEG_QUALITY = 0.85f;

    private enum Format {
        JPEG, PNG, WEBP
    }

    private PictureEncoder() {
    }

    public static Picture encode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new StoryRefusedException("picture", "story.picture.required");
        }
        if (upload.length > MAX_BYTES) {
            throw new StoryRefusedException("picture", "story.picture.too-large", MAX_BYTES / (1024 * 1024));
        }
        Format format = formatOf(upload);
        BufferedImage decoded = decode(upload, format);
        boolean transparent = decoded.getColorModel().hasAlpha();
        BufferedImage drawn = redraw(decoded, format == Format.JPEG ? orientation(upload) : 1, transparent);
        try {
            byte[] bytes = transparent ? png(drawn) : jpeg(drawn);
            return new Picture(bytes, transparent ? "image/png" : "image/jpeg", drawn.getWidth(), drawn.getHeight());
        } catch (IOException e) {
            throw new IllegalStateException("Writing a picture in memory failed", e);
        }
    }

    private static Format formatOf(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Format.WEBP;
        }
        throw new StoryRefusedException("picture", "story.picture.type");
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the size first, so a small file that claims a huge picture is refused before it takes the memory. */
    private static BufferedImage decode(byte[] bytes, Format format) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_MEGAPIXELS * 1_000_000L) {
                throw new StoryRefusedException("picture", "story.picture.too-many-pixels", MAX_MEGAPIXELS);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoryRefusedException refused) {
                throw refused;
            }
            throw new StoryRefusedException("picture", "story.picture.unreadable");
        } finally {
            reader.dispose();
        }
    }

    /** The WebP reader is made directly rather than found through ImageIO's registry, which a deployment's class loader may not reach. */
    private static ImageReader readerFor(Format format) {
        if (format == Format.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        return ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png").next();
    }

    /** The EXIF orientation of a JPEG (1 upright … 8), or 1 where it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            data.skipNBytes(1); // the pad byte after "Exif\0"
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Entry entry = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /** Draws the picture upright (orientations 5–8 turn it a quarter) and scaled to at most {@link #LONGEST_SIDE}. */
    private static BufferedImage redraw(BufferedImage source, int orientation, boolean transparent) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        int uprightWidth = turned ? h : w;
        int uprightHeight = turned ? w : h;
        double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(w, h));
        int width = Math.max(1, (int) Math.round(uprightWidth * scale));
        int height = Math.max(1, (int) Math.round(uprightHeight * scale));
        BufferedImage target = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.scale((double) width / uprightWidth, (double) height / uprightHeight);
            graphics.drawImage(source, upright(orientation, w, h), null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Where each pixel of a w × h picture stored in this EXIF orientation goes when it is shown upright. */
    private static AffineTransform upright(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
