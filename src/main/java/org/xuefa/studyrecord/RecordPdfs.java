package org.xuefa.studyrecord;

import static org.xuefa.base.PdfLayout.cell;
import static org.xuefa.base.PdfLayout.centered;
import static org.xuefa.base.PdfLayout.draw;
import static org.xuefa.base.PdfLayout.fact;
import static org.xuefa.base.PdfLayout.heading;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;
import org.xuefa.base.PdfFonts;
import org.xuefa.base.i18n.Messages;
import org.xuefa.course.CourseCatalog;
import org.xuefa.course.Law;
import org.xuefa.study.AttendanceCounts;
import org.xuefa.study.AttendanceStatus;
import org.xuefa.study.LeaveStatus;
import org.xuefa.study.RosterRow;
import org.xuefa.study.SessionRecord;
import org.xuefa.study.SessionStatus;

/**
 * Prints a session's record and its sign-in sheet (签到表) as A4 PDFs in the reader's language. The sign-in sheet
 * is a table that breaks across pages with its header row repeated, and keeps a blank column for signatures, so
 * the paper can back up check-in.
 */
@Component
class RecordPdfs {
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);

    private final Messages messages;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final Parser markdown = Parser.builder().build();
    private final TextContentRenderer plain = TextContentRenderer.builder().build();

    RecordPdfs(Messages messages, CourseCatalog catalog, Clock clock) {
        this.messages = messages;
        this.catalog = catalog;
        this.clock = clock;
    }

    byte[] signInSheet(SessionRecord session, List<RosterRow> roster, Locale locale) {
        Locale l = Messages.supported(locale);
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(20, Font.BOLD, Color.BLACK);
        PdfFonts.Style subtitle = type.style(13, Font.BOLD, Color.BLACK);
        PdfFonts.Style body = type.style(10.5f, Font.NORMAL, Color.BLACK);
        PdfFonts.Style head = type.style(10.5f, Font.BOLD, Color.BLACK);
        PdfFonts.Style small = type.style(8.5f, Font.NORMAL, GREY);
        return draw(t(l, "studyRecord.signIn.pdf.title") + " " + session.title(), small, page(l), document -> {
            centered(document, title.phrase(t(l, "studyRecord.signIn.pdf.title")), 4);
            centered(document, subtitle.phrase(session.title()), 8);
            Paragraph facts = new Paragraph(body.phrase(t(l, "studyRecord.signIn.pdf.facts", when(session, l),
                    nz(session.data().place()))));
            document.add(facts);
            Paragraph more = new Paragraph(body.phrase(t(l, "studyRecord.signIn.pdf.more",
                    t(l, "sessionKind." + session.kind().name()), nz(session.speaker()),
                    roster.stream().filter(RosterRow::invited).count())));
            more.setSpacingAfter(8);
            document.add(more);

            PdfPTable table = new PdfPTable(new float[] {0.55f, 1.3f, 2.3f, 0.9f, 2.0f, 1.9f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1); // repeated at the top of every page
            for (String key : List.of("no", "name", "unit", "status", "note", "signature")) {
                PdfPCell c = cell(head.phrase(t(l, "studyRecord.signIn.pdf.col." + key)));
                c.setBackgroundColor(HEAD);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(c);
            }
            int no = 0;
            for (RosterRow r : roster) {
                no++;
                PdfPCell n = cell(body.phrase(String.valueOf(no)));
                n.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(n);
                table.addCell(cell(body.phrase(r.name())));
                table.addCell(cell(body.phrase(nz(r.unitName()))));
                PdfPCell status = cell(body.phrase(r.status() == null ? "" : t(l, "attendanceStatus." + r.status().name())));
                status.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(status);
                table.addCell(cell(small.phrase(note(r, l))));
                table.addCell(cell(body.phrase("")));
            }
            document.add(table);
            Paragraph printed = new Paragraph(small.phrase(t(l, "studyRecord.pdf.printed", stamp(clock.instant(), l))));
            printed.setSpacingBefore(8);
            document.add(printed);
        });
    }

    byte[] record(StudyRecordDetails view, List<RosterRow> roster, AttendanceCounts counts, Locale locale) {
        Locale l = Messages.supported(locale);
        SessionRecord session = view.session();
        PdfFonts type = PdfFonts.load();
        PdfFonts.Style title = type.style(20, Font.BOLD, Color.BLACK);
        PdfFonts.Style subtitle = type.style(13, Font.BOLD, Color.BLACK);
        PdfFonts.Style section = type.style(12, Font.BOLD, Color.BLACK);
        PdfFonts.Style body = type.style(10.5f, Font.NORMAL, Color.BLACK);
        PdfFonts.Style label = type.style(10.5f, Font.NORMAL, GREY);
        PdfFonts.Style small = type.style(8.5f, Font.NORMAL, GREY);
        return draw(t(l, "studyRecord.pdf.title") + " " + session.title(), small, page(l), document -> {
            centered(document, title.phrase(t(l, "studyRecord.pdf.title")), 4);
            centered(document, subtitle.phrase(session.title()), 10);

            PdfPTable facts = new PdfPTable(new float[] {1.2f, 5f});
            facts.setWidthPercentage(100);
            fact(facts, label, body, t(l, "studyRecord.pdf.kind"), t(l, "sessionKind." + session.kind().name()));
            fact(facts, label, body, t(l, "studyRecord.pdf.unit"), session.unitName());
            fact(facts, label, body, t(l, "studyRecord.pdf.when"), when(session, l));
            fact(facts, label, body, t(l, "studyRecord.pdf.place"), nz(session.data().place()));
            fact(facts, label, body, t(l, "studyRecord.pdf.speaker"), nz(session.speaker()));
            fact(facts, label, body, t(l, "studyRecord.pdf.laws"), laws(session, l));
            fact(facts, label, body, t(l, "studyRecord.pdf.hours"), session.creditHours().stripTrailingZeros()
                    .toPlainString());
            if (session.status() == SessionStatus.CANCELLED) {
                fact(facts, label, body, t(l, "studyRecord.pdf.cancelled"), nz(session.cancelReason()));
            }
            document.add(facts);

            heading(document, section, t(l, "studyRecord.summary"));
            text(document, body, view.summary(), t(l, "studyRecord.pdf.none"));
            heading(document, section, t(l, "studyRecord.keyPoints"));
            text(document, body, view.keyPoints(), t(l, "studyRecord.pdf.none"));

            heading(document, section, t(l, "studyRecord.pdf.attendance"));
            document.add(new Paragraph(body.phrase(t(l, "studyRecord.pdf.counts", counts.invited(), counts.present(),
                    counts.late(), counts.excused(), counts.absent(), counts.unmarked()))));
            Map<AttendanceStatus, List<String>> byStatus = new EnumMap<>(AttendanceStatus.class);
            for (RosterRow r : roster) {
                if (r.status() != null) {
                    byStatus.computeIfAbsent(r.status(), k -> new ArrayList<>()).add(r.name());
                }
            }
            String separator = Locale.ENGLISH.equals(l) ? ", " : "、";
            for (AttendanceStatus s : AttendanceStatus.values()) {
                List<String> names = byStatus.get(s);
                if (names != null) {
                    document.add(new Paragraph(body.phrase(t(l, "studyRecord.pdf.names",
                            t(l, "attendanceStatus." + s.name()), names.size(), String.join(separator, names)))));
                }
            }
            List<String> unmarked = roster.stream().filter(r -> r.status() == null && r.invited())
                    .map(RosterRow::name).toList();
            if (!unmarked.isEmpty()) {
                document.add(new Paragraph(body.phrase(t(l, "studyRecord.pdf.names",
                        t(l, "studyRecord.pdf.unmarked"), unmarked.size(), String.join(separator, unmarked)))));
            }

            heading(document, section, t(l, "studyRecord.reflections"));
            if (view.reflections().isEmpty()) {
                document.add(new Paragraph(label.phrase(t(l, "studyRecord.pdf.none"))));
            }
            for (ReflectionRecord r : view.reflections()) {
                Paragraph who = new Paragraph(label.phrase(r.unitName() == null || r.unitName().isBlank()
                        ? r.officialName() : t(l, "studyRecord.pdf.person", r.officialName(), r.unitName())));
                who.setSpacingBefore(4);
                document.add(who);
                Paragraph said = new Paragraph(body.phrase(r.text()));
                said.setIndentationLeft(12);
                document.add(said);
            }

            if (!view.attachments().isEmpty()) {
                heading(document, section, t(l, "studyRecord.attachments"));
                for (AttachmentInfo a : view.attachments()) {
                    document.add(new Paragraph(body.phrase(t(l, "studyRecord.pdf.attachment", a.fileName(),
                            kb(a.sizeBytes())))));
                }
            }
            Paragraph printed = new Paragraph(small.phrase(t(l, "studyRecord.pdf.printed", stamp(clock.instant(), l))));
            printed.setSpacingBefore(12);
            document.add(printed);
        });
    }

    private String note(RosterRow r, Locale l) {
        StringBuilder note = new StringBuilder(nz(r.note()));
        if (r.leaveStatus() == LeaveStatus.PENDING) {
            note.append(note.isEmpty() ? "" : "；").append(t(l, "studyRecord.signIn.pdf.leavePending"));
        }
        if (!r.invited()) {
            note.append(note.isEmpty() ? "" : "；").append(t(l, "studyRecord.signIn.pdf.notInvited"));
        }
        return note.toString();
    }

    private String laws(SessionRecord session, Locale l) {
        var library = catalog.library();
        return session.data().laws().stream().map(law -> {
            Law known = library.law(law.lawId());
            String name = known == null ? law.lawId() : (Locale.ENGLISH.equals(l) ? known.title(l)
                    : "《" + known.titleZh() + "》");
            return law.articles().isBlank() ? name : name + " " + law.articles();
        }).collect(Collectors.joining(Locale.ENGLISH.equals(l) ? "; " : "；"));
    }

    private String when(SessionRecord s, Locale l) {
        ZonedDateTime start = s.startsAt().atZone(clock.getZone());
        ZonedDateTime end = s.endsAt().atZone(clock.getZone());
        DateTimeFormatter day = Locale.ENGLISH.equals(l) ? DateTimeFormatter.ofPattern("yyyy-MM-dd")
                : DateTimeFormatter.ofPattern("yyyy年M月d日");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return day.format(start) + " " + time.format(start) + "–"
                + (start.toLocalDate().equals(end.toLocalDate()) ? "" : day.format(end) + " ") + time.format(end);
    }

    private String stamp(Instant at, Locale l) {
        return DateTimeFormatter.ofPattern(Locale.ENGLISH.equals(l) ? "yyyy-MM-dd HH:mm" : "yyyy年M月d日 HH:mm")
                .format(at.atZone(clock.getZone()));
    }

    private static long kb(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String t(Locale l, String key, Object... args) {
        return messages.getTranslation(key, l, args);
    }

    private void text(Document document, PdfFonts.Style style, String markdownText, String none)
            throws DocumentException {
        String text = markdownText == null || markdownText.isBlank() ? none
                : plain.render(markdown.parse(markdownText)).strip();
        for (String paragraph : text.split("\\n")) {
            document.add(new Paragraph(style.phrase(paragraph.isBlank() ? " " : paragraph)));
        }
    }

    private IntFunction<String> page(Locale l) {
        return n -> t(l, "studyRecord.pdf.page", n);
    }
}
