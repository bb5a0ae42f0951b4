package org.pairdoctor.core.knowledge;

import java.util.Map;
import java.util.Optional;

/**
 * A phone or computer platform ({@code hosts/<family>.yaml}), e.g. {@code android-samsung} in family
 * {@code android}, extending {@code android}.
 *
 * @param parent        the host this one extends
 * @param procedures    the effective procedures: the host's own plus those inherited from its parents
 * @param ownProcedures the procedures written for this host itself
 * @param note          may be null
 */
public record Host(String id, String name, String family, Optional<String> parent,
                   Map<String, Procedure> procedures, Map<String, Procedure> ownProcedures, String note) {
    public Host {
        procedures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(procedures));
        ownProcedures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ownProcedures));
    }

    public Optional<Procedure> procedure(String procedureId) {
        return Optional.ofNullable(procedures.get(procedureId));
    }
}
