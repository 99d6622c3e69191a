package org.xuefa.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xuefa.base.i18n.Messages;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;
import org.xuefa.security.Role;

class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        Set<String> zh = new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("translations_en.properties").stringPropertyNames());
        assertThat(en).as("keys only in Chinese: add them to English").containsAll(zh);
        assertThat(zh).as("keys only in English: add them to Chinese").containsAll(en);
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String file : new String[] {"translations_zh_CN.properties", "translations_en.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames()).as(file).allMatch(k -> !p.getProperty(k).isBlank());
        }
    }

    @Test
    void every_literal_key_in_the_code_is_translated() throws IOException {
        Properties zh = load("translations_zh_CN.properties");
        Pattern call = Pattern.compile("(?:getTranslation|BusinessException)\\(\\s*\"([a-zA-Z0-9_.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !zh.containsKey(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void enum_labels_exist_in_both_languages() throws IOException {
        Properties zh = load("translations_zh_CN.properties");
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                UnitKind.class, PostKind.class,
                EmploymentType.class, OfficialCategory.class,
                AssignmentType.class, Role.class)) {
            String prefix = switch (type.getSimpleName()) {
                case "UnitKind" -> "unitKind";
                case "PostKind" -> "postKind";
                case "EmploymentType" -> "employment";
                case "OfficialCategory" -> "category";
                case "AssignmentType" -> "assignmentType";
                default -> "role";
            };
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(zh).containsKey(prefix + "." + value.name());
            }
        }
    }

    @Test
    void chinese_is_the_default_and_unknown_languages_fall_back_to_it() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("menu.home", Locale.GERMAN)).isEqualTo("首页");
        assertThat(messages.getTranslation("menu.home", Locale.US)).isEqualTo("Home");
        assertThat(messages.getTranslation("no.such.key", Messages.CHINESE)).isEqualTo("!no.such.key");
    }
}
