package org.xuefa.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xuefa.course.GiftFormat.GiftImport;
import org.xuefa.course.GiftFormat.GiftProblem;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

class GiftFormatTest {

    private static final LawRef LAW = new LawRef("admin-penalty-2021", 5);

    /** Questions with everything GIFT has to escape, in all three types. */
    private static List<Question> nastyQuestions() {
        return List.of(
                new Question("nasty-single", QuestionType.SINGLE,
                        "甲说：“罚款{500}元~1000元=合法吗？” #标签 a\\b\n第二行：C:\\path\\n // 不是注释\n\n第四行：100%",
                        List.of(new Option("A", "=以等号开头"), new Option("B", "~以波浪号开头"),
                                new Option("C", "%10%的罚款"), new Option("D", "[html]<b>粗体</b> & 以方括号开头"),
                                new Option("E", "// 像注释；#1 -> 箭头 :: 双冒号 结尾反斜杠\\")),
                        Set.of("A"), "见第五条：\n1. 公正；2. 公开####四个井号{TRUE}", 3,
                        List.of("a b", "x,y;z=1%", "中文标签"), LAW, 0),
                new Question("nasty:multiple{1}", QuestionType.MULTIPLE,
                        "下列哪些选项正确？（　）\t制表符、全角空格　和 「引号」 『』 《》 ～ ＝ ＃ ｛｝ ：",
                        List.of(new Option("A", "选项 A:{=}"), new Option("B", "%50%开头的错误选项"),
                                new Option("C", "~%-100%像权重"), new Option("D", "#开头"), new Option("E", "多行\n选项")),
                        Set.of("A", "C", "E"), "解析：\\n 不是换行，\\\\ 是两个反斜杠。", 2, List.of(), LAW, 0),
                new Question("nasty-multiple-two", QuestionType.MULTIPLE, "两个正确答案：",
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        Set.of("B", "D"), "乙和丁。", 1, List.of("t"), new LawRef("law-x", 123), 0),
                new Question("nasty-multiple-all", QuestionType.MULTIPLE, "全选：",
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙")),
                        Set.of("A", "B", "C"), "都对。", 2, List.of(), LAW, 0),
                new Question("nasty-true", QuestionType.TRUEFALSE, "判断：{TRUE} 还是 {FALSE}？#T\n=F~",
                        List.of(), Set.of(Question.TRUE), "正确。####", 1, List.of("tf"), LAW, 0),
                new Question("nasty-false", QuestionType.TRUEFALSE, "[plain]以格式标记开头的题干",
                        List.of(), Set.of(Question.FALSE), "[markdown] 错误：见第 5 条。", 2, List.of(),
                        new LawRef("admin-penalty-2021", 33), 0),
                new Question("keys-other", QuestionType.SINGLE, "选项键不是 A、B、C：",
                        List.of(new Option("X", "第一"), new Option("Y", "第二"), new Option("N", "第三")),
                        Set.of("Y"), "第二。", 2, List.of(), LAW, 0));
    }

    private static List<Question> withoutLines(List<Question> questions) {
        return questions.stream().map(Question::withoutLine).toList();
    }

    @Test
    void hand_made_questions_of_all_three_types_with_nasty_characters_come_back_equal() {
        List<Question> questions = nastyQuestions();

        GiftImport back = GiftFormat.read(GiftFormat.write("nasty", questions));

        assertThat(back.problems()).isEmpty();
        assertThat(withoutLines(back.questions())).containsExactlyElementsOf(questions);
    }

    @Test
    void a_question_without_a_source_comes_back_without_one_and_is_reported() {
        Question q = new Question("no-law", QuestionType.SINGLE, "题干", List.of(new Option("A", "对"),
                new Option("B", "错")), Set.of("A"), null, 2, List.of(), null, 0);

        GiftImport back = GiftFormat.read(GiftFormat.write("c", List.of(q)));

        assertThat(withoutLines(back.questions())).containsExactly(q);
        assertThat(back.problems()).extracting(GiftProblem::messageKey, GiftProblem::args)
                .containsExactly(tuple(GiftFormat.MISSING_SOURCE, List.of("no-law")));
    }

    @Test
    void the_export_is_moodle_gift_with_a_category_titles_weights_and_xuefa_comments() {
        String gift = GiftFormat.write("admin-penalty", nastyQuestions());

        assertThat(gift).contains("$CATEGORY: $course$/top/Xuefa/admin-penalty\n\n");
        assertThat(gift).contains("// xuefa: id=nasty-single; difficulty=3; tags=a%20b,x%2Cy%3Bz%3D1%25,中文标签; "
                + "law=admin-penalty-2021; article=5; keys=A,B,C,D,E\n::nasty-single::[plain]甲说：");
        assertThat(gift).contains("::nasty\\:multiple\\{1\\}::");
        assertThat(gift).contains("\t~%33.33333%选项 A\\:\\{\\=\\}\n", "\t~%-100%%50%开头的错误选项\n");
        assertThat(gift).contains("\t~%50%乙\n", "\t~%-100%甲\n");
        assertThat(gift).contains("\t=\\=以等号开头\n", "\t~\\~以波浪号开头\n", "\t~%0%%10%的罚款\n",
                "\t~[plain][html]<b>粗体</b>");
        assertThat(gift).contains("{TRUE####正确。\\#\\#\\#\\#}\n", "{FALSE####[plain][markdown] 错误");
        assertThat(gift).contains("\t####见第五条：\\n1. 公正；2. 公开\\#\\#\\#\\#四个井号\\{TRUE\\}\n}\n");
        // questions are separated by blank lines and no text spills onto a line of its own
        for (String block : gift.split("\n\n")) {
            assertThat(block.lines().filter(l -> !l.startsWith("//") && !l.startsWith("\t") && !l.equals("}")
                    && !l.startsWith("::") && !l.startsWith("$CATEGORY"))).as(block).isEmpty();
        }
    }

    @Test
    void every_bank_in_the_courses_folder_comes_back_equal() throws IOException {
        List<Path> banks;
        try (Stream<Path> dirs = Files.list(Path.of("courses"))) {
            banks = dirs.map(d -> d.resolve("questions.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(banks).isNotEmpty();
        for (Path bank : banks) {
            List<Question> questions = BankYaml.parse(Files.readString(bank));
            assertThat(questions).as(bank.toString()).isNotEmpty();

            String courseId = bank.getParent().getFileName().toString();
            GiftImport back = GiftFormat.read(GiftFormat.write(courseId, questions, true));

            assertThat(back.problems()).as(bank.toString()).isEmpty();
            assertThat(withoutLines(back.questions())).as(bank.toString()).containsExactlyElementsOf(questions);
        }
    }

    @Test
    void a_default_export_leaves_the_exam_only_reserve_out_and_an_explicit_one_keeps_it_marked() throws IOException {
        List<Question> bank = BankYaml.parse(Files.readString(Path.of("courses/admin-penalty/questions.yaml")));
        List<Question> reserve = bank.stream().filter(Question::examOnly).toList();
        assertThat(reserve).hasSizeGreaterThanOrEqualTo(10);

        String practiceOnly = GiftFormat.write("admin-penalty", bank);
        assertThat(practiceOnly).doesNotContain("exam_only");
        reserve.forEach(q -> assertThat(practiceOnly).doesNotContain("::" + q.id() + "::"));
        assertThat(withoutLines(GiftFormat.read(practiceOnly).questions()))
                .containsExactlyElementsOf(bank.stream().filter(q -> !q.examOnly()).toList());

        String everything = GiftFormat.write("admin-penalty", bank, true);
        List<Question> back = GiftFormat.read(everything).questions();
        assertThat(back).filteredOn(Question::examOnly).extracting(Question::id)
                .containsExactlyElementsOf(reserve.stream().map(Question::id).toList());
        assertThat(GiftFormat.toYaml(back)).contains("    exam_only: true\n");
    }

    /** Written by hand from Moodle's GIFT documentation, as a teacher would. */
    private static final String MOODLE_SAMPLE = """
            // 一个在 Moodle 中写的测验
            $CATEGORY: $course$/top/法律

            ::Q1::行政处罚的设定和实施，应当遵循什么原则？{
              =公正、公开#正确
              ~保密#不对
              ~从重
            }

            ::TF1::违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。{T}

            // no title: the id becomes gift-3
            下列哪些属于行政处罚？{
              ~%50%警告
              ~%50%罚款
              ~%-100%批评教育
              ####见行政处罚法第九条。
            }

            ::TF2:: 行政拘留可以由规章设定。 {FALSE#错误反馈#正确反馈####只有法律可以设定限制人身自由的处罚。}

            ::Q5::[html]<p>罚款数额 \\= 5000 元\\: 多行
            题干</p>{~甲 =乙 ~丙}
            """;

    @Test
    void a_plain_moodle_gift_file_imports_with_the_right_answers_and_reports_missing_sources() {
        GiftImport result = GiftFormat.read(MOODLE_SAMPLE);

        assertThat(result.questions()).extracting(Question::id, Question::type, Question::answer, Question::line)
                .containsExactly(
                        tuple("Q1", QuestionType.SINGLE, Set.of("A"), 4),
                        tuple("TF1", QuestionType.TRUEFALSE, Set.of("true"), 10),
                        tuple("gift-3", QuestionType.MULTIPLE, Set.of("A", "B"), 13),
                        tuple("TF2", QuestionType.TRUEFALSE, Set.of("false"), 20),
                        tuple("Q5", QuestionType.SINGLE, Set.of("B"), 22));
        Question q1 = result.questions().get(0);
        assertThat(q1.stem()).isEqualTo("行政处罚的设定和实施，应当遵循什么原则？");
        assertThat(q1.options()).containsExactly(new Option("A", "公正、公开"), new Option("B", "保密"),
                new Option("C", "从重"));
        assertThat(q1.explanation()).isNull();
        assertThat(q1.difficulty()).isEqualTo(2);
        assertThat(q1.tags()).isEmpty();
        assertThat(q1.source()).isNull();
        assertThat(result.questions().get(2).options()).extracting(Option::text)
                .containsExactly("警告", "罚款", "批评教育");
        assertThat(result.questions().get(2).explanation()).isEqualTo("见行政处罚法第九条。");
        assertThat(result.questions().get(3).stem()).isEqualTo("行政拘留可以由规章设定。");
        assertThat(result.questions().get(3).explanation()).isEqualTo("只有法律可以设定限制人身自由的处罚。");
        assertThat(result.questions().get(4).stem()).isEqualTo("<p>罚款数额 = 5000 元: 多行\n题干</p>");
        assertThat(result.questions().get(4).options()).extracting(Option::key, Option::text)
                .containsExactly(tuple("A", "甲"), tuple("B", "乙"), tuple("C", "丙"));

        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::args)
                .containsExactly(
                        tuple(4, GiftFormat.MISSING_SOURCE, List.of("Q1")),
                        tuple(10, GiftFormat.MISSING_SOURCE, List.of("TF1")),
                        tuple(13, GiftFormat.MISSING_SOURCE, List.of("gift-3")),
                        tuple(20, GiftFormat.MISSING_SOURCE, List.of("TF2")),
                        tuple(22, GiftFormat.MISSING_SOURCE, List.of("Q5")));
    }

    @Test
    void other_gift_question_types_are_reported_as_unsupported_with_their_line() {
        String gift = """
                ::match::把国家与首都配对。{
                  =中国 -> 北京
                  =法国 -> 巴黎
                }

                ::num::行政处罚法共有多少条？{#86}

                ::short::限制人身自由的处罚只能由什么设定？{=法律 =全国人大制定的法律}

                ::essay::谈谈你对依法行政的理解。{}

                这只是一段说明，没有答案。

                ::broken::缺少右花括号{=甲 ~乙

                ::multi-none::没有正确答案{~%-50%甲 ~%0%乙}

                ::single-two::两个满分答案{=甲 =乙 ~丙}

                ::ok::可以导入{=甲 ~乙}
                """;

        GiftImport result = GiftFormat.read(gift);

        assertThat(result.questions()).extracting(Question::id).containsExactly("ok");
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::args)
                .containsExactly(
                        tuple(1, GiftFormat.UNSUPPORTED_TYPE, List.of("match", "matching")),
                        tuple(6, GiftFormat.UNSUPPORTED_TYPE, List.of("num", "numerical")),
                        tuple(8, GiftFormat.UNSUPPORTED_TYPE, List.of("short", "short-answer")),
                        tuple(10, GiftFormat.UNSUPPORTED_TYPE, List.of("essay", "essay")),
                        tuple(12, GiftFormat.UNSUPPORTED_TYPE, List.of("这只是一段说明，没有答案。", "description")),
                        tuple(14, GiftFormat.SYNTAX, List.of("broken")),
                        tuple(16, GiftFormat.NO_ANSWER, List.of("multi-none")),
                        tuple(18, GiftFormat.SEVERAL_RIGHT, List.of("single-two", 2)),
                        tuple(20, GiftFormat.MISSING_SOURCE, List.of("ok")));
    }

    @Test
    void bad_xuefa_comments_and_duplicate_ids_are_reported() {
        String gift = """
                // xuefa: id=a; difficulty=hard; law=l; article=5; keys=A,B,C
                ::a::题{=甲 ~乙}

                // xuefa: id=a; difficulty=1; law=l; article=5
                ::b::题{TRUE}
                """;

        GiftImport result = GiftFormat.read(gift);

        assertThat(result.questions()).extracting(Question::id, Question::difficulty).containsExactly(
                tuple("a", 2), tuple("a", 1));
        assertThat(result.questions().get(0).options()).extracting(Option::key).containsExactly("A", "B");
        assertThat(result.problems()).extracting(GiftProblem::line, GiftProblem::messageKey, GiftProblem::args)
                .containsExactly(
                        tuple(2, GiftFormat.BAD_METADATA, List.of("a", "difficulty")),
                        tuple(2, GiftFormat.BAD_METADATA, List.of("a", "keys")),
                        tuple(5, GiftFormat.DUPLICATE_ID, List.of("a")));
    }

    @Test
    void yaml_made_from_questions_parses_back_into_equal_questions() throws IOException {
        List<Question> questions = new ArrayList<>(nastyQuestions());
        questions.add(new Question("no-law", QuestionType.TRUEFALSE, "题干：没有出处", List.of(), Set.of("false"),
                null, 2, List.of(), null, 0));
        questions.add(new Question("odd", QuestionType.SINGLE, "yes: no # not a comment\n- item\n\"quoted\" 'single'",
                List.of(new Option("A", "true"), new Option("B", "123"), new Option("C", "2021-01-22"),
                        new Option("D", "null"), new Option("E", "~"), new Option("F", "\u2028\u0085\t\u0001\uD83D\uDE00")),
                Set.of("F"), "", 2, List.of("on", "1.5"), LAW, 0));
        questions.addAll(BankYaml.parse(Files.readString(Path.of("courses/admin-penalty/questions.yaml"))));

        String yaml = GiftFormat.toYaml(questions);

        assertThat(BankYaml.parse(yaml)).containsExactlyElementsOf(questions);
        assertThat(yaml).contains("""
                  - id: "ap-001"
                    type: single
                """);
        assertThat(yaml).contains("    answer: [A]\n", "    answer: true\n", "    answer: false\n",
                "    source: {law: \"admin-penalty-2021\", article: 5}\n");
        // and the Moodle round trip on top of it
        List<Question> fromGift = GiftFormat.read(GiftFormat.write("c", questions, true)).questions();
        assertThat(BankYaml.parse(GiftFormat.toYaml(fromGift))).containsExactlyElementsOf(questions);
    }

    /**
     * Reads a questions.yaml into questions, as the course loader does: plain scalars stay strings except
     * booleans, integers and null, so an option "2021-01-22" is not read as a date.
     */
    static final class BankYaml {

        private static Yaml yaml() {
            Resolver resolver = new Resolver() {
                @Override
                protected void addImplicitResolvers() {
                    addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                    addImplicitResolver(Tag.INT, INT, "-+0123456789");
                    addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                    addImplicitResolver(Tag.NULL, EMPTY, null);
                }
            };
            LoaderOptions loader = new LoaderOptions();
            DumperOptions dumper = new DumperOptions();
            return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader, resolver);
        }

        @SuppressWarnings("unchecked")
        static List<Question> parse(String text) {
            Map<String, Object> root = yaml().load(text);
            List<Question> questions = new ArrayList<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) root.get("questions")) {
                QuestionType type = QuestionType.parse(string(m.get("type")));
                List<Option> options = new ArrayList<>();
                Object opts = m.get("options");
                if (opts instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> options.add(new Option(string(k), string(v))));
                }
                Set<String> answer = new LinkedHashSet<>();
                Object a = m.get("answer");
                if (a instanceof List<?> list) {
                    list.forEach(x -> answer.add(string(x)));
                } else if (a != null) {
                    answer.add(string(a));
                }
                List<String> tags = new ArrayList<>();
                if (m.get("tags") instanceof List<?> list) {
                    list.forEach(x -> tags.add(string(x)));
                }
                LawRef source = null;
                if (m.get("source") instanceof Map<?, ?> s) {
                    source = new LawRef(string(s.get("law")), ((Number) s.get("article")).intValue());
                }
                int difficulty = m.get("difficulty") instanceof Number n ? n.intValue() : 0;
                questions.add(new Question(string(m.get("id")), type, string(m.get("stem")), options, answer,
                        string(m.get("explanation")), difficulty, tags, source, 0,
                        "true".equals(string(m.get("exam_only")))));
            }
            return questions;
        }

        private static String string(Object o) {
            return o == null ? null : String.valueOf(o);
        }
    }
}
