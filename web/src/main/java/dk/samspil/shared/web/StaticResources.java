package dk.samspil.shared.web;

/** Style sheets, scripts and images: requests that read no session and touch no database. */
final class StaticResources {

    private StaticResources() {
    }

    /** Whether a servlet path names one. */
    static boolean is(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
