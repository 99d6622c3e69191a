package org.xuefa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/architecture.md, read from the sources: small classes (300 lines, 200 for screens, unless
 * the class comment says why: "Over N lines because ..."), one repository per file, imports instead of inline
 * qualified names (unless the simple name is taken by another import), and the time zone named only in base.
 * Package-info files name their module annotation in full and are left out.
 */
class HouseRulesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com)(?:\\.[a-z_]\\w*)+\\.[A-Z]\\w*");
    private static final Pattern EXPLAINED = Pattern.compile("Over \\d+ lines because");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");
    private static final Pattern REPOSITORY = Pattern.compile(
            "interface (\\w+)\\s+extends\\s+\\w*Repository\\b");

    @Test
    void no_class_over_300_lines_and_no_screen_over_200_unless_its_comment_says_why() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            int limit = file.toString().contains("/ui/") ? 200 : 300;
            if (lines.size() > limit && !EXPLAINED.matcher(String.join("\n", lines)).find()) {
                tooLong.add(file + ": " + lines.size() + " lines (limit " + limit + ")");
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void each_repository_has_a_file_of_its_own() throws IOException {
        List<String> hidden = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = REPOSITORY.matcher(Files.readString(file));
            while (m.find()) {
                if (!file.getFileName().toString().equals(m.group(1) + ".java")) {
                    hidden.add(m.group(1) + " in " + file);
                }
            }
        }
        assertThat(hidden).isEmpty();
    }

    @Test
    void code_imports_classes_instead_of_naming_them_inline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Map<String, String> imported = new HashMap<>();
            Matcher i = IMPORT.matcher(source);
            while (i.find()) {
                imported.put(i.group(2), i.group(1) + "." + i.group(2));
            }
            Matcher m = QUALIFIED.matcher(codeOnly(source));
            while (m.find()) {
                String name = m.group();
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (!imported.containsKey(simple) || imported.get(simple).equals(name)) {
                    inline.add(file + ": " + name);
                }
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void the_time_zone_is_named_only_in_base() throws IOException {
        List<String> zones = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("org/xuefa/base")) && Files.readString(file).contains("Asia/Shanghai")) {
                zones.add(file.toString());
            }
        }
        assertThat(zones).isEmpty();
    }

    @Test
    void the_rules_catch_what_they_are_meant_to_catch() {
        assertThat(QUALIFIED.matcher(codeOnly("var x = new java.util.ArrayList<>();")).find()).isTrue();
        assertThat(QUALIFIED.matcher(codeOnly("// java.util.List in a comment\nString s = \"org.xuefa.X\";"))
                .find()).isFalse();
        assertThat(REPOSITORY.matcher("interface FooRepository extends JpaRepository<Foo, Long> {").find()).isTrue();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).sorted()
                    .toList();
        }
    }

    /** The source without package and import lines, comments, strings and character literals. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < n && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString().replaceAll("(?m)^\\s*(package|import)\\s[^;]*;", "");
    }
}
