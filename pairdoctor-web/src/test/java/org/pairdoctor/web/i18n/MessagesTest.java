package org.pairdoctor.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static final Languages LANGUAGES = Languages.shipped();

    @Test
    void everyKeyATemplateAsksForIsInTheEnglishBundle() throws IOException {
        Pattern key = Pattern.compile("\\bt\\.t\\(\"([A-Za-z0-9.\\-]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "jte"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    if (!Messages.ENGLISH.has(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("keys used by the templates").isGreaterThan(60);
        assertThat(missing).isEmpty();
    }

    @Test
    void keysMadeFromDataHaveTheirEnglishText() {
        for (String k : List.of("verdict.true", "verdict.unsourced", "verdict.null", "host.family.ios",
                "guide.section.pair", "guide.section.last-resort", "error.404", "error.500")) {
            assertThat(Messages.ENGLISH.has(k)).as(k).isTrue();
        }
    }

    @Test
    void patternsTakeTheirArgumentsAndPluralsInTheLanguage() {
        assertThat(Messages.ENGLISH.t("guide.title", "WH-1000XM2", "iPhone")).isEqualTo("Pair WH-1000XM2 with iPhone");
        assertThat(Messages.ENGLISH.t("guide.print", 1)).isEqualTo("prints on one page");
        assertThat(Messages.ENGLISH.t("guide.print", 2)).isEqualTo("prints on 2 pages");
        assertThat(Messages.ENGLISH.t("layout.footer")).contains("authors' guesses");
        assertThat(Messages.ENGLISH.t("no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    void acceptLanguagePicksAnOfferedLanguageAndFallsBackToEnglish() {
        assertThat(LANGUAGES.choose(null, null, "eo, en;q=0.5").language()).isEqualTo("eo");
        assertThat(LANGUAGES.choose(null, null, "de-DE,de;q=0.9,eo;q=0.8").language()).isEqualTo("eo");
        assertThat(LANGUAGES.choose(null, null, "de-DE,de;q=0.9").language()).isEqualTo("en");
        assertThat(LANGUAGES.choose(null, null, "eo;q=0").language()).isEqualTo("en");
        assertThat(LANGUAGES.choose(null, null, "*;;;q=x,,").language()).isEqualTo("en");
        assertThat(LANGUAGES.choose(null, null, null).language()).isEqualTo("en");
    }

    @Test
    void anExplicitChoiceWinsOverTheCookieAndTheCookieOverTheHeader() {
        assertThat(LANGUAGES.choose("en", "eo", "eo").language()).isEqualTo("en");
        assertThat(LANGUAGES.choose(null, "eo", "en").language()).isEqualTo("eo");
        assertThat(LANGUAGES.choose("../../etc", "x y", "en").language()).isEqualTo("en");
    }

    @Test
    void aTranslationMissingAKeyShowsTheEnglishText() {
        Messages eo = Messages.of(Locale.forLanguageTag("eo"));
        assertThat(eo.t("guides.title")).isEqualTo("Gvidiloj pri parigo");
        assertThat(eo.t("guide.title", "A", "B")).isEqualTo("Parigi A kun B");
        assertThat(eo.t("faq.title")).isEqualTo("Questions and answers");
        // Knowledge text: the translation where the bundle has its key, else the knowledge base's words.
        assertThat(eo.knowledge("faq.some-id.question", "Why?")).isEqualTo("Why?");
        assertThat(Messages.ENGLISH.knowledge("guides.title", "from the knowledge base")).isEqualTo("from the knowledge base");
    }
}
