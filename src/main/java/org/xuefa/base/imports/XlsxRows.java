package org.xuefa.base.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Walks a workbook's sheets row by row with a SAX parser, so that a large file is never built in memory as a
 * workbook. Cells come as text: an Excel date as yyyy-MM-dd, a number without a trailing ".0".
 */
final class XlsxRows {
    /** Where one sheet's rows go. */
    interface Sink {
        /** A row that has cells; {@code number} is as the user sees it (the first row is 1). */
        void row(int number, List<String> cells);
    }

    /** The workbook could not be read: not a workbook, or a damaged one. */
    static final class Unreadable extends Exception {
        Unreadable(Throwable cause) {
            super(cause);
        }
    }

    private XlsxRows() {
    }

    /**
     * Tells {@code estimate} about how many data rows the sheets hold (from their declared dimensions), then hands
     * each sheet's rows to the sink {@code sheets} gives for its name (null passes the sheet over).
     */
    static void read(byte[] content, IntConsumer estimate, Function<String, Sink> sheets) throws Unreadable {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            estimate.accept(estimateRows(reader));
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    Sink sink = sheets.apply(it.getSheetName());
                    if (sink != null) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                                new CellFormatter(), false));
                        parser.parse(new InputSource(in));
                    }
                }
            }
        } catch (SinkFailure e) {
            throw e.getCause();
        } catch (Exception e) {
            // POI reports a damaged or non-Excel file with assorted exceptions, checked and not
            throw new Unreadable(e);
        }
    }

    private static int estimateRows(XSSFReader reader) throws Exception {
        int rows = 0;
        Iterator<InputStream> it = reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                rows += Math.max(lastRow(in) - 1, 0);
            }
        }
        return rows;
    }

    /** The last row of the sheet's dimension (such as A1:E20001), read from the top of its XML; 0 if absent. */
    private static int lastRow(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("dimension".equals(xml.getLocalName())) {
                        String ref = xml.getAttributeValue(null, "ref");
                        String last = ref == null ? "" : ref.substring(ref.indexOf(':') + 1);
                        return last.isEmpty() ? 0 : new CellReference(last).getRow() + 1;
                    }
                    if ("sheetData".equals(xml.getLocalName())) {
                        return 0;
                    }
                }
            }
            return 0;
        } finally {
            xml.close();
        }
    }

    /** Collects one row's cells by column and hands the row over at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Sink sink;
        private List<String> cells = new ArrayList<>();
        private int column = -1;

        Rows(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            try {
                sink.row(rowNum + 1, cells);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            // an error (#N/A and the like) reads as a blank cell, as no value was given
            cells.add(value == null || value.startsWith("ERROR:") ? "" : value);
        }
    }

    /** Numbers and dates as the importers read them: a date as yyyy-MM-dd, a number without a trailing ".0". */
    private static final class CellFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** The sink failed: its exception, not an unreadable file. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
