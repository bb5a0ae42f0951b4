package org.pairdoctor.core.knowledge;

/**
 * A source cited by facts, claims and data-backed numbers ({@code sources.yaml}).
 *
 * @param url  may be null when only a title or article number is known
 * @param note may be null
 */
public record Source(String id, String title, String url, String note) {
}
