package org.xuefa.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may open what: every Vaadin route and every HTTP endpoint against each kind of user, walked by
 * {@code AccessMatrixTest} (routes through the Vaadin router, endpoints through the security filter chain) and, for
 * what each account may open, by the browser's {@code CspWalkBrowserTest}. One line per route or endpoint; the
 * placeholders are filled by {@link AccessMatrixIds}.
 *
 * <p>Columns: anonymous; {@code cadre} (罗文杰, owner of {holder} and {attempt}); {@code cadre2} (another cadre of
 * the same brigade, owner of nothing here); the demo {@code organizer} (org), {@code hr}, {@code leader} (all of 塘鹏镇)
 * and {@code admin}; {@code sj-hr} and {@code sj-org}, an HR and an organizer of the other demo town 石角镇.
 *
 * <p>Outcomes of a view: {@code ok} the screen shows; {@code login} sent to the login page; {@code denied} the
 * router refuses the route for the user's roles; {@code away} the screen does not show the id and forwards to its
 * list or the start page; {@code refused} the screen shows only a refusal (an element whose id ends in
 * {@code -refused} or {@code -denied}). Outcomes of an endpoint: the HTTP status, or {@code login} for a redirect
 * to the login page.
 */
public final class AccessMatrix {
    public static final List<String> COLUMNS = List.of("anon", "cadre", "cadre2", "organizer", "hr", "leader",
            "admin", "sj-hr", "sj-org");

    /** The matrix as run; docs/security.md shows the same table. */
    public static final String TABLE = """
            #    path                                                 anon    cadre   cadre2  org     hr      leader  admin   sj-hr   sj-org
            view /                                                    login   ok      ok      ok      ok      ok      ok      ok      ok
            view /login                                               ok      away    away    away    away    away    away    away    away
            view /change-password                                     login   ok      ok      ok      ok      ok      ok      ok      ok
            view /verify/{certificate}                                ok      ok      ok      ok      ok      ok      ok      ok      ok
            view /profile                                             login   ok      ok      ok      ok      ok      ok      ok      ok
            view /notifications                                       login   ok      ok      ok      ok      ok      ok      ok      ok
            view /my-credentials                                      login   ok      ok      ok      ok      ok      ok      ok      ok
            view /my-calendar                                         login   ok      ok      ok      ok      ok      ok      ok      ok
            view /my-makeup                                           login   ok      ok      ok      ok      ok      ok      ok      ok
            view /my-sessions                                         login   ok      ok      ok      ok      ok      ok      ok      ok
            view /session-records                                     login   ok      ok      ok      ok      ok      ok      ok      ok
            view /exams                                               login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses                                             login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses/admin-penalty/lesson/1                      login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses/admin-penalty/practice                      login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses/no-such-course/quiz                         login   away    away    away    away    away    away    away    away
            view /checkin                                             login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses/admin-penalty                               login   ok      ok      ok      ok      ok      ok      ok      ok
            view /courses/no-such-course                              login   away    away    away    away    away    away    away    away
            view /my-hours                                            login   ok      ok      ok      ok      ok      ok      ok      ok
            view /inbox                                               login   denied  denied  ok      denied  denied  ok      denied  ok
            view /overview                                            login   denied  denied  ok      ok      ok      ok      ok      ok
            view /hours-compliance                                    login   denied  denied  ok      ok      ok      ok      ok      ok
            view /reports/annual                                      login   denied  denied  denied  ok      ok      ok      ok      denied
            view /checkin/{checkin}                                   login   ok      ok      refused refused refused refused refused refused
            view /organisation                                        login   denied  denied  ok      ok      ok      ok      ok      ok
            view /officials                                           login   denied  denied  ok      ok      ok      ok      ok      ok
            view /sessions                                            login   denied  denied  ok      ok      ok      ok      ok      ok
            view /attendance                                          login   denied  denied  ok      ok      ok      ok      ok      ok
            view /manage/exams                                        login   denied  denied  ok      ok      ok      ok      ok      ok
            view /course-completions                                  login   denied  denied  ok      ok      ok      ok      ok      ok
            view /study-plan                                          login   denied  denied  ok      ok      ok      ok      ok      ok
            view /staffing                                            login   denied  denied  denied  ok      ok      ok      ok      denied
            view /credentials                                         login   denied  denied  denied  ok      ok      ok      ok      denied
            view /import                                              login   denied  denied  denied  ok      denied  ok      ok      denied
            view /credentials/import                                  login   denied  denied  denied  ok      denied  ok      ok      denied
            view /credential-types                                    login   denied  denied  denied  ok      denied  ok      ok      denied
            view /hours/external                                      login   denied  denied  denied  ok      denied  ok      ok      denied
            view /hours/external/import                               login   denied  denied  denied  ok      denied  ok      ok      denied
            view /hours/requirements                                  login   denied  denied  denied  ok      denied  ok      ok      denied
            view /admin/accounts                                      login   denied  denied  denied  denied  denied  ok      denied  denied
            view /admin/audit                                         login   denied  denied  denied  denied  denied  ok      denied  denied
            view /admin/courses                                       login   denied  denied  denied  denied  denied  ok      denied  denied
            view /live                                                login   denied  denied  ok      denied  denied  ok      denied  ok
            view /sessions/{session}                                  login   ok      ok      ok      ok      ok      ok      away    away
            view /sessions/{session}/projector                        login   denied  denied  ok      denied  denied  ok      denied  away
            view /sessions/{session}/live                             login   denied  denied  ok      denied  denied  ok      denied  away
            view /sessions/{session}/live/screen                      login   denied  denied  ok      denied  denied  ok      denied  away
            view /sessions/{session}/record                           login   ok      ok      ok      ok      ok      ok      refused refused
            view /attendance/session/{session}                        login   denied  denied  ok      ok      ok      ok      away    away
            view /live/{session}                                      login   ok      ok      refused refused refused refused refused refused
            view /exams/{exam}                                        login   ok      ok      ok      ok      ok      away    away    away
            view /manage/exams/{exam}/results                         login   denied  denied  ok      ok      ok      ok      away    away
            view /attempts/{attempt}                                  login   ok      away    away    away    away    away    away    away
            view /attempts/{result}/result                            login   away    away    away    away    away    away    away    away
            view /credentials/person/{holder}                         login   ok      refused refused ok      ok      ok      refused refused
            http /login                                               200     200     200     200     200     200     200     200     200
            http /verify/{certificate}                                200     200     200     200     200     200     200     200     200
            http /checkin/{checkin}                                   login   200     200     200     200     200     200     200     200
            http /actuator/health                                     200     200     200     200     200     200     200     200     200
            http /actuator/env                                        login   403     403     403     403     403     403     403     403
            http /calendar/no-such-token.ics                          404     404     404     404     404     404     404     404     404
            http /export/staffing-gaps.csv                            login   403     403     403     200     200     200     200     403
            http /export/staffing-gaps.xlsx                           login   403     403     403     200     200     200     200     403
            http /export/attendance/people.csv?{year}                 login   403     403     200     200     200     200     200     200
            http /export/attendance/units.xlsx?{year}                 login   403     403     200     200     200     200     200     200
            http /export/credentials.csv                              login   403     403     403     200     200     200     200     403
            http /export/credentials.xlsx                             login   403     403     403     200     200     200     200     403
            http /export/hours-compliance.csv                         login   403     403     200     200     200     200     200     200
            http /export/hours-compliance.xlsx                        login   403     403     200     200     200     200     200     200
            http /export/annual-report.docx?unit=tangpeng&year=2026   login   403     403     403     200     200     200     403     403
            http /export/annual-report.pdf?unit=tangpeng&year=2026    login   403     403     403     200     200     200     403     403
            http /export/study-ledger.xlsx?unit=tangpeng&year=2026    login   403     403     200     200     200     200     403     403
            http /export/study-ledger.pdf?unit=tangpeng&year=2026     login   403     403     200     200     200     200     403     403
            http /export/shufa.docx?official={leaderOfficial}&year=2026 login   403     403     403     200     200     200     403     403
            http /export/course-completions.csv?course=admin-penalty  login   403     403     200     200     200     200     200     200
            http /export/course-completions.xlsx?course=admin-penalty login   403     403     200     200     200     200     200     200
            http /export/exams/{exam}/results.csv                     login   403     403     200     200     200     200     403     403
            http /export/exams/{exam}/results.xlsx                    login   403     403     200     200     200     200     403     403
            http /certificates/{certificate}.pdf                      login   403     403     200     200     200     200     403     403
            http /files/credentials/{scan}                            login   403     403     403     200     200     200     403     403
            http /export/sessions/{session}/record.pdf                login   403     403     200     403     403     200     403     403
            http /export/sessions/{session}/sign-in.pdf               login   403     403     200     403     403     200     403     403
            http /export/sessions/{running}/attachments/{attachment}  login   200     200     200     200     200     200     403     403
            http /export/sessions/{session}/attachments/{attachment}  login   404     404     404     404     404     404     404     404
            """;

    /** One line: a view or an endpoint, its path (with placeholders), and the expected outcome per column. */
    public record Row(String kind, String path, Map<String, String> expected) {
        public boolean isView() {
            return kind.equals("view");
        }

        /** The path without a query string. */
        public String pathOnly() {
            int q = path.indexOf('?');
            return q < 0 ? path : path.substring(0, q);
        }
    }

    private AccessMatrix() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != 2 + COLUMNS.size() || !(cells[0].equals("view") || cells[0].equals("http"))) {
                throw new IllegalStateException("bad matrix line: " + line);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                expected.put(COLUMNS.get(i), cells[2 + i]);
            }
            rows.add(new Row(cells[0], cells[1], expected));
        }
        return rows;
    }
}
