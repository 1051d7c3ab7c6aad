package org.lede.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lede.model.Article;

/**
 * Identities of stored articles. Content is the headline and the body: the same story read from another
 * file, or with another outlet name given on the command line, is the same content and is stored once.
 */
public final class ContentHash {
    private static final int ID_HEX_DIGITS = 16;

    private ContentHash() {
    }

    /** SHA-256 of headline and body, in hex. */
    public static String of(Article article) {
        return of(article.title(), article.text());
    }

    public static String of(String title, String text) {
        // The separator cannot occur in a headline, so ("a", "bc") and ("ab", "c") differ.
        return sha256((title == null ? "" : title) + "\u0000" + text);
    }

    /**
     * The article's id: from its URL when it has one, so a revised story keeps its id; otherwise from its
     * content. 64 bits in hex, which keeps URLs short and makes a collision in any real corpus unlikely.
     */
    static String articleId(String url, String contentHash) {
        String basis = url == null ? "content:" + contentHash : "url:" + url;
        return sha256(basis).substring(0, ID_HEX_DIGITS);
    }

    /** True for a string shaped like an article id, which is what a request's path may name. */
    public static boolean isArticleId(String candidate) {
        return candidate != null && candidate.matches("[0-9a-f]{" + ID_HEX_DIGITS + "}");
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
