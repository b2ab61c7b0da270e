package dk.samspil.people.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Writes every authorization refusal by the URL rules (a 403 on its way to the error page) as a
 * security event: who asked for what. Boundary refusals are logged where they are turned into a 403.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalLog extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            SECURITY.log(System.Logger.Level.WARNING, "Refused {0} to {1}", request.getRemoteUser(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
    }
}
