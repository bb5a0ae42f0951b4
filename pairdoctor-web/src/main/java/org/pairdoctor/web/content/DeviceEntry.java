package org.pairdoctor.web.content;

/** A headset the user can choose. */
public record DeviceEntry(String id, String name) {
}
