package org.pairdoctor.web.content;

/**
 * A headset the user can choose.
 *
 * @param form over-ear, earbuds or other: how the start page groups headsets
 */
public record DeviceEntry(String id, String name, String form) {
    public DeviceEntry {
        form = form == null ? "other" : form;
    }

    public DeviceEntry(String id, String name) {
        this(id, name, null);
    }
}
