package org.xuefa.base;

/** The address users reach Xuefa at ({@code xuefa.public-url}), as the base of links in QR codes, mail and feeds. */
public final class PublicUrl {
    private PublicUrl() {
    }

    /** The configured address without a trailing slash, so that a path can be appended to it. */
    public static String base(String configured) {
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
}
