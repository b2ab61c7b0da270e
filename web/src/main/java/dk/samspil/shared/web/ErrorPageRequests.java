package dk.samspil.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An error page is a page of its own, not the form that failed: the failed request's view state
 * and CSP nonce are hidden from it, so that an error page shown for a forged or expired form does
 * not fail again on the same values (Faces would take it for a postback, PrimeFaces would check
 * the nonce again). Mapped to the ERROR dispatch only.
 */
public class ErrorPageRequests extends HttpFilter {

    static final Set<String> FORM_STATE = Set.of("jakarta.faces.ViewState", "primefaces.nonce");
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutFormState(request), response);
    }

    private static final class WithoutFormState extends HttpServletRequestWrapper {

        WithoutFormState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return FORM_STATE.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return FORM_STATE.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream()
                    .filter(parameter -> !FORM_STATE.contains(parameter.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
