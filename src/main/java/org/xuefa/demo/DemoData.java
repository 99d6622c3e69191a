package org.xuefa.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xuefa.certification.Credentials;
import org.xuefa.certification.NewCredential;
import org.xuefa.people.AssignmentType;
import org.xuefa.people.EmploymentType;
import org.xuefa.people.Establishment;
import org.xuefa.people.OfficialCategory;
import org.xuefa.people.OfficialData;
import org.xuefa.people.OfficialFilter;
import org.xuefa.people.OfficialRecord;
import org.xuefa.people.Officials;
import org.xuefa.people.OrgUnitRecord;
import org.xuefa.people.OrgUnits;
import org.xuefa.people.PostKind;
import org.xuefa.people.UnitKind;
import org.xuefa.security.AccountService;
import org.xuefa.security.Role;
import org.xuefa.security.RoleGrant;
import org.xuefa.security.SystemTask;

/**
 * Seeds Tangpeng town (塘蓬镇), after the 2020 annual report: its comprehensive enforcement brigade has 5
 * established enforcement posts, 2 filled, and 3 staff of other offices do enforcement work part-time. A second
 * town shows that scopes keep towns apart. Runs only on an empty database. Every unit, post, official, credential
 * and account is a step of its own: one that fails is logged and skipped, and the rest still seeds.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {
    static final String PASSWORD = "demo12345";
    private static final String ISSUER = "广东省人民政府";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrgUnits orgUnits;
    private final Officials officials;
    private final Establishment establishment;
    private final AccountService accounts;
    private final Credentials credentials;
    private final Clock clock;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> posts = new HashMap<>();
    private int skipped;

    DemoData(OrgUnits orgUnits, Officials officials, Establishment establishment, AccountService accounts,
            Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.orgUnits = orgUnits;
        this.officials = officials;
        this.establishment = establishment;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStep.run(log, "Tangpeng town", () -> SystemTask.run(() -> {
            if (orgUnits.visibleTree().isEmpty()) {
                seed();
                log.info("Demo data seeded: Tangpeng town with {} officials{}", people.size(),
                        skipped == 0 ? "" : "; " + skipped + " steps skipped (see the warnings above)");
            }
        }));
        log.warn("\n\n  *** DEMO PROFILE ACTIVE: demo accounts admin, organizer, hr, leader, cadre and one per"
                + " official (its staff number, e.g. tp-001) exist, all with the password '{}'. Never use the demo"
                + " profile in production. ***\n", PASSWORD);
    }

    private void seed() {
        unit("tangpeng", "塘蓬镇人民政府", "Tangpeng Town Government", UnitKind.TOWN, null, 0);
        unit("office", "党政综合办公室", "Party and Government Office", UnitKind.OFFICE, "tangpeng", 1);
        unit("brigade", "综合执法大队", "Comprehensive Enforcement Brigade", UnitKind.BRIGADE, "tangpeng", 2);
        unit("planning", "规划建设办公室", "Planning and Construction Office", UnitKind.OFFICE, "tangpeng", 3);
        unit("agri", "农业农村办公室", "Agriculture and Rural Affairs Office", UnitKind.OFFICE, "tangpeng", 4);
        unit("safety", "应急管理办公室", "Emergency Management Office", UnitKind.OFFICE, "tangpeng", 5);
        unit("social", "社会事务办公室", "Social Affairs Office", UnitKind.OFFICE, "tangpeng", 6);
        unit("judicial", "司法所", "Justice Station", UnitKind.STATION, "tangpeng", 7);
        unit("v-tangpeng", "塘蓬村委会", "Tangpeng Village Committee", UnitKind.VILLAGE_COMMITTEE, "tangpeng", 10);
        unit("v-longwan", "龙湾村委会", "Longwan Village Committee", UnitKind.VILLAGE_COMMITTEE, "tangpeng", 11);
        unit("v-shiling", "石岭村委会", "Shiling Village Committee", UnitKind.VILLAGE_COMMITTEE, "tangpeng", 12);
        unit("shijiao", "石角镇人民政府", "Shijiao Town Government", UnitKind.TOWN, null, 1);
        unit("sj-brigade", "石角镇综合执法大队", "Shijiao Enforcement Brigade", UnitKind.BRIGADE, "shijiao", 1);

        post("lead", "tangpeng", PostKind.LEADERSHIP, "领导班子", 7);
        post("office", "office", PostKind.GENERAL, "综合管理岗", 6);
        post("enforce", "brigade", PostKind.ENFORCEMENT, "行政执法岗", 5, "ENFORCEMENT");
        post("planning", "planning", PostKind.GENERAL, "规划建设管理岗", 4);
        post("agri", "agri", PostKind.GENERAL, "农业农村管理岗", 4);
        post("safety", "safety", PostKind.GENERAL, "应急管理岗", 3);
        post("social", "social", PostKind.GENERAL, "社会事务管理岗", 4);
        post("judicial", "judicial", PostKind.TECHNICAL, "司法助理员", 2);
        post("sj-enforce", "sj-brigade", PostKind.ENFORCEMENT, "行政执法岗", 4, "ENFORCEMENT");

        // the leadership team
        person("TP-001", "陈建国", "tangpeng", "党委书记", OfficialCategory.LEADERSHIP_TEAM, "lead", 2016);
        person("TP-002", "李志强", "tangpeng", "镇长", OfficialCategory.LEADERSHIP_TEAM, "lead", 2017);
        person("TP-003", "王海燕", "tangpeng", "人大主席", OfficialCategory.LEADERSHIP_TEAM, "lead", 2015);
        person("TP-004", "黄伟明", "tangpeng", "党委副书记", OfficialCategory.LEADERSHIP_TEAM, "lead", 2018);
        person("TP-005", "林晓东", "tangpeng", "纪委书记", OfficialCategory.LEADERSHIP_TEAM, "lead", 2019);
        person("TP-006", "张丽华", "tangpeng", "副镇长", OfficialCategory.LEADERSHIP_TEAM, "lead", 2018);
        person("TP-007", "吴国庆", "tangpeng", "副镇长", OfficialCategory.LEADERSHIP_TEAM, "lead", 2020);
        // offices
        person("TP-011", "刘芳", "office", "党政办主任", OfficialCategory.TOWNSHIP_LEADER, "office", 2014);
        person("TP-012", "周敏", "office", "科员", OfficialCategory.STAFF, "office", 2019);
        person("TP-013", "郑家豪", "office", "科员", OfficialCategory.STAFF, "office", 2021);
        person("TP-014", "梁晓君", "office", "学法管理员", OfficialCategory.STAFF, "office", 2020);
        person("TP-015", "何嘉欣", "office", "人事专干", OfficialCategory.STAFF, "office", 2016);
        person("TP-016", "黄晓琳", "office", "科员", OfficialCategory.STAFF, "office", 2024);
        person("TP-021", "陈志明", "brigade", "大队长", OfficialCategory.TOWNSHIP_LEADER, "enforce", 2017);
        person("TP-022", "罗文杰", "brigade", "执法队员", OfficialCategory.STAFF, "enforce", 2021);
        person("TP-031", "杨帆", "planning", "规划建设办主任", OfficialCategory.TOWNSHIP_LEADER, "planning", 2015);
        person("TP-032", "邓伟", "planning", "科员", OfficialCategory.STAFF, "planning", 2020);
        person("TP-033", "谢婷", "planning", "科员", OfficialCategory.STAFF, "planning", 2022);
        person("TP-041", "冯国华", "agri", "农业农村办主任", OfficialCategory.TOWNSHIP_LEADER, "agri", 2013);
        person("TP-042", "曾小燕", "agri", "科员", OfficialCategory.STAFF, "agri", 2018);
        person("TP-043", "彭志刚", "agri", "科员", OfficialCategory.STAFF, "agri", 2023);
        person("TP-044", "温雅", "agri", "科员", OfficialCategory.STAFF, "agri", 2024);
        person("TP-051", "苏建平", "safety", "应急办主任", OfficialCategory.TOWNSHIP_LEADER, "safety", 2016);
        person("TP-052", "蔡俊杰", "safety", "安全监管员", OfficialCategory.STAFF, "safety", 2019);
        person("TP-061", "潘美玲", "social", "社会事务办主任", OfficialCategory.TOWNSHIP_LEADER, "social", 2014);
        person("TP-062", "钟丽", "social", "科员", OfficialCategory.STAFF, "social", 2020);
        person("TP-063", "卢俊", "social", "科员", OfficialCategory.STAFF, "social", 2022);
        person("TP-071", "江涛", "judicial", "司法所所长", OfficialCategory.TOWNSHIP_LEADER, "judicial", 2012);
        person("TP-072", "叶青", "judicial", "司法助理员", OfficialCategory.STAFF, "judicial", 2021);
        // contract (编外) staff: they work but do not fill the establishment
        contract("TP-081", "黎小军", "brigade", "协管员", 2022);
        contract("TP-082", "莫晓峰", "brigade", "协管员", 2023);
        contract("TP-083", "韦佳", "office", "文员", 2021);
        // village committee staff (not on the establishment)
        contract("TP-091", "陈永强", "v-tangpeng", "村委会主任", 2021);
        contract("TP-092", "梁金凤", "v-longwan", "村委会主任", 2021);
        contract("TP-093", "李德胜", "v-shiling", "村委会主任", 2021);
        contract("TP-094", "林海", "v-longwan", "村委会委员", 2024);
        contract("TP-095", "吴秀英", "v-shiling", "村委会委员", 2024);
        // three staff of other offices do enforcement work part-time, without an enforcement certificate
        concurrent("TP-032", "enforce", 2021);
        concurrent("TP-043", "enforce", 2023);
        concurrent("TP-052", "enforce", 2020);
        // the neighbouring town
        person("SJ-001", "赵明", "shijiao", "镇长", OfficialCategory.LEADERSHIP_TEAM, null, 2019);
        person("SJ-021", "孙立", "sj-brigade", "大队长", OfficialCategory.TOWNSHIP_LEADER, "sj-enforce", 2018);
        person("SJ-022", "高原", "sj-brigade", "执法队员", OfficialCategory.STAFF, "sj-enforce", 2020);
        person("SJ-023", "马超", "sj-brigade", "执法队员", OfficialCategory.STAFF, "sj-enforce", 2021);

        // The brigade's two officials: the young officer (the cadre account) holds a certificate that expires within
        // 90 days; the head's expired last month. Dates are relative to today so the demo always tells this story.
        LocalDate today = LocalDate.now(clock);
        credential("TP-022", "ENFORCEMENT", "44080021000124", "综合行政执法", today.minusYears(5).plusDays(60));
        credential("TP-021", "ENFORCEMENT", "44080021000123", "综合行政执法", today.minusYears(5).minusMonths(1));
        credential("SJ-021", "ENFORCEMENT", "44080031000456", "综合行政执法", LocalDate.of(2022, 3, 1));
        credential("SJ-022", "ENFORCEMENT", "44080031000457", "综合行政执法", LocalDate.of(2021, 12, 20));
        credential("TP-071", "LEGAL_PROFESSION", "A20121100123", "", LocalDate.of(2012, 3, 1));
        // the emergency office's head missed last year's registration: suspended
        step("suspended credential of TP-051", () -> {
            var safety = credentials.add(new NewCredential(people.get("TP-051"), "ENFORCEMENT", "44080021000098",
                    "应急管理", LocalDate.of(2023, 4, 1), null, ISSUER));
            credentials.recordRegistration(safety.id(), today.getYear() - 1, false, "未按期参加年度审验",
                    safety.version());
        });

        account("admin", "系统管理员", null, new RoleGrant(Role.ADMIN, null));
        account("organizer", "梁晓君", "TP-014", new RoleGrant(Role.ORGANIZER, units.get("tangpeng")),
                new RoleGrant(Role.CADRE, units.get("office")));
        account("hr", "何嘉欣", "TP-015", new RoleGrant(Role.HR, units.get("tangpeng")),
                new RoleGrant(Role.CADRE, units.get("office")));
        account("leader", "李志强", "TP-002", new RoleGrant(Role.LEADER, units.get("tangpeng")),
                new RoleGrant(Role.CADRE, units.get("tangpeng")));
        account("cadre", "罗文杰", "TP-022", new RoleGrant(Role.CADRE, units.get("brigade")));
        // everyone else signs in too, as after a roll-out: the staff number as user name, the demo password
        for (OfficialRecord o : officials.search(OfficialFilter.all(), 0, 1000)) {
            if (o.accountId() == null) {
                account(o.staffNumber().toLowerCase(Locale.ROOT), o.name(), o.staffNumber(),
                        new RoleGrant(Role.CADRE, o.unitId()));
            }
        }
    }

    private void unit(String code, String name, String nameEn, UnitKind kind, String parent, int order) {
        step("unit " + code, () -> {
            OrgUnitRecord u = orgUnits.create(code, name, nameEn, kind, parent == null ? null : units.get(parent),
                    order);
            units.put(code, u.id());
        });
    }

    private void post(String key, String unit, PostKind kind, String title, int establishment) {
        post(key, unit, kind, title, establishment, null);
    }

    private void post(String key, String unit, PostKind kind, String title, int establishment, String credential) {
        step("post " + key, () -> posts.put(key,
                this.establishment.createPost(units.get(unit), kind, title, establishment, credential)));
    }

    private void person(String staffNumber, String name, String unit, String title, OfficialCategory category,
            String post, int year) {
        step("official " + staffNumber, () -> {
            LocalDate joined = LocalDate.of(year, 3, 1);
            Long id = officials.create(staffNumber, new OfficialData(name, units.get(unit), title, category,
                    EmploymentType.ESTABLISHED, joined, null)).id();
            people.put(staffNumber, id);
            if (post != null) {
                establishment.assign(posts.get(post), id, AssignmentType.PRIMARY, joined);
            }
        });
    }

    private void contract(String staffNumber, String name, String unit, String title, int year) {
        step("official " + staffNumber, () -> {
            Long id = officials.create(staffNumber, new OfficialData(name, units.get(unit), title,
                    OfficialCategory.STAFF, EmploymentType.CONTRACT, LocalDate.of(year, 6, 1), null)).id();
            people.put(staffNumber, id);
        });
    }

    private void concurrent(String staffNumber, String post, int year) {
        step("part-time enforcement of " + staffNumber, () -> establishment.assign(posts.get(post),
                people.get(staffNumber), AssignmentType.CONCURRENT, LocalDate.of(year, 9, 1)));
    }

    private void credential(String staffNumber, String type, String number, String fields, LocalDate issued) {
        step("credential " + number + " of " + staffNumber, () -> credentials.add(
                new NewCredential(people.get(staffNumber), type, number, fields, issued, null, ISSUER)));
    }

    /** One piece of the town; when it fails it is logged and skipped, and the rest still seeds. */
    private void step(String name, Runnable work) {
        if (!DemoStep.run(log, name, work)) {
            skipped++;
        }
    }

    private void account(String username, String name, String staffNumber, RoleGrant... grants) {
        step("account " + username, () -> {
            Long officialId = staffNumber == null ? null : people.get(staffNumber);
            var account = accounts.createDemoAccount(new AccountService.NewAccount(username, name, PASSWORD, null,
                    Set.of(grants)));
            if (officialId != null) {
                officials.linkAccount(officialId, account.id());
            }
        });
    }
}
