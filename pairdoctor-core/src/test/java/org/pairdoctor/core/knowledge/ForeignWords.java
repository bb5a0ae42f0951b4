package org.pairdoctor.core.knowledge;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rule that keeps one headset's words out of another's steps, shared by the tests that render steps
 * in process ({@link DeviceNeutralProblemsTest}) and those that read them over the REST API: the labels
 * of buttons a device lacks, ports it lacks, and (for all but the WH-1000XM2) that model's own words.
 */
public final class ForeignWords {
    private static final String XM2 = "sony-wh-1000xm2";

    private final KnowledgeBase kb;

    public ForeignWords(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Words that must not reach {@code d}: labels of buttons it lacks, ports it lacks, other models' names. */
    public Set<String> of(Device d) {
        Set<String> own = new TreeSet<>();
        d.buttons().forEach(b -> own.add(b.label()));
        Set<String> out = new TreeSet<>();
        for (Device other : kb.devices()) {
            other.buttons().stream().map(Device.Button::label).filter(l -> !own.contains(l)).forEach(out::add);
        }
        if (!d.id().equals(XM2)) {
            out.addAll(List.of("micro-USB", "INPUT jack", "XM2", "NC/AMBIENT", "right ear cup", "right earcup"));
        }
        if (d.has(Capability.USB_C)) {
            out.add("micro-USB");
        }
        if (!d.has(Capability.CABLE_INPUT)) {
            out.addAll(List.of("supplied audio cable", "supplied cable", "or use the cable"));
        }
        if (d.generic()) {
            out.addAll(List.of("Sony", "blue indicator", "red indicator"));
        }
        out.removeAll(own);   // a sibling with the same labels (the WH-1000XM3's NC/AMBIENT) is not foreign
        return out;
    }

    /** The words of {@link #of(Device)} that {@code text} names, in order. */
    public List<String> in(Device d, String text) {
        return of(d).stream().filter(w -> names(text, w)).toList();
    }

    /**
     * Whether {@code text} names {@code word}: a button label only as a whole word ("NC/AMB" is not named by
     * "NC/AMBIENT"), anything else (model names, ports) anywhere.
     */
    public boolean names(String text, String word) {
        boolean label = kb.devices().stream().anyMatch(d -> d.buttons().stream().anyMatch(b -> b.label().equals(word)));
        return label
                ? Pattern.compile("(?<![\\w/])" + Pattern.quote(word) + "(?![\\w/])").matcher(text).find()
                : text.contains(word);
    }
}
