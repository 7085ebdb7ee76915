package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * For a server bound to loopback: refuses every request whose {@code Host} header names another host. A web page
 * from elsewhere can make a browser send requests to 127.0.0.1 under its own host name (DNS rebinding); those carry
 * that name in {@code Host} and stop here. Any port is accepted (an SSH tunnel may forward another one).
 */
final class HostHeaderFilter implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** A port after the host name, compiled once: the filter runs on every request. */
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = ((HttpServletRequest) request).getHeader("Host");
        if (host != null && !isLoopbackName(host)) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().println("Host '" + printable(host) + "' is not this server's name: a server bound to"
                    + " loopback answers only to localhost or 127.0.0.1 (requests under other names are refused"
                    + " against DNS rebinding)");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a Host header value names loopback: localhost, 127.0.0.1 or [::1], with or without a port. */
    static boolean isLoopbackName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 && LOOPBACK_NAMES.contains(h.substring(0, close + 1)) && portOnly(h.substring(close + 1));
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return LOOPBACK_NAMES.contains(name) && portOnly(colon < 0 ? "" : h.substring(colon));
    }

    private static boolean portOnly(String rest) {
        return rest.isEmpty() || PORT.matcher(rest).matches();
    }

    private static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
