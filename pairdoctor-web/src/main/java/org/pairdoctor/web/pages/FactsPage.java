package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.ClaimEntry;
import org.pairdoctor.web.content.DeviceEntry;

import java.util.List;

/** Facts and myths: each checked claim of the source document, per device. */
public record FactsPage(List<DeviceClaims> devices) {
    /** The checked claims about one device. */
    public record DeviceClaims(DeviceEntry device, List<ClaimEntry> claims) {
    }

    /** A verdict in words for a badge. */
    public static String verdictText(String verdict) {
        if (verdict == null) {
            return "Not checked";
        }
        return switch (verdict) {
            case "true" -> "True";
            case "false" -> "False";
            case "mostly-false" -> "Mostly false";
            case "misleading" -> "Misleading";
            case "partly-true" -> "Partly true";
            case "unclear" -> "Unclear";
            case "unsourced" -> "No source";
            default -> verdict;
        };
    }

    /** A CSS class for a verdict badge: good, bad or unsure. */
    public static String verdictClass(String verdict) {
        if ("true".equals(verdict)) {
            return "good";
        }
        if ("unsourced".equals(verdict)) {
            return "bad";
        }
        if ("unclear".equals(verdict) || "partly-true".equals(verdict) || verdict == null) {
            return "unsure";
        }
        return "bad";
    }
}
