package org.pairdoctor.core.knowledge;

/**
 * Where a person can get help with a headset beyond pairdoctor, as its knowledge gives it: the maker's
 * support page and phone number (only a number a source gives), and the model's Help Guide. Every
 * field may be null.
 *
 * @param maker          e.g. "Sony"
 * @param deviceName     e.g. "Sony WH-1000XM4"
 * @param helpGuideTitle the Help Guide source's title
 */
public record DeviceHelp(String maker, String deviceName, String supportUrl, String supportPhone,
                         String helpGuideUrl, String helpGuideTitle) {
    /** Nothing known. */
    public static final DeviceHelp NONE = new DeviceHelp(null, null, null, null, null, null);
}
