package org.xuefa.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.xuefa.base.i18n.Messages;
import org.xuefa.security.AccountDirectory;

/**
 * Sends a stored notice by mail too, when SMTP is configured ({@code spring.mail.host}) and the recipient gave an
 * address. A mail that cannot be sent is logged; the notice stays in the notification centre either way.
 */
@Component
class MailRelay {
    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final AccountDirectory accounts;
    private final Messages messages;
    private final String from;
    private final String publicUrl;

    MailRelay(ObjectProvider<JavaMailSender> sender, AccountDirectory accounts, Messages messages,
            @Value("${xuefa.mail.from:xuefa@localhost}") String from, @Value("${xuefa.public-url}") String publicUrl) {
        this.sender = sender;
        this.accounts = accounts;
        this.messages = messages;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    void send(Notice notice) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        accounts.emailOf(notice.accountId()).ifPresent(address -> {
            var locale = accounts.localeOf(notice.accountId());
            Object[] args = notice.args().stream().map(a -> Text.resolve(a, locale)).toArray();
            String text = messages.getTranslation(notice.messageKey(), locale, args);
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(messages.getTranslation("notification.mail.subject", locale) + " " + text);
            message.setText(text + (notice.link() == null ? "" : "\n\n" + publicUrl + "/" + notice.link()));
            try {
                mailer.send(message);
            } catch (MailException e) {
                log.warn("Could not mail notice {} to account {}: {}", notice.dedupeKey(), notice.accountId(),
                        e.getMessage());
            }
        });
    }
}
