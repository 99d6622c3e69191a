package org.xuefa.certification;

import java.time.LocalDate;
import java.util.List;
import org.xuefa.base.imports.Column;
import org.xuefa.base.imports.Column.Need;
import org.xuefa.base.imports.ImportFormat;
import org.xuefa.base.imports.Parsers;
import org.xuefa.base.imports.Table;

/**
 * The columns of a credential import file. Headers may be Chinese or English; the aliases are written here so
 * that parsing does not depend on the translation bundle. The first alias of each language is what the templates
 * write. In a workbook, every sheet whose header names at least two columns is read; others (such as the
 * template's instructions) are passed over.
 */
final class CredentialColumn {
    private static final Column.Family COLUMNS = Column.family("credentialImport.column.");
    static final Column<String> STAFF_NUMBER = COLUMNS.of("STAFF_NUMBER", "staffNumber", Need.VALUE, Parsers.code(64),
            "工号|人员编号|干部工号", "staff number|staff no|staff id");
    static final Column<String> TYPE = COLUMNS.of("TYPE", "type", Need.VALUE, Parsers.text(200),
            "证件类型|证件种类|证件名称|证件类别", "credential type|type");
    static final Column<String> NUMBER = COLUMNS.of("NUMBER", "number", Need.VALUE, Parsers.code(64),
            "证件编号|证件号码|证件号|证号|执法证号", "credential number|certificate number|number");
    static final Column<String> FIELDS = COLUMNS.of("FIELDS", "fields", Need.OPTIONAL, Parsers.text(1000),
            "执法领域|执法类别|执法门类", "enforcement fields|enforcement field|fields");
    static final Column<LocalDate> ISSUED = COLUMNS.of("ISSUED", "issuedOn", Need.VALUE, Parsers.date(),
            "发证日期|发证时间|颁发日期", "issued on|issue date|date issued");
    static final Column<LocalDate> EXPIRES = COLUMNS.of("EXPIRES", "expiresOn", Need.OPTIONAL, Parsers.date(),
            "有效期至|有效期|到期日期|截止日期|有效期限", "valid until|expires on|expiry date|expiry");
    static final Column<String> ISSUER = COLUMNS.of("ISSUER", "issuer", Need.OPTIONAL, Parsers.text(200),
            "发证机关|发证单位|颁发机关", "issued by|issuer|issuing authority");

    static final Table TABLE = Table.of("CREDENTIALS",
            List.of(STAFF_NUMBER, TYPE, NUMBER, FIELDS, ISSUED, EXPIRES, ISSUER));
    static final ImportFormat FORMAT = ImportFormat.builder("credentialImport.error").table(TABLE)
            .unknownSheets(ImportFormat.UnknownSheets.SKIP).build();

    private CredentialColumn() {
    }
}
