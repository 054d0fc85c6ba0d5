package nl.stemwerk.app.platform.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts: the login is refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {
    public LoginThrottledException() {
        super("Te veel mislukte pogingen");
    }
}
