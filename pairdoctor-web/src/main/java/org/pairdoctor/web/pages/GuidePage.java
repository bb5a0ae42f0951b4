package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.StepContent;

import java.util.List;

/** The printable pairing guide for one host and device. */
public record GuidePage(HostEntry host, DeviceEntry device, List<StepContent.Line> lines, List<DeviceEntry> devices) {
}
