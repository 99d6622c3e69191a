package org.xuefa.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.xuefa.base.i18n.Messages;
import org.xuefa.security.AccountDirectory;

/** Notices go by mail through real SMTP (an in-process GreenMail server) when a sender is configured. */
class MailRelayTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private MailRelay relay(JavaMailSender sender, AccountDirectory accounts) {
        var beans = new StaticListableBeanFactory(sender == null ? Map.of() : Map.of("mailSender", sender));
        return new MailRelay(beans.getBeanProvider(JavaMailSender.class), accounts, new Messages(), "xuefa@town.example",
                "https://xuefa.example");
    }

    @Test
    void a_notice_is_mailed_in_the_recipients_language_with_its_link() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.emailOf(7L)).thenReturn(Optional.of("cadre@town.example"));
        when(accounts.localeOf(7L)).thenReturn(Locale.SIMPLIFIED_CHINESE);
        relay(sender, accounts).send(new Notice(7L, "k", "notification.credential.expiring.own",
                List.of(Text.bilingual("行政执法证", "Enforcement certificate"), "44080021000124", "2027-01-24", "59"),
                "my-credentials"));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("cadre@town.example");
        assertThat(message.getSubject()).contains("【学法】", "行政执法证");
        assertThat(GreenMailUtil.getBody(message)).isNotBlank();
        String body = (String) message.getContent();
        assertThat(body).contains("您的行政执法证（44080021000124）将于 2027-01-24 到期，还剩 59 天")
                .contains("https://xuefa.example/my-credentials");
    }

    @Test
    void without_smtp_or_an_address_nothing_is_sent() {
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.emailOf(8L)).thenReturn(Optional.empty());
        relay(null, accounts).send(new Notice(8L, "k", "notification.title", List.of(), null));
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        relay(sender, accounts).send(new Notice(8L, "k", "notification.title", List.of(), null));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
