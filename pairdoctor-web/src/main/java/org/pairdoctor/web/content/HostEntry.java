package org.pairdoctor.web.content;

/**
 * A phone or computer the user can choose.
 *
 * @param family ios, android, macos, windows or linux
 * @param parent the host it extends (e.g. android for android-samsung), or null
 */
public record HostEntry(String id, String name, String family, String parent) {
}
