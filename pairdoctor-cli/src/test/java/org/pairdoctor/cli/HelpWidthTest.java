package org.pairdoctor.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `--help` fits the window ($COLUMNS here; the terminal's own width at a terminal) and breaks between words. */
class HelpWidthTest {
    @ParameterizedTest
    @ValueSource(ints = {60, 100})
    void helpFitsTheWidthAndKeepsPathsWhole(int width) {
        for (String command : new String[]{"diagnose", "connect", "learn", "serve", "report"}) {
            CommandLine cl = new CommandLine(new Main());
            Main.helpWidth(cl, Map.of("COLUMNS", String.valueOf(width)));
            StringWriter help = new StringWriter();
            cl.getSubcommands().get(command).usage(new PrintWriter(help, true));

            assertThat(Arrays.stream(help.toString().split("\n")))
                    .as("%s --help at %d columns:%n%s", command, width, help)
                    .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
            List<String> words = Arrays.stream(help.toString().split("\\s+")).toList();
            assertThat(words).as("%s --help at %d columns: paths and URLs whole:%n%s", command, width, help)
                    .contains("$XDG_DATA_HOME/pairdoctor,", "~/.local/share/pairdoctor)", "jdbc:sqlite:FILE");
        }
    }
}
