package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation is filled the way its callers fill it: as many arguments at each call with a literal key as
 * the message has placeholders (in either language), and apostrophes written so that
 * {@link java.text.MessageFormat} keeps them ({@code ''} in a message with placeholders, {@code '} in one without).
 */
class TranslationArgumentsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*(?:\\{[^{}]*}[^{}]*)*}");
    private static final Pattern CALL = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.-]+)\"");
    private static final Pattern LOCALE_ARG = Pattern.compile(
            "l|loc|\\w*[lL]ocale|(\\w+\\.)?getLocale\\(\\)|Locale\\.[A-Z_]+|Messages\\.(CHINESE|ENGLISH)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = TranslationArgumentsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The placeholders' numbers, e.g. {0, 1} for "{0} of {1,number}". */
    static Set<Integer> placeholders(String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value.replace("''", ""));
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static int needed(String value) {
        return placeholders(value).stream().mapToInt(i -> i + 1).max().orElse(0);
    }

    @Test
    void apostrophes_survive_the_formatting() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("translations_zh_CN.properties", "translations_en.properties")) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                boolean formatted = !placeholders(value).isEmpty();
                String lone = value.replace("''", "");
                if (formatted && lone.contains("'") || !formatted && value.contains("''")) {
                    wrong.add(file + " " + key + "=" + value);
                }
            }
        }
        assertThat(wrong).as("write '' in messages with placeholders and ' in messages without").isEmpty();
    }

    @Test
    void every_call_passes_as_many_arguments_as_its_message_has_placeholders() throws IOException {
        Properties zh = load("translations_zh_CN.properties");
        Properties en = load("translations_en.properties");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = CALL.matcher(source);
                while (m.find()) {
                    String key = m.group(1);
                    String value = en.getProperty(key);
                    if (value == null || key.endsWith(".")) {
                        continue;
                    }
                    List<String> args = arguments(source, m.end());
                    if (!args.isEmpty() && LOCALE_ARG.matcher(args.get(0).trim()).matches()) {
                        args = args.subList(1, args.size());
                    }
                    if (args.size() == 1 && args.get(0).trim().matches("args|params|arguments")) {
                        continue; // passed on as an array
                    }
                    // a message may use a language's own argument (a name in Chinese or in English)
                    int needed = Math.max(needed(value), needed(zh.getProperty(key, "")));
                    if (args.size() != needed) {
                        wrong.add(f.getFileName() + ": " + key + " gets " + args.size() + " argument(s) for \"" + value
                                + "\"");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The arguments after the key, up to the call's closing parenthesis, split at top-level commas. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = null;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"' || source.charAt(end - 1) == '\\') {
                    end++;
                }
                if (current != null) {
                    current.append(source, i, end + 1);
                }
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (current != null) {
                        args.add(current.toString());
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                if (current != null) {
                    args.add(current.toString());
                }
                current = new StringBuilder();
                continue;
            }
            if (current != null) {
                current.append(c);
            }
        }
        return args;
    }
}
