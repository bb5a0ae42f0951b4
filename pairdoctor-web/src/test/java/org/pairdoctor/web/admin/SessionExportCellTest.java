package org.pairdoctor.web.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell a spreadsheet would run as a formula is defused, however it is disguised. */
class SessionExportCellTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "  @x", "\u3000=1",
            "\uFF1D1+1", "\uFF0B1", "\uFF20x"})
    void formulasGetAnApostropheAndQuotes(String value) {
        String cell = SessionExport.cell(value);
        assertThat(cell).startsWith("\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a;b", "=cmd|' /C calc'!A0;x", "a,b"})
    void separatorsOfAnyLocaleAreQuoted(String value) {
        assertThat(SessionExport.cell(value)).startsWith("\"").endsWith("\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "1.5", "sony-wh-1000xm2", "a b"})
    void plainValuesStayPlain(String value) {
        assertThat(SessionExport.cell(value)).isEqualTo(value);
    }
}
