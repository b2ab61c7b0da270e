package dk.samspil.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Test only, added to the web module by {@link SessionSizePageIT}: changes the caller's session,
 * holds the request for {@code ?ms} milliseconds and answers when it began and ended (the server's
 * {@code System.nanoTime()}), so that a test can tell whether two requests of a session overlapped.
 */
@WebServlet("/test/session-hold")
public class SessionHold extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(404);
            return;
        }
        long began = System.nanoTime();
        session.setAttribute("samspil.test.held", began);
        try {
            Thread.sleep(Long.parseLong(request.getParameter("ms")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(began + " " + System.nanoTime());
    }
}
