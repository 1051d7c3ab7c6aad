package org.lede.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns the bytes of an article into text. A byte-order mark decides first; then the zero bytes of UTF-16
 * saved without one (the caller is told of the guess); then strict UTF-8; then, for bytes that are not valid
 * UTF-8, a charset the page declares (HTML only). Other bytes that look like text are read as Windows-1252, the
 * encoding older news sites and Office exports use (and a superset of Latin-1 for printable text), and the
 * caller is told so. Binary data is refused rather than analysed as garbage.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text means the input is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Of the first bytes, how many are looked at to tell UTF-16 without a byte-order mark. */
    private static final int UTF16_SAMPLE = 4096;

    /**
     * The decoded text, and the guess made about its encoding when the bytes did not say it themselves
     * ("not UTF-8, read as Windows-1252"), or null.
     */
    record Decoded(String text, String guess) {
    }

    Decoded decode(String origin, byte[] bytes, Charset declared) {
        Decoded decoded = decodeBytes(bytes, declared);
        refuseBinary(origin, decoded.text());
        return decoded;
    }

    private static Decoded decodeBytes(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), null);
        }
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return new Decoded(lenient(bytes, 0, utf16), "no byte-order mark, read as " + utf16.name());
        }
        try {
            // Valid UTF-8 with any non-ASCII byte is almost never anything else, whatever a page declares.
            return new Decoded(strictUtf8(bytes), null);
        } catch (CharacterCodingException notUtf8) {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(lenient(bytes, 0, declared), null);
            }
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), "not UTF-8, read as Windows-1252");
        }
    }

    /**
     * UTF-16 saved without a byte-order mark (Windows "Unicode" text): Latin-script text then has a zero byte
     * in every other position, high bytes of its characters, and hardly any in the others. Binary data
     * has zeros in both. Null when the bytes do not show that pattern.
     */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        int pairs = Math.min(bytes.length, UTF16_SAMPLE) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros >= pairs / 2 && evenZeros <= pairs / 50) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= pairs / 2 && oddZeros <= pairs / 50) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseBinary(String origin, String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary(origin);
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 2 && controls > text.length() * MAX_CONTROL_SHARE) {
            throw binary(origin);
        }
    }

    private static InputException binary(String origin) {
        return new InputException(origin, "binary data, not text; pass the article as a .txt or .html file "
                + "(text in UTF-8, or UTF-16 with a byte-order mark)");
    }

    /**
     * The charset a page declares in its first bytes ({@code <meta charset=…>} or the http-equiv form),
     * or null when it declares none Lede knows. Latin-1 declarations mean Windows-1252, as browsers read them.
     */
    static Charset declaredInHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset=");
        while (at >= 0) {
            int start = at + "charset=".length();
            while (start < head.length() && (head.charAt(start) == '"' || head.charAt(start) == '\'')) {
                start++;
            }
            int end = start;
            while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end))
                    || head.charAt(end) == '-' || head.charAt(end) == '_')) {
                end++;
            }
            if (head.lastIndexOf("<meta", at) >= 0 && end > start) {
                return charset(head.substring(start, end));
            }
            at = head.indexOf("charset=", end);
        }
        return null;
    }

    private static Charset charset(String name) {
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
