package org.xuefa.base.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cell parsers importers share; each refuses a bad cell with one of the {@link ImportError}s. */
public final class Parsers {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}(?:\\.0+)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();

    static {
        for (String yes : new String[] {"是", "有", "对", "√", "✓", "yes", "y", "true", "1"}) {
            BOOLEANS.put(yes, true);
        }
        for (String no : new String[] {"否", "无", "不", "×", "✗", "no", "n", "false", "0"}) {
            BOOLEANS.put(no, false);
        }
    }

    private Parsers() {
    }

    /** The text as written (trimmed); longer than {@code maxLength} is refused, 0 means no limit. */
    public static CellParser<String> text(int maxLength) {
        return text -> {
            if (maxLength > 0 && text.length() > maxLength) {
                throw InvalidCell.of(ImportError.TOO_LONG, maxLength);
            }
            return text;
        };
    }

    /** A code or number (staff number, unit code): as {@link #text}, then full-width characters folded. */
    public static CellParser<String> code(int maxLength) {
        CellParser<String> text = text(maxLength);
        return value -> ImportText.fold(text.parse(value));
    }

    /** A whole number such as {@code 12}, {@code +3} or Excel's {@code 12.0}. */
    public static CellParser<Integer> integer() {
        return text -> {
            String folded = ImportText.fold(text);
            if (!INTEGER.matcher(folded).matches()) {
                throw InvalidCell.of(ImportError.INVALID_NUMBER, text);
            }
            return Integer.parseInt(folded.replaceAll("\\.0+$", "").replace("+", ""));
        };
    }

    /** A whole number not below zero. */
    public static CellParser<Integer> nonNegativeInteger() {
        CellParser<Integer> integer = integer();
        return text -> {
            int n = integer.parse(text);
            if (n < 0) {
                throw InvalidCell.of(ImportError.NEGATIVE_NUMBER, text);
            }
            return n;
        };
    }

    /** A decimal number such as {@code 2.5} or {@code 1,234.5} (thousands separators are dropped). */
    public static CellParser<BigDecimal> decimal() {
        return text -> {
            String folded = ImportText.fold(text).replace(",", "");
            if (!DECIMAL.matcher(folded).matches()) {
                throw InvalidCell.of(ImportError.INVALID_DECIMAL, text);
            }
            return new BigDecimal(folded);
        };
    }

    /** Yes or no: 是/否, yes/no, y/n, true/false, 1/0, √/× and the like. */
    public static CellParser<Boolean> bool() {
        return text -> {
            Boolean value = BOOLEANS.get(ImportText.fold(text).toLowerCase(Locale.ROOT));
            if (value == null) {
                throw InvalidCell.of(ImportError.INVALID_BOOLEAN, text);
            }
            return value;
        };
    }

    /**
     * A date as people and Excel write it: {@code 2020-09-01}, {@code 2020/9/1}, {@code 2020.9.1},
     * {@code 2020年9月1日}, {@code 20200901}, optionally followed by a time of day.
     */
    public static CellParser<LocalDate> date() {
        return text -> {
            String folded = ImportText.fold(text);
            Matcher m = DATE.matcher(folded);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(folded);
            }
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // falls through to the problem below: a day that does not exist
                }
            }
            throw InvalidCell.of(ImportError.INVALID_DATE, text);
        };
    }

    /**
     * An enum value by its code (any case or width; spaces and hyphens for underscores) or by any of its labels,
     * typically the Chinese and English names. Label sources are taken in order, and the first value to claim a
     * label keeps it.
     */
    @SafeVarargs
    public static <E extends Enum<E>> CellParser<E> choice(Class<E> type,
            Function<? super E, ? extends Collection<String>>... labelSources) {
        Map<String, E> byLabel = new HashMap<>();
        Map<String, E> byCode = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            byCode.put(value.name(), value);
        }
        for (Function<? super E, ? extends Collection<String>> labels : labelSources) {
            for (E value : type.getEnumConstants()) {
                for (String label : labels.apply(value)) {
                    if (label != null && !label.isBlank()) {
                        byLabel.putIfAbsent(ImportText.fold(label), value);
                    }
                }
            }
        }
        return text -> {
            String folded = ImportText.fold(text);
            E value = byCode.get(folded.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_"));
            if (value == null) {
                value = byLabel.get(folded);
            }
            if (value == null) {
                throw InvalidCell.of(ImportError.INVALID_CHOICE, text);
            }
            return value;
        };
    }
}
