package org.pairdoctor.core.knowledge;

import java.util.List;

/**
 * Selects devices ({@code onlyWith} in problem files), as {@link HostCondition} selects hosts: every
 * listed capability present ({@code has}), every listed capability absent ({@code lacks}), one of the
 * listed forms ({@code form}), one of the listed devices ({@code device}), and whether the device is
 * the generic headset ({@code generic}). Every part given must hold; none given matches every device.
 *
 * @param generic null when the condition does not care
 */
public record DeviceCondition(List<Capability> has, List<Capability> lacks, List<Device.Form> forms,
                              List<String> devices, Boolean generic) {
    /** Matches every device. */
    public static final DeviceCondition ANY = new DeviceCondition(List.of(), List.of(), List.of(), List.of(), null);

    public DeviceCondition {
        has = List.copyOf(has);
        lacks = List.copyOf(lacks);
        forms = List.copyOf(forms);
        devices = List.copyOf(devices);
    }

    public boolean isAny() {
        return has.isEmpty() && lacks.isEmpty() && forms.isEmpty() && devices.isEmpty() && generic == null;
    }

    public boolean matches(Device d) {
        return has.stream().allMatch(d::has)
                && lacks.stream().noneMatch(d::has)
                && (forms.isEmpty() || forms.contains(d.form()))
                && (devices.isEmpty() || devices.contains(d.id()))
                && (generic == null || generic == d.generic());
    }

}
