package org.pairdoctor.core.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The SHA-256 of a knowledge directory's files: each one's path below the directory and bytes, in order. */
final class KnowledgeFingerprint {
    private KnowledgeFingerprint() {
    }

    /**
     * @param files the files a load reads, in the order it reads them
     * @return the fingerprint, or null when a file cannot be read (the load then checks everything and
     *         reports it)
     */
    static String of(Path dir, List<Path> files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            return null;   // every Java runtime has SHA-256; without it, nothing is trusted
        }
        for (Path file : files) {
            byte[] name = dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return null;
            }
            // Lengths first, so that no two different sets of files run together into the same bytes.
            digest.update(lengthOf(name.length));
            digest.update(name);
            digest.update(lengthOf(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] lengthOf(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
