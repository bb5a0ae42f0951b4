package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.ProblemEntry;

import java.util.List;

/**
 * The start page: choose the headset, the phone or computer, and the situation.
 *
 * @param error what was missing from a submitted form, or null
 */
public record StartPage(List<DeviceEntry> devices, List<HostGroup> hostGroups, List<ProblemEntry> firstTime,
                        List<ProblemEntry> problems, String csrf, String error, String device, String host,
                        String problem) {
    public boolean selectedDevice(String id) {
        return id.equals(device) || (device == null && devices.size() == 1);
    }
}
