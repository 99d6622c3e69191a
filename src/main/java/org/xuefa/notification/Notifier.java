package org.xuefa.notification;

/**
 * Delivers notices. Other modules call it from their own services and jobs, which have checked who may cause the
 * notice; it is not exposed to views.
 */
public interface Notifier {

    /** Stores the notice (and mails it when SMTP is set) unless one with its key was delivered; true if new. */
    boolean send(Notice notice);
}
