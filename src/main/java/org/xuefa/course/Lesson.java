package org.xuefa.course;

import java.util.List;
import java.util.Locale;

/** One lesson: its Markdown (Chinese), estimated reading time, and the laws it cites. Numbered from 1. */
public record Lesson(int number, String file, String titleZh, String titleEn, int minutes, List<String> laws,
        String markdown) {

    public Lesson {
        laws = List.copyOf(laws);
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleZh;
    }
}
