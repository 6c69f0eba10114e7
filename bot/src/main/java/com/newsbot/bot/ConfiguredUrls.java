package com.newsbot.bot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * URLs read from the environment never carry credentials: a {@code user:password@} part is refused with a message
 * that names the variable and shows the URL with that part masked, so the secret reaches neither a log nor the screen.
 */
public final class ConfiguredUrls {
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");

    private ConfiguredUrls() {
    }

    /** {@code url} with any {@code user:password@} part shown as {@code ****@}. */
    public static String masked(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1****@");
    }

    /**
     * Refuses a URL that holds a user name or password.
     *
     * @throws IllegalArgumentException naming {@code variable}, with the URL masked
     */
    public static void refuseUserInfo(String variable, String url) {
        if (url == null) {
            return;
        }
        boolean userInfo;
        try {
            userInfo = new URI(url.strip()).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            userInfo = false;
        }
        if (userInfo || USER_INFO.matcher(url.strip()).find()) {
            throw new IllegalArgumentException(variable + " must not hold a user name or password (give a key through its own"
                    + " variable), got " + masked(url.strip()));
        }
    }
}
