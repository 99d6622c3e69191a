package org.xuefa.base.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Uploaded CSV files as text, the same way for every import: encoding, delimiter, size. */
final class CsvText {
    private CsvText() {
    }

    /** A CSV file's text as a stream, without its byte-order mark. */
    static Reader reader(byte[] content, Charset charset) {
        int start = bomLength(content);
        return new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), charset);
    }

    /** The CSV delimiter the header line uses most: comma, semicolon or tab. */
    static char delimiter(byte[] content, Charset charset) {
        int start = bomLength(content);
        int end = start;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        String first = new String(content, start, end - start, charset);
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

    /** About how many lines the file has: its line breaks, plus one for a last line without one. */
    static int lines(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return content.length > 0 && content[content.length - 1] != '\n' ? lines + 1 : lines;
    }

    private static int bomLength(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * A CSV file's encoding: UTF-8 (with or without a byte-order mark), or GB18030 as Excel on Chinese Windows saves
     * it. The bytes are checked through a small buffer rather than decoded into one string.
     */
    static Charset charset(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = bomLength(content);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return Charset.isSupported("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        }
        return StandardCharsets.UTF_8;
    }
}
