package org.pairdoctor.bluez;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code <root>/class/rfkill/rfkillN/{type,name,soft,hard}}. The root is {@code /sys} in
 * production and a temporary directory in tests.
 */
public final class SysfsRfkill implements RfkillReader {
    private final Path root;

    public SysfsRfkill(Path root) {
        this.root = root;
    }

    public static SysfsRfkill system() {
        return new SysfsRfkill(Path.of("/sys"));
    }

    @Override
    public List<RfkillSwitch> bluetoothSwitches() {
        Path dir = root.resolve("class/rfkill");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RfkillSwitch> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted(Comparator.comparing(Path::toString)).toList()) {
                String type = read(p.resolve("type"));
                if ("bluetooth".equals(type)) {
                    out.add(new RfkillSwitch(p.getFileName().toString(), read(p.resolve("name")), type,
                            "1".equals(read(p.resolve("soft"))), "1".equals(read(p.resolve("hard")))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
