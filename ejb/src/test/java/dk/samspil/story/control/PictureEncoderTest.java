package dk.samspil.story.control;

import dk.samspil.story.entity.Picture;
import dk.samspil.story.entity.StoryRefusedException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PictureEncoderTest {

    /** The smallest WebP pictures there are (1 × 1), lossless and lossy, as browsers' feature tests use them. */
    private static final String WEBP_LOSSLESS = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";
    private static final String WEBP_LOSSY = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";
    private static final String SECRET = "GPS 55.7089N 9.5357E Kamera-serienummer 4711";

    @Test
    void aPhotoLosesItsExifAndKeepsItsPixels() throws IOException {
        byte[] withExif = withApp1(jpeg(picture(800, 600, false)), "Exif\0\0" + SECRET);
        assertTrue(contains(withExif, SECRET), "the test photo carries the metadata");

        Picture kept = PictureEncoder.encode(withExif);

        assertEquals("image/jpeg", kept.mediaType());
        assertEquals(800, kept.width());
        assertEquals(600, kept.height());
        assertFalse(contains(kept.bytes(), SECRET));
        assertFalse(contains(kept.bytes(), "Exif"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertEquals(800, read.getWidth());
        Color centre = new Color(read.getRGB(200, 150));
        assertTrue(centre.getRed() > 200 && centre.getBlue() < 60, "the picture's own colours stay: " + centre);
    }

    @Test
    void aPhotoTakenOnItsSideIsTurnedUprightAsItsExifSays() throws IOException {
        BufferedImage sideways = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sideways.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 20, 20);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(20, 0, 20, 20);
        graphics.dispose();
        byte[] photo = withApp1(jpeg(sideways), "Exif\0\0" + new String(orientationTiff(6), StandardCharsets.ISO_8859_1));
        assertEquals(6, PictureEncoder.orientation(photo));

        Picture kept = PictureEncoder.encode(photo);

        assertEquals(20, kept.width());
        assertEquals(40, kept.height());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        Color top = new Color(read.getRGB(10, 5));
        Color bottom = new Color(read.getRGB(10, 35));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "turned a quarter clockwise, the left side is on top: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, bottom.toString());
        assertEquals(1, PictureEncoder.orientation(jpeg(sideways)), "no EXIF: as stored");
    }

    @Test
    void aLargePictureIsScaledToItsLongestSide() throws IOException {
        Picture kept = PictureEncoder.encode(jpeg(picture(3200, 1000, false)));

        assertEquals(PictureEncoder.LONGEST_SIDE, kept.width());
        assertEquals(500, kept.height());
    }

    @Test
    void aTransparentPictureStaysAPng() throws IOException {
        Picture kept = PictureEncoder.encode(png(picture(40, 30, true)));

        assertEquals("image/png", kept.mediaType());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.bytes()));
        assertEquals(0, new Color(read.getRGB(39, 29), true).getAlpha(), "the transparent corner stays transparent");
    }

    @Test
    void webpPicturesAreReadAndStoredAsJpegOrPng() {
        Picture lossless = PictureEncoder.encode(Base64.getDecoder().decode(WEBP_LOSSLESS));
        Picture lossy = PictureEncoder.encode(Base64.getDecoder().decode(WEBP_LOSSY));

        assertEquals(1, lossless.width());
        assertEquals(1, lossy.height());
        assertNotNull(lossy.mediaType());
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWhateverItsName() {
        byte[] text = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

        StoryRefusedException refused = assertThrows(StoryRefusedException.class, () -> PictureEncoder.encode(text));

        assertEquals("story.picture.type", refused.messageKey());
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeItIsRead() throws IOException {
        byte[] big = Arrays.copyOf(jpeg(picture(10, 10, false)), PictureEncoder.MAX_BYTES + 1);

        StoryRefusedException refused = assertThrows(StoryRefusedException.class, () -> PictureEncoder.encode(big));

        assertEquals("story.picture.too-large", refused.messageKey());
    }

    @Test
    void aBrokenPictureIsRefused() throws IOException {
        byte[] whole = jpeg(picture(200, 200, false));
        byte[] broken = Arrays.copyOf(whole, 40);

        assertEquals("story.picture.unreadable",
                assertThrows(StoryRefusedException.class, () -> PictureEncoder.encode(broken)).messageKey());
        assertEquals("story.picture.required",
                assertThrows(StoryRefusedException.class, () -> PictureEncoder.encode(new byte[0])).messageKey());
    }

    @Test
    void aSmallFileClaimingAHugePictureIsRefusedBeforeItTakesTheMemory() {
        byte[] claim = pngHeader(20_000, 20_000);

        StoryRefusedException refused = assertThrows(StoryRefusedException.class, () -> PictureEncoder.encode(claim));

        assertEquals("story.picture.too-many-pixels", refused.messageKey());
    }

    private static BufferedImage picture(int width, int height, boolean transparentCorner) {
        BufferedImage image = new BufferedImage(width, height,
                transparentCorner ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width, height);
        if (transparentCorner) {
            graphics.setComposite(java.awt.AlphaComposite.Clear);
            graphics.fillRect(width / 2, height / 2, width, height);
        }
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 segment (where cameras put EXIF) right after its start marker. */
    private static byte[] withApp1(byte[] jpeg, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + data.length + 4);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (data.length + 2)).put(data);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A big-endian TIFF structure (as in EXIF) with one entry: the orientation. */
    private static byte[] orientationTiff(int orientation) {
        return ByteBuffer.allocate(26).put(new byte[] {'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0)
                .array();
    }

    /** A PNG signature and header chunk only: a picture of this size, with no pixels behind it. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(chunk.array()).putInt((int) crc.getValue())
                .array();
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
