package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.DeviceEntry;
import org.pairdoctor.web.content.GuideStep;
import org.pairdoctor.web.content.HostEntry;
import org.pairdoctor.web.content.Observed;
import org.pairdoctor.core.knowledge.StepText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The printable pairing guide for one host and device, in sections in the order a person uses them:
 * pair; if it does not appear; if it still fails; last resort. Every section after the first says it is
 * only for when the ones above failed, and a section with a step that erases something says what.
 */
public record GuidePage(HostEntry host, DeviceEntry device, List<Section> sections, List<DeviceEntry> devices) {
    /**
     * The most printed pages (A4 or US Letter) any guide takes: the guide and the index promise it,
     * and a browser test prints every shipped guide to hold them to it.
     */
    public static final int PRINTED_PAGES = 2;

    public GuidePage {
        sections = List.copyOf(sections);
    }

    /** "prints on 2 pages". */
    public static String printPromise() {
        return "prints on " + (PRINTED_PAGES == 1 ? "one page" : PRINTED_PAGES + " pages");
    }

    /**
     * Groups the guide's steps into sections, keeping their order.
     *
     * @param observed what was observed of a step, or null
     */
    public static GuidePage of(HostEntry host, DeviceEntry device, List<GuideStep> steps,
                               Function<GuideStep, Observed> observed, List<DeviceEntry> devices) {
        Map<String, List<GuideStep>> bySection = new LinkedHashMap<>();
        steps.forEach(s -> bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s));
        List<Section> sections = new ArrayList<>();
        bySection.forEach((kind, list) -> {
            List<Part> parts = list.stream()
                    .map(s -> new Part(s.title(), Item.of(s.lines()), observed.apply(s), s.loses())).toList();
            sections.add(new Section(kind, heading(kind), sections.isEmpty() ? null : note(kind), warning(parts),
                    parts));
        });
        return new GuidePage(host, device, sections, devices);
    }

    private static String heading(String kind) {
        return switch (kind) {
            case GuideStep.PAIR -> "Pair";
            case "not-listed" -> "If it does not appear";
            case "still-fails" -> "If it still fails";
            case "last-resort" -> "Last resort";
            default -> kind;
        };
    }

    private static String note(String kind) {
        return switch (kind) {
            case "not-listed" -> "Only if the above failed and the headset is not in the list. Try one at a time, "
                    + "then pair again.";
            case "last-resort" -> "Only if everything above failed.";
            default -> "Only if the above failed. Try one at a time.";
        };
    }

    /** "This erases ..." for a section with steps that erase something; null otherwise. */
    private static String warning(List<Part> parts) {
        List<String> lost = parts.stream().map(Part::loses).filter(l -> l != null && !l.isBlank()).distinct().toList();
        if (lost.isEmpty()) {
            return null;
        }
        String what = String.join("; ", lost);
        return "This erases " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1)
                + ". Every phone and computer it was paired with has to pair again.";
    }

    /**
     * A section of the guide.
     *
     * @param kind    {@code pair}, {@code not-listed}, {@code still-fails} or {@code last-resort}
     * @param note    when to use it ("Only if the above failed."); null for the first section
     * @param warning what its steps erase; null when they erase nothing
     */
    public record Section(String kind, String heading, String note, String warning, List<Part> parts) {
        public Section {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One step of the guide: its numbered items restart at 1.
     *
     * @param title    null when the guide is not made of steps
     * @param observed how often the step fixed it, when enough people tried it; else null
     * @param loses    what it erases; null when nothing
     */
    public record Part(String title, List<Item> items, Observed observed, String loses) {
        public Part {
            items = List.copyOf(items);
        }

        /** Whether item {@code i} is the step's last (the figure goes there). */
        public boolean last(int i) {
            return i == items.size() - 1;
        }
    }

    /**
     * A numbered line with the lines that are not steps of their own after it: alternatives ("Or: ...")
     * and other OS versions' ways.
     */
    public record Item(StepText.Line line, List<StepText.Line> asides) {
        public Item {
            asides = List.copyOf(asides);
        }

        static List<Item> of(List<StepText.Line> lines) {
            List<Item> items = new ArrayList<>();
            List<StepText.Line> asides = new ArrayList<>();
            StepText.Line main = null;
            for (StepText.Line l : lines) {
                if (l.aside() && main != null) {
                    asides.add(l);
                } else {
                    if (main != null) {
                        items.add(new Item(main, asides));
                    }
                    main = l;
                    asides = new ArrayList<>();
                }
            }
            if (main != null) {
                items.add(new Item(main, asides));
            }
            return items;
        }
    }
}
