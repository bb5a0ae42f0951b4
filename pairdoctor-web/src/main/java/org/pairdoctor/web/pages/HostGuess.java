package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.HostEntry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the phone or computer from the browser's User-Agent, so the start page can skip asking:
 * iPhone and iPad are iOS; Android is Android, with the maker's variant when the string names it
 * (Samsung, Pixel, Xiaomi); then Mac, Windows, Linux. Only a guess: the page says so and offers a
 * change. iPads that ask for the desktop site say "Macintosh" and are guessed as a Mac.
 */
public final class HostGuess {
    private static final Pattern SAMSUNG = Pattern.compile("samsung|\\bsm-[a-z0-9]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXEL = Pattern.compile("\\bpixel\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern XIAOMI = Pattern.compile("xiaomi|redmi|\\bpoco\\b|\\bmi \\d", Pattern.CASE_INSENSITIVE);

    private HostGuess() {
    }

    /** The best host among {@code hosts} for the User-Agent; empty when nothing fits or no UA was sent. */
    public static Optional<HostEntry> of(String userAgent, List<HostEntry> hosts) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        List<String> ids = candidates(userAgent);
        for (String id : ids) {
            Optional<HostEntry> h = hosts.stream().filter(x -> x.id().equals(id)).findFirst();
            if (h.isPresent()) {
                return h;
            }
        }
        // A knowledge base without that exact host: the first of its family (linux-gnome for linux).
        return ids.stream().findFirst().map(id -> id.split("-")[0])
                .flatMap(family -> hosts.stream().filter(x -> family.equals(x.family())).findFirst());
    }

    /** Host ids to try, most specific first. */
    static List<String> candidates(String ua) {
        String s = ua.toLowerCase(Locale.ROOT);
        if (s.contains("iphone") || s.contains("ipad") || s.contains("ipod")) {
            return List.of("ios");
        }
        if (s.contains("android")) {
            if (SAMSUNG.matcher(ua).find()) {
                return List.of("android-samsung", "android");
            }
            if (PIXEL.matcher(ua).find()) {
                return List.of("android-pixel", "android");
            }
            if (XIAOMI.matcher(ua).find()) {
                return List.of("android-xiaomi", "android");
            }
            return List.of("android");
        }
        if (s.contains("macintosh") || s.contains("mac os x")) {
            return List.of("macos");
        }
        if (s.contains("windows")) {
            // Windows 11 still says "Windows NT 10.0"; 11 is the supported one, and the page offers a change.
            return List.of("windows-11", "windows-10");
        }
        if (s.contains("linux") || s.contains("x11")) {
            return List.of("linux");
        }
        return List.of();
    }
}
