package org.xuefa.base;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request the current thread serves, for the audit trail. A plain HTTP request
 * (downloads, sign-in) is found through Spring's request holder, a Vaadin UI event (which may arrive over the push
 * websocket) through Vaadin's. Behind a TLS proxy this is the forwarded address once forward headers are trusted
 * ({@code server.forward-headers-strategy}); empty for scheduled and start-up work.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? Optional.empty() : Optional.ofNullable(vaadin.getRemoteAddr());
    }
}
