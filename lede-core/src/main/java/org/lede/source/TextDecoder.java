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
 * Turns the bytes of an article into text. A byte-order mark decides first; then strict UTF-8; then, for
 * bytes that are not valid UTF-8, a charset the page declares (HTML only). Other bytes that look like text
 * are read as Windows-1252, the encoding older news sites and Office exports use (and a superset of Latin-1 for
 * printable text), and the caller is told so. Binary data is refused rather than analysed as garbage.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More control characters than this share of the text means the input is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** The decoded text, and whether it had to fall back to Windows-1252. */
    record Decoded(String text, boolean windows1252) {
    }

    Decoded decode(String origin, byte[] bytes, Charset declared) {
        Decoded decoded = decodeBytes(bytes, declared);
        refuseBinary(origin, decoded.text());
        return decoded;
    }

    private static Decoded decodeBytes(byte[] bytes, Charset declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), false);
        }
        try {
            // Valid UTF-8 with any non-ASCII byte is almost never anything else, whatever a page declares.
            return new Decoded(strictUtf8(bytes), false);
        } catch (CharacterCodingException notUtf8) {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(lenient(bytes, 0, declared), false);
            }
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), true);
        }
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
        return new InputException(origin, "binary data, not text; pass the article as a .txt or .html file");
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
