package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The start page: the headset (chosen once and remembered), the phone or computer (guessed from the
 * browser, one tap to change), then one tap on the problem starts the session.
 *
 * @param device       the chosen headset; null while the person has to pick one
 * @param deviceGroups the picker's headsets, by form (filtered by {@code query}); shown while {@code device} is null
 * @param deviceCount  how many headsets there are in all (with one, there is nothing to change)
 * @param query        the picker's search words, or null
 * @param host         the phone or computer; null when it could not be guessed: the form asks for it
 * @param hostGuessed  true when {@code host} comes from the browser's User-Agent, not from the person
 * @param problems     the problems offered for the host, most common first; null while something is missing
 * @param problem      a problem named by a deep link, or null
 * @param error        what was missing from a submitted form, or null
 */
public record StartPage(DeviceEntry device, List<DeviceGroup> deviceGroups, int deviceCount, String query,
                        HostEntry host, boolean hostGuessed, List<HostGroup> hostGroups, ProblemMenu problems,
                        String problem, String csrf, String error) {
    public boolean pickDevice() {
        return device == null;
    }

    /** This page with another host (keeps the headset and a deep-linked problem). */
    public String hostLink(String hostId) {
        return link(device == null ? null : device.id(), hostId, problem, null);
    }

    /** This page with another headset. */
    public String deviceLink(String deviceId) {
        return link(deviceId, hostGuessed || host == null ? null : host.id(), problem, null);
    }

    /** The headset picker, keeping the host and problem. */
    public String changeDeviceLink() {
        return link(null, hostGuessed || host == null ? null : host.id(), problem, "device");
    }

    private static String link(String device, String host, String problem, String pick) {
        List<String> q = new ArrayList<>();
        add(q, "pick", pick);
        add(q, "device", device);
        add(q, "host", host);
        add(q, "problem", problem);
        return q.isEmpty() ? "/" : "/?" + String.join("&", q);
    }

    private static void add(List<String> q, String name, String value) {
        if (value != null) {
            q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
