package org.pairdoctor.cli;

import org.pairdoctor.cli.terminal.Wrap;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code --help} laid out like the terminal sessions: picocli measures the width (usageHelpAutoWidth,
 * else {@code $COLUMNS}, else 80) and draws the synopsis, but the description and the option list
 * are wrapped here, between words only, since picocli's own wrapping breaks lines inside paths and
 * URLs ("~/.", "local/share"). A word longer than the description column is the one exception, cut
 * on purpose after a separator (see {@link Wrap}).
 */
final class HelpLayout {
    /** The option names column is at most this wide; longer names get a line of their own. */
    static final int NAMES_MAX = 22;

    private HelpLayout() {
    }

    /** Installs the layout on {@code cl} and every subcommand under it. */
    static void install(CommandLine cl) {
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        cl.getSubcommands().values().forEach(HelpLayout::install);
    }

    static String description(CommandLine.Help help) {
        int width = help.commandSpec().usageMessage().width();
        StringBuilder b = new StringBuilder();
        for (String paragraph : help.commandSpec().usageMessage().description()) {
            for (String line : Wrap.lines(paragraph.replace("%n", " "), width)) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    static String options(CommandLine.Help help) {
        int width = help.commandSpec().usageMessage().width();
        List<OptionSpec> options = new ArrayList<>(help.commandSpec().options().stream().filter(o -> !o.hidden()).toList());
        options.sort(Comparator.comparing(HelpLayout::sortKey));
        List<String> names = options.stream().map(HelpLayout::names).toList();
        int column = Math.min(NAMES_MAX, names.stream().mapToInt(String::length).max().orElse(0)) + 4;
        String indent = " ".repeat(column);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            String name = "  " + names.get(i);
            List<String> lines = new ArrayList<>();
            for (String paragraph : options.get(i).renderedDescription()) {
                lines.addAll(Wrap.lines(paragraph, width - column));
            }
            if (name.length() + 2 > column) {
                b.append(name).append('\n');
            } else if (!lines.isEmpty()) {
                b.append(name).append(" ".repeat(column - name.length())).append(lines.remove(0)).append('\n');
            } else {
                b.append(name).append('\n');
            }
            lines.forEach(l -> b.append(indent).append(l).append('\n'));
        }
        return b.toString();
    }

    /** "-h, --help" or "    --data=DIR", as picocli writes them. */
    static String names(OptionSpec o) {
        String shortName = null;
        List<String> longNames = new ArrayList<>();
        for (String n : o.names()) {
            if (n.length() == 2 && n.startsWith("-") && !n.startsWith("--") && shortName == null) {
                shortName = n;
            } else {
                longNames.add(n);
            }
        }
        String label = o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : "=" + o.paramLabel();
        String longs = String.join(", ", longNames);
        if (shortName == null) {
            return "    " + longs + label;
        }
        return shortName + (longs.isEmpty() ? label : ", " + longs + label);
    }

    private static String sortKey(OptionSpec o) {
        return o.shortestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT) + " " + o.shortestName();
    }
}
