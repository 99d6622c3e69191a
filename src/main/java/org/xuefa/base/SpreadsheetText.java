package org.xuefa.base;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reading uploaded spreadsheets and CSV files as text, the same way for every import. */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /**
     * The sheet's rows as cell texts, at most {@code maxRows + 2}; a trailing null marks that the sheet goes on
     * beyond the limit.
     */
    public static List<List<String>> rows(Sheet sheet, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), maxRows + 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        if (sheet.getLastRowNum() > maxRows + 1) {
            rows.add(null);
        }
        return rows;
    }

    /** A cell as text; an Excel date becomes yyyy-MM-dd, a whole number loses its ".0". */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A CSV file's text: UTF-8 (a BOM is dropped), or GB18030 as Excel on Chinese Windows saves it. */
    public static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            Charset gb = Charset.isSupported("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            return new String(content, start, content.length - start, gb);
        }
    }

    /** The CSV delimiter the header line uses most: comma, semicolon or tab. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char d : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
