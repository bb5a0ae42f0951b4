package org.pairdoctor.web.content;

/** A cited source; {@code url} may be null. */
public record SourceRef(String id, String title, String url) {
}
