package org.xuefa.base.imports;

import java.util.function.Predicate;

/** Turns the trimmed text of a non-blank cell into a value, or throws {@link InvalidCell}. */
@FunctionalInterface
public interface CellParser<T> {
    T parse(String text);

    /** This parser, then a check of the value: a value failing it is refused with the message and the value. */
    default CellParser<T> verify(Predicate<? super T> rule, String messageKey) {
        return text -> {
            T value = parse(text);
            if (!rule.test(value)) {
                throw InvalidCell.message(messageKey, value);
            }
            return value;
        };
    }
}
