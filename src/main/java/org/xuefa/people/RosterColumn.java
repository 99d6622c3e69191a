package org.xuefa.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xuefa.base.imports.CellParser;
import org.xuefa.base.imports.Column;
import org.xuefa.base.imports.Column.Need;
import org.xuefa.base.imports.Parsers;

/**
 * The columns of the three roster sheets, with the Chinese and English headers recognised for each. The first
 * alias of each language is what a template writes when the translation is missing.
 */
final class RosterColumn {
    private static final Column.Family UNITS = Column.family("import.column.units.");
    private static final Column.Family POSTS = Column.family("import.column.posts.");
    private static final Column.Family OFFICIALS = Column.family("import.column.officials.");

    /** A unit code: folded to ASCII and of the form the units accept. */
    private static final CellParser<String> UNIT_CODE_PARSER = Parsers.code(64)
            .verify(code -> code.matches(OrgUnit.CODE_PATTERN), "unit.error.code-invalid");

    static final Column<String> UNIT_CODE = UNITS.of("UNIT_CODE", "code", Need.VALUE, UNIT_CODE_PARSER,
            "机构代码|代码|单位代码|编码", "code|unit code");
    static final Column<String> UNIT_NAME = UNITS.of("UNIT_NAME", "name", Need.VALUE, Parsers.text(200),
            "机构名称|名称|单位名称", "name|unit name");
    static final Column<String> UNIT_NAME_EN = UNITS.of("UNIT_NAME_EN", "nameEn", Need.OPTIONAL, Parsers.text(200),
            "英文名称|英文名", "english name|name en");
    static final Column<UnitKind> UNIT_KIND = UNITS.translated("UNIT_KIND", "kind", Need.VALUE,
            RosterFormat.choice(UnitKind.class), "机构类型|类型|单位类型", "kind|unit kind|type|unit type");
    static final Column<String> UNIT_PARENT = UNITS.of("UNIT_PARENT", "parent", Need.COLUMN, UNIT_CODE_PARSER,
            "上级机构代码|上级代码|上级机构|上级单位代码", "parent code|parent|parent unit code");
    static final Column<Integer> UNIT_SORT = UNITS.of("UNIT_SORT", "sortOrder", Need.OPTIONAL, Parsers.integer(),
            "排序|排序号|顺序", "sort order|sort|order");

    static final Column<String> POST_UNIT = POSTS.of("POST_UNIT", "unit", Need.VALUE, UNIT_CODE_PARSER,
            "机构代码|单位代码|所属机构代码", "unit code|unit");
    static final Column<PostKind> POST_KIND = POSTS.translated("POST_KIND", "kind", Need.VALUE,
            RosterFormat.choice(PostKind.class), "岗位类别|岗位类型|类别", "post kind|kind|post type");
    static final Column<String> POST_TITLE = POSTS.of("POST_TITLE", "title", Need.VALUE, Parsers.text(200),
            "岗位名称|名称|岗位", "title|post title|post name");
    static final Column<Integer> POST_ESTABLISHMENT = POSTS.of("POST_ESTABLISHMENT", "establishment", Need.VALUE,
            Parsers.nonNegativeInteger(), "编制数|编制|核定编制数", "establishment|establishment count|established posts");
    static final Column<String> POST_CREDENTIAL = POSTS.of("POST_CREDENTIAL", "credential", Need.OPTIONAL,
            Parsers.text(64), "所需证件类型代码|所需资格证类型代码|所需证件|资格证类型代码",
            "required credential type code|required credential|credential type code|credential");

    static final Column<String> OFFICIAL_STAFF_NUMBER = OFFICIALS.of("OFFICIAL_STAFF_NUMBER", "staffNumber", Need.VALUE,
            Parsers.code(64), "工号|人员编号|编号", "staff number|staff no|staff id");
    static final Column<String> OFFICIAL_NAME = OFFICIALS.of("OFFICIAL_NAME", "name", Need.VALUE, Parsers.text(100),
            "姓名|名字", "name|full name");
    static final Column<String> OFFICIAL_UNIT = OFFICIALS.of("OFFICIAL_UNIT", "unit", Need.VALUE, UNIT_CODE_PARSER,
            "机构代码|单位代码|所在机构代码", "unit code|unit");
    static final Column<String> OFFICIAL_POSITION = OFFICIALS.of("OFFICIAL_POSITION", "position", Need.OPTIONAL,
            Parsers.text(200), "职务|职位|职务名称", "position title|position|title");
    static final Column<OfficialCategory> OFFICIAL_CATEGORY = OFFICIALS.translated("OFFICIAL_CATEGORY",
            "category", Need.VALUE, RosterFormat.choice(OfficialCategory.class),
            "人员类别|类别", "category");
    static final Column<EmploymentType> OFFICIAL_EMPLOYMENT = OFFICIALS.translated("OFFICIAL_EMPLOYMENT",
            "employment", Need.VALUE, RosterFormat.choice(EmploymentType.class),
            "用工类型|用工性质|编制类型|人员性质|在编情况", "employment type|employment");
    static final Column<LocalDate> OFFICIAL_JOINED = OFFICIALS.of("OFFICIAL_JOINED", "joinedOn", Need.OPTIONAL,
            Parsers.date(), "入职日期|到岗日期|入职时间", "joined on|joined|start date");
    static final Column<LocalDate> OFFICIAL_LEFT = OFFICIALS.of("OFFICIAL_LEFT", "leftOn", Need.OPTIONAL,
            Parsers.date(), "离职日期|离岗日期|离职时间", "left on|left|end date");

    private static final Map<ImportKind, List<Column<?>>> BY_KIND = Map.of(
            ImportKind.UNITS, List.of(UNIT_CODE, UNIT_NAME, UNIT_NAME_EN, UNIT_KIND, UNIT_PARENT, UNIT_SORT),
            ImportKind.POSTS, List.of(POST_UNIT, POST_KIND, POST_TITLE, POST_ESTABLISHMENT, POST_CREDENTIAL),
            ImportKind.OFFICIALS, List.of(OFFICIAL_STAFF_NUMBER, OFFICIAL_NAME, OFFICIAL_UNIT, OFFICIAL_POSITION,
                    OFFICIAL_CATEGORY, OFFICIAL_EMPLOYMENT, OFFICIAL_JOINED, OFFICIAL_LEFT));

    /** The enum whose values a column takes, for the instructions to list. */
    static final Map<Column<?>, Class<? extends Enum<?>>> CHOICES = Map.of(UNIT_KIND, UnitKind.class,
            POST_KIND, PostKind.class, OFFICIAL_CATEGORY, OfficialCategory.class,
            OFFICIAL_EMPLOYMENT, EmploymentType.class);

    private RosterColumn() {
    }

    /** A sheet's columns in template order. */
    static List<Column<?>> of(ImportKind kind) {
        return BY_KIND.get(kind);
    }
}
