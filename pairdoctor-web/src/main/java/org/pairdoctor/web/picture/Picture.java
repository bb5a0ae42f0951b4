package org.pairdoctor.web.picture;

/**
 * A drawn step: SVG markup (every value in it escaped) and the same in words.
 *
 * @param svg the {@code <svg>} element, with role="img" and {@code alt} as its label
 * @param alt the text alternative, e.g. "Hold POWER on the left earcup for 7 seconds; the light
 *            flashes blue twice, repeatedly."
 * @param motion the pattern in words for people who turned animation off (reduced motion); null when
 *               nothing moves
 */
public record Picture(String svg, String alt, String motion) {
}
