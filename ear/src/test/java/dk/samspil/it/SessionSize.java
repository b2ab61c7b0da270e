package dk.samspil.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test only, added to the web module by {@link SessionSizePageIT}: the caller's session serialized
 * as a distributable session is stored, as one entry (all attributes in one stream, Java
 * serialization), answered as its size in bytes and then each attribute's on its own. Fails with
 * the class that does not serialize. With {@code ?shared}: the attributes (and their maps' entries)
 * that are maps or collections, each with its identity, so that a test can tell whether two
 * sessions hold the very same object.
 */
@WebServlet("/test/session-size")
public class SessionSize extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(404);
            return;
        }
        if (request.getParameter("shared") != null) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(containers(session));
            return;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        for (String name : Collections.list(session.getAttributeNames())) {
            attributes.put(name, session.getAttribute(name));
            report.append(name).append(' ').append(serializedSize(session.getAttribute(name))).append('\n');
            if (session.getAttribute(name) instanceof Map<?, ?> entries) {
                entries.forEach((key, value) -> describe("  ", key, value, report));
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(serializedSize(attributes) + "\n" + report);
    }

    /** "name identity" per line for each map or collection in the session, and in its maps. */
    private static String containers(HttpSession session) {
        StringBuilder report = new StringBuilder();
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            identify(name, value, report);
            if (value instanceof Map<?, ?> entries) {
                entries.forEach((key, entry) -> identify(name + "/" + key, entry, report));
            }
        }
        return report.toString();
    }

    private static void identify(String name, Object value, StringBuilder report) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            report.append(name).append(' ').append(value.getClass().getName()).append('@')
                    .append(Integer.toHexString(System.identityHashCode(value))).append('\n');
        }
    }

    /** A map's entries (two levels deep), so that a test's failure says which bean or view is big. */
    private static void describe(String indent, Object key, Object value, StringBuilder report) {
        try {
            report.append(indent).append(key).append(' ').append(serializedSize(value)).append('\n');
        } catch (IOException e) {
            report.append(indent).append(key).append(" does not serialize: ").append(e).append('\n');
        }
        if (value instanceof Map<?, ?> entries && indent.length() < 4) {
            entries.forEach((k, v) -> describe(indent + "  ", k, v, report));
        }
    }

    private static int serializedSize(Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.size();
    }
}
