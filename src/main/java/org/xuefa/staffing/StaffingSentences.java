package org.xuefa.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xuefa.base.i18n.Messages;

/**
 * The report's summary in the words a town uses, one sentence per unit and kind with a gap, e.g.
 * "综合执法大队：编制 5 人，实有 2 人，缺编 3 人；3 人兼职从事执法工作", then how many more gaps were left out.
 */
final class StaffingSentences {
    private StaffingSentences() {
    }

    static List<String> of(List<StaffingRow> rows, int more, Map<String, String> credentialNames, Messages messages,
            Locale locale) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(sentence(r, credentialNames, messages, locale)));
        if (more > 0) {
            out.add(messages.getTranslation("staffing.sentence.more", locale, more));
        }
        return out;
    }

    static String sentence(StaffingRow r, Map<String, String> credentialNames, Messages messages, Locale locale) {
        String kind = messages.getTranslation("postKind." + r.kind(), locale);
        String work = messages.getTranslation("postKind.work." + r.kind(), locale);
        String s = messages.getTranslation("staffing.sentence", locale, r.unitName(locale), kind, r.established(),
                r.filled(), r.vacant());
        if (r.requiredCredential() != null) {
            String credential = credentialNames.getOrDefault(r.requiredCredential(), r.requiredCredential());
            s += messages.getTranslation("staffing.sentence.certified", locale, credential, r.certified());
            if (r.expiringSoon() > 0) {
                s += messages.getTranslation("staffing.sentence.expiring", locale, r.expiringSoon());
            }
            if (r.filledUncertified() > 0) {
                s += messages.getTranslation("staffing.sentence.filledUncertified", locale, r.filledUncertified(),
                        credential);
            }
            if (r.concurrentUncertified() > 0) {
                s += messages.getTranslation("staffing.sentence.concurrentUncertified", locale,
                        r.concurrentUncertified(), work, credential);
            } else if (r.concurrent() > 0) {
                s += messages.getTranslation("staffing.sentence.concurrent", locale, r.concurrent(), work);
            }
            if (r.trainable() > 0 || r.needsRecruitment() > 0) {
                s += messages.getTranslation("staffing.sentence.classified", locale, r.trainable(),
                        r.needsRecruitment());
            }
        } else if (r.concurrent() > 0) {
            s += messages.getTranslation("staffing.sentence.concurrent", locale, r.concurrent(), work);
        }
        return s;
    }
}
