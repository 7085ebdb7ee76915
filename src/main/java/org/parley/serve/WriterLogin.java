package org.parley.serve;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.util.security.Credential;

/**
 * Jetty's HTTP Basic authentication over a {@link PasswordFile}: the login service checks each password against
 * its stored hash; nothing in clear is kept or logged.
 */
final class WriterLogin extends AbstractLoginService {

    static final String REALM = "Parley writers";
    /** Password checks at once: each costs a tenth of a second of CPU, so guessers cannot take every core. */
    private static final int CONCURRENT_CHECKS = 2;
    private static final long CHECK_WAIT_SECONDS = 10;

    private final PasswordFile passwords;
    private final Semaphore checks = new Semaphore(CONCURRENT_CHECKS, true);

    private WriterLogin(PasswordFile passwords) {
        this.passwords = passwords;
        setName(REALM);
    }

    /** A security handler that authenticates the users of {@code passwords}; add path constraints to it. */
    static ConstraintSecurityHandler securityHandler(PasswordFile passwords) {
        ConstraintSecurityHandler handler = new ConstraintSecurityHandler();
        IdentityService identities = new DefaultIdentityService();
        WriterLogin login = new WriterLogin(passwords);
        login.setIdentityService(identities);
        handler.setIdentityService(identities);
        handler.setLoginService(login);
        handler.setAuthenticator(new BasicAuthenticator());
        handler.setRealmName(REALM);
        return handler;
    }

    @Override
    protected UserPrincipal loadUserInfo(String username) {
        return passwords.users().contains(username) ? new UserPrincipal(username, new HashedCredential(this, username)) : null;
    }

    @Override
    protected List<RolePrincipal> loadRoleInfo(UserPrincipal user) {
        return List.of();
    }

    /** Checks a password, a few at a time; false when the check could not start within a few seconds. */
    private boolean verify(String user, char[] attempt) {
        try {
            if (!checks.tryAcquire(CHECK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return passwords.verify(user, attempt);
        } finally {
            checks.release();
        }
    }

    /** A password checked against the file's hash for one user. */
    private static final class HashedCredential extends Credential {
        private static final long serialVersionUID = 1L;
        private final transient WriterLogin login;
        private final String user;

        HashedCredential(WriterLogin login, String user) {
            this.login = login;
            this.user = user;
        }

        @Override
        public boolean check(Object credentials) {
            char[] attempt;
            if (credentials instanceof char[] chars) {
                attempt = chars;
            } else if (credentials instanceof String s) {
                attempt = s.toCharArray();
            } else {
                return false;
            }
            return login.verify(user, attempt);
        }
    }
}
