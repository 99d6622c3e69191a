package org.xuefa.people;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the three roster sheets, with the Chinese and English headers recognised for each. The first
 * alias of each language is what a template writes when the translation is missing.
 */
enum RosterColumn {
    UNIT_CODE(ImportKind.UNITS, "code", Need.VALUE, 64, "机构代码|代码|单位代码|编码", "code|unit code"),
    UNIT_NAME(ImportKind.UNITS, "name", Need.VALUE, 200, "机构名称|名称|单位名称", "name|unit name"),
    UNIT_NAME_EN(ImportKind.UNITS, "nameEn", Need.NOTHING, 200, "英文名称|英文名", "english name|name en"),
    UNIT_KIND(ImportKind.UNITS, "kind", Need.VALUE, 0, "机构类型|类型|单位类型", "kind|unit kind|type|unit type"),
    UNIT_PARENT(ImportKind.UNITS, "parent", Need.COLUMN, 64, "上级机构代码|上级代码|上级机构|上级单位代码",
            "parent code|parent|parent unit code"),
    UNIT_SORT(ImportKind.UNITS, "sortOrder", Need.NOTHING, 0, "排序|排序号|顺序", "sort order|sort|order"),

    POST_UNIT(ImportKind.POSTS, "unit", Need.VALUE, 64, "机构代码|单位代码|所属机构代码", "unit code|unit"),
    POST_KIND(ImportKind.POSTS, "kind", Need.VALUE, 0, "岗位类别|岗位类型|类别", "post kind|kind|post type"),
    POST_TITLE(ImportKind.POSTS, "title", Need.VALUE, 200, "岗位名称|名称|岗位", "title|post title|post name"),
    POST_ESTABLISHMENT(ImportKind.POSTS, "establishment", Need.VALUE, 0, "编制数|编制|核定编制数",
            "establishment|establishment count|established posts"),
    POST_CREDENTIAL(ImportKind.POSTS, "credential", Need.NOTHING, 64,
            "所需证件类型代码|所需资格证类型代码|所需证件|资格证类型代码",
            "required credential type code|required credential|credential type code|credential"),

    OFFICIAL_STAFF_NUMBER(ImportKind.OFFICIALS, "staffNumber", Need.VALUE, 64, "工号|人员编号|编号",
            "staff number|staff no|staff id"),
    OFFICIAL_NAME(ImportKind.OFFICIALS, "name", Need.VALUE, 100, "姓名|名字", "name|full name"),
    OFFICIAL_UNIT(ImportKind.OFFICIALS, "unit", Need.VALUE, 64, "机构代码|单位代码|所在机构代码", "unit code|unit"),
    OFFICIAL_POSITION(ImportKind.OFFICIALS, "position", Need.NOTHING, 200, "职务|职位|职务名称",
            "position title|position|title"),
    OFFICIAL_CATEGORY(ImportKind.OFFICIALS, "category", Need.VALUE, 0, "人员类别|类别", "category"),
    OFFICIAL_EMPLOYMENT(ImportKind.OFFICIALS, "employment", Need.VALUE, 0, "用工类型|用工性质|编制类型|人员性质|在编情况",
            "employment type|employment"),
    OFFICIAL_JOINED(ImportKind.OFFICIALS, "joinedOn", Need.NOTHING, 0, "入职日期|到岗日期|入职时间",
            "joined on|joined|start date"),
    OFFICIAL_LEFT(ImportKind.OFFICIALS, "leftOn", Need.NOTHING, 0, "离职日期|离岗日期|离职时间",
            "left on|left|end date");

    /** What a sheet must have: nothing, the column (cells may be empty), or a value in every row. */
    enum Need {
        NOTHING, COLUMN, VALUE
    }

    private final ImportKind kind;
    private final String key;
    private final Need need;
    private final int maxLength;
    private final List<String> chinese;
    private final List<String> english;

    RosterColumn(ImportKind kind, String key, Need need, int maxLength, String chinese, String english) {
        this.kind = kind;
        this.key = key;
        this.need = need;
        this.maxLength = maxLength;
        this.chinese = List.of(chinese.split("\\|"));
        this.english = List.of(english.split("\\|"));
    }

    ImportKind kind() {
        return kind;
    }

    /** The translation key of the header, also passed as a problem argument so the view names the column. */
    String labelKey() {
        return "import.column." + kind.name().toLowerCase() + "." + key;
    }

    boolean columnRequired() {
        return need != Need.NOTHING;
    }

    boolean valueRequired() {
        return need == Need.VALUE;
    }

    int maxLength() {
        return maxLength;
    }

    List<String> chinese() {
        return chinese;
    }

    List<String> english() {
        return english;
    }

    static List<RosterColumn> of(ImportKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }
}
