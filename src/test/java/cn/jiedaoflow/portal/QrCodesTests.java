package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The receipt's QR code: the SVG the page shows, drawn back into pixels and read by ZXing's decoder, gives the case's
 * link again; the quiet zone is there.
 */
class QrCodesTests {

    private static final String LINK = "https://fw.chengjiaqiao.gov.cn/my/cases/OS-20261217-K7Q2MX";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    @Test
    void theSvgOnTheReceiptReadsBackAsTheCasesLink() throws Exception {
        String uri = QrCodes.dataUri(LINK);

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        String svg = new String(
                Base64.getDecoder().decode(uri.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertThat(decode(svg)).isEqualTo(LINK);
    }

    @Test
    void theSvgDrawsExactlyTheModulesOfTheMatrixWithAQuietZoneOfFour() {
        BitMatrix matrix = QrCodes.matrix(LINK);
        boolean[][] drawn = draw(QrCodes.svg(matrix));

        assertThat(drawn.length).isEqualTo(matrix.getHeight());
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(matrix.get(x, y));
            }
        }
        int[] dark = matrix.getEnclosingRectangle();
        assertThat(dark[0]).isEqualTo(QrCodes.QUIET_ZONE);
        assertThat(dark[1]).isEqualTo(QrCodes.QUIET_ZONE);
        assertThat(matrix.getWidth() - dark[0] - dark[2]).isEqualTo(QrCodes.QUIET_ZONE);
    }

    @Test
    void aLinkWithChineseReadsBackToo() throws Exception {
        String link = "https://街道.example/my/cases/LD-20261217-ABCDEF";

        assertThat(decode(QrCodes.svg(QrCodes.matrix(link)))).isEqualTo(link);
    }

    /** The SVG's dark runs as a grid of modules. */
    private static boolean[][] draw(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        boolean[][] modules = new boolean[height][width];
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = 0; i < length; i++) {
                modules[y][x + i] = true;
            }
        }
        return modules;
    }

    private static String decode(String svg) throws Exception {
        boolean[][] modules = draw(svg);
        int height = modules.length * SCALE;
        int width = modules[0].length * SCALE;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = modules[y / SCALE][x / SCALE] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader()
                .decode(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
                .getText();
    }
}
