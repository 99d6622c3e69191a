package org.xuefa.citygen;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;

/**
 * The city's tree: the city government, ~1 county per 20 towns (each with three bureaus), ~1 town per 500
 * officials (each with five offices, an enforcement brigade, a justice station and three village committees), their
 * posts, and how many officials work in each unit. Written to {@code org_unit}; posts are written later, once their
 * holders are known.
 */
final class CityUnits {
    /** Where officials work: a unit, how many, their titles, and the post they fill (index into posts, or -1). */
    record Slot(int unit, int officials, boolean leaders, String headTitle, String staffTitle, int post,
            boolean village) {
    }

    private record Office(String code, String name, String nameEn, UnitKind kind, PostKind post, String postTitle,
            String credential, int weight, String head, String staff) {
    }

    private static final List<Office> TOWN_OFFICES = List.of(
            new Office("office", "党政综合办公室", "Party and Government Office", UnitKind.OFFICE, PostKind.GENERAL,
                    "综合管理岗", null, 12, "党政办主任", "科员"),
            new Office("brigade", "综合执法大队", "Comprehensive Enforcement Brigade", UnitKind.BRIGADE,
                    PostKind.ENFORCEMENT, "行政执法岗", "ENFORCEMENT", 20, "大队长", "执法队员"),
            new Office("planning", "规划建设办公室", "Planning and Construction Office", UnitKind.OFFICE,
                    PostKind.GENERAL, "规划建设管理岗", null, 10, "规划建设办主任", "科员"),
            new Office("agri", "农业农村办公室", "Agriculture and Rural Affairs Office", UnitKind.OFFICE, PostKind.GENERAL,
                    "农业农村管理岗", null, 10, "农业农村办主任", "科员"),
            new Office("safety", "应急管理办公室", "Emergency Management Office", UnitKind.OFFICE, PostKind.GENERAL,
                    "应急管理岗", null, 8, "应急办主任", "安全监管员"),
            new Office("social", "社会事务办公室", "Social Affairs Office", UnitKind.OFFICE, PostKind.GENERAL,
                    "社会事务管理岗", null, 10, "社会事务办主任", "科员"),
            new Office("judicial", "司法所", "Justice Station", UnitKind.STATION, PostKind.TECHNICAL, "司法助理员", null,
                    5, "司法所所长", "司法助理员"),
            new Office("v1", "村委会", "Village Committee", UnitKind.VILLAGE_COMMITTEE, null, null, null, 8,
                    "村委会主任", "村委会委员"),
            new Office("v2", "村委会", "Village Committee", UnitKind.VILLAGE_COMMITTEE, null, null, null, 8,
                    "村委会主任", "村委会委员"),
            new Office("v3", "村委会", "Village Committee", UnitKind.VILLAGE_COMMITTEE, null, null, null, 8,
                    "村委会主任", "村委会委员"));
    private static final List<Office> COUNTY_BUREAUS = List.of(
            new Office("justice", "司法局", "Justice Bureau", UnitKind.OFFICE, PostKind.TECHNICAL, "法制审核岗", null, 30,
                    "局长", "科员"),
            new Office("enforce", "综合行政执法局", "Comprehensive Enforcement Bureau", UnitKind.BRIGADE,
                    PostKind.ENFORCEMENT, "行政执法岗", "ENFORCEMENT", 50, "局长", "执法队员"),
            new Office("hrss", "人力资源和社会保障局", "Human Resources Bureau", UnitKind.OFFICE, PostKind.GENERAL,
                    "综合管理岗", null, 20, "局长", "科员"));
    static final int LEADERS = 7;

    private final CityModel city;
    private final Ids ids;
    private final Rows rows;
    final List<Slot> slots = new ArrayList<>();

    CityUnits(CityModel city, Ids ids, JdbcTemplate jdbc) {
        this.city = city;
        this.ids = ids;
        this.rows = new Rows(jdbc, "insert into org_unit (id, version, code, name, name_en, kind, parent_id, path,"
                + " sort_order) values (?, 0, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER);
    }

    /** Builds and writes the tree under the parent unit (id and path; null id: a new root). */
    long build(Long parentId, String parentPath) {
        int n = city.plan.officials();
        int towns = Math.max(1, (int) Math.round(n / 500.0));
        int counties = Math.max(1, (towns + 19) / 20);
        int leaders = LEADERS * (1 + counties + towns);
        int rest = Math.max(0, n - leaders);
        int countyRest = (int) (rest * 0.08);
        int townRest = rest - countyRest;

        String code = city.plan.code();
        int root = unit(code, city.cityName + "市人民政府", city.cityName + " City Government", UnitKind.OTHER,
                parentId, parentPath == null ? "/" : parentPath, -1, -1, 0);
        leaders(root, "市");
        int town = 0;
        for (int c = 0; c < counties; c++) {
            String countyName = CityNames.place(city.random, c) + "县";
            int county = unit(code + "c" + (c + 1), countyName + "人民政府", "County " + (c + 1), UnitKind.COUNTY,
                    null, null, root, -1, c);
            leaders(county, "县");
            offices(COUNTY_BUREAUS, county, countyName, share(countyRest, counties, c), -1, county);
            int townsHere = towns / counties + (c < towns % counties ? 1 : 0);
            for (int t = 0; t < townsHere; t++, town++) {
                String townName = CityNames.place(city.random, town) + "镇";
                int townUnit = unit(code + "c" + (c + 1) + "t" + (t + 1), townName + "人民政府", "Town " + (town + 1),
                        UnitKind.TOWN, null, null, county, -1, t);
                leaders(townUnit, "镇");
                offices(TOWN_OFFICES, townUnit, townName, share(townRest, towns, town), townUnit, county);
            }
        }
        rows.written();
        return city.root().id();
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private void leaders(int unit, String level) {
        int post = post(unit, PostKind.LEADERSHIP, "领导班子", null);
        slots.add(new Slot(unit, LEADERS, true, level, level, post, false));
    }

    private void offices(List<Office> offices, int parent, String parentName, int officials, int town, int county) {
        int weights = offices.stream().mapToInt(Office::weight).sum();
        int left = officials;
        for (int i = 0; i < offices.size(); i++) {
            Office o = offices.get(i);
            int here = i == offices.size() - 1 ? left : officials * o.weight() / weights;
            left -= here;
            String name = o.kind() == UnitKind.VILLAGE_COMMITTEE ? CityNames.place(city.random, i) + o.name()
                    : parentName.replace("人民政府", "") + o.name();
            int unit = unit(city.unit(parent).code() + o.code(), name, o.nameEn(), o.kind(), null, null, parent,
                    town, i + 1);
            int post = o.post() == null ? -1 : post(unit, o.post(), o.postTitle(), o.credential());
            slots.add(new Slot(unit, here, false, o.head(), o.staff(), post, o.post() == null));
        }
    }

    private int post(int unit, PostKind kind, String title, String credential) {
        city.posts.add(new CityModel.Post(ids.next("post"), unit, kind, credential, title));
        return city.posts.size() - 1;
    }

    /** Writes one unit; its parent is a generated unit (index) or, for the root, the given id and path. */
    private int unit(String code, String name, String nameEn, UnitKind kind, Long parentId, String parentPath,
            int parent, int town, int order) {
        long id = ids.next("org_unit");
        String path = (parent >= 0 ? city.unit(parent).path() : parentPath) + code + "/";
        Long parentUnit = parent >= 0 ? Long.valueOf(city.unit(parent).id()) : parentId;
        int index = city.units.size();
        int county = kind == UnitKind.COUNTY ? index : parent >= 0 ? city.unit(parent).county() : -1;
        int townIndex = kind == UnitKind.TOWN ? index : town;
        city.units.add(new CityModel.Unit(id, code, name, path, kind, townIndex, county));
        rows.add(id, code, name, nameEn, kind.name(), parentUnit, path, order);
        return index;
    }
}
