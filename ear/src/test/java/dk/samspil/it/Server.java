package dk.samspil.it;

import java.net.URI;
import java.sql.DriverManager;

/** Where the test server listens (port offset 100) and how client-side tests reach its database. */
public final class Server {

    public static final URI BASE = URI.create("http://127.0.0.1:8180");
    public static final URI MANAGEMENT = URI.create("http://127.0.0.1:10090");

    private Server() {
    }

    public static URI at(String path) {
        return BASE.resolve(path);
    }

    public static TestDatabase database() {
        return new TestDatabase(() -> DriverManager.getConnection(System.getProperty("samspil.test.db.url"),
                System.getProperty("samspil.test.db.user"), System.getProperty("samspil.test.db.password")));
    }
}
