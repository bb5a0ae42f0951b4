package org.pairdoctor.cli.terminal;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Where the terminal commands write what a person reads: every paragraph wrapped at word boundaries
 * to the width, bullets and numbers with hanging indents, commands on lines of their own, and a
 * restrained emphasis (bold titles and answer keys, warnings in bold yellow, commands in cyan) that
 * is off under {@code NO_COLOR}, with {@code TERM=dumb}, and whenever the output is not a terminal.
 */
public final class Screen {
    /** The width when nothing says otherwise: the classic terminal. */
    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, hanging indents would leave too little room: lines are laid out as if this wide. */
    static final int MIN_WIDTH = 30;
    /** The longest marker whose text hangs under it ("99) "); longer ones are labels. */
    static final int MAX_HANGING_MARKER = 4;

    private final PrintWriter out;
    private final int width;
    private final boolean styled;

    /**
     * @param width  the columns to fill (clamped to at least {@link #MIN_WIDTH})
     * @param styled whether to emit colour and bold
     */
    public Screen(PrintWriter out, int width, boolean styled) {
        this.out = out;
        this.width = Math.max(MIN_WIDTH, width);
        this.styled = styled;
    }

    /**
     * The screen of a command: the terminal's own width when there is one (JLine asks it), else
     * {@code $COLUMNS}, else 80; styled only on a terminal and without {@code NO_COLOR}.
     *
     * @param terminal the JLine terminal, or null when the output is a pipe or a file
     */
    public static Screen of(PrintWriter out, Terminal terminal, Map<String, String> env) {
        int width = terminal != null && terminal.getWidth() > 0 ? terminal.getWidth() : columns(env);
        return new Screen(out, width, terminal != null && colour(env));
    }

    /** Colour and bold are wanted: {@code NO_COLOR} is unset or empty (no-color.org) and the terminal is not dumb. */
    static boolean colour(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }

    static int columns(Map<String, String> env) {
        try {
            int c = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return c > 0 ? c : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    public int width() {
        return width;
    }

    public boolean styled() {
        return styled;
    }

    public void blank() {
        out.println();
    }

    /** A paragraph, wrapped, starting at the left margin. */
    public void text(String text) {
        item("", "", text, Tone.PLAIN);
    }

    /** A paragraph indented by {@code indent}, every line. */
    public void indented(String indent, String text) {
        item(indent, "", text, Tone.PLAIN);
    }

    public void title(String text) {
        item("", "", text, Tone.TITLE);
    }

    /** A warning: "! " and the text, its lines hanging under the text. */
    public void warning(String indent, String text) {
        item(indent, "! ", text, Tone.WARNING);
    }

    /**
     * A bulleted or numbered paragraph: {@code indent + marker + text}, every further line indented
     * under the text (a hanging indent). The marker is an answer key when {@code tone} is KEY.
     */
    public void item(String indent, String marker, String text, Tone tone) {
        // Under a short marker ("* ", "12) ") the text hangs; under a label ("Most likely now: ") that
        // would leave a narrow column, so its lines hang two spaces in, as apt and gh do.
        int under = marker.length() <= MAX_HANGING_MARKER ? marker.length() : 2;
        String hang = " ".repeat(indent.length() + under);
        List<String> lines = Wrap.lines(text, width - indent.length() - marker.length(), width - hang.length());
        for (int i = 0; i < lines.size(); i++) {
            String lead = i == 0 ? indent + paint(marker, tone == Tone.KEY || tone == Tone.WARNING ? STYLES.get(tone)
                    : AttributedStyle.DEFAULT) : hang;
            out.println(lead + (tone == Tone.KEY ? lines.get(i) : paint(lines.get(i), STYLES.get(tone))));
        }
    }

    /** A shell command on lines of its own (continued with " \" when longer than the width), to copy. */
    public void command(String indent, String command) {
        for (String line : Wrap.command(command, width - indent.length())) {
            out.println(indent + paint(line, COMMAND));
        }
    }

    public void flush() {
        out.flush();
    }

    /** How a paragraph is emphasised. */
    public enum Tone { PLAIN, TITLE, WARNING, KEY }

    private static final AttributedStyle KEY = AttributedStyle.BOLD;
    private static final AttributedStyle COMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    /** The emphasis of each tone: bold titles and keys, bold yellow warnings (as apt's "W:"), plain text. */
    private static final java.util.Map<Tone, AttributedStyle> STYLES = java.util.Map.of(Tone.PLAIN,
            AttributedStyle.DEFAULT, Tone.TITLE, AttributedStyle.BOLD, Tone.KEY, KEY, Tone.WARNING,
            AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW));

    String paint(String text, AttributedStyle style) {
        return styled && !text.isEmpty() && style != AttributedStyle.DEFAULT
                ? new AttributedString(text, style).toAnsi() : text;
    }
}
