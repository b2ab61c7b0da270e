package dk.samspil.reflection.entity;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.Locale;
import java.util.Set;

/**
 * A reflection's formatted text as it may be stored: paragraphs, emphasis, lists, quotes, headings
 * and links (http, https, mailto; opened without referrer). Everything else, scripts, event
 * handlers, styles, images and frames included, is removed by the OWASP HTML sanitiser, whatever
 * the browser sent. {@code removed} says whether content the writer could see was taken out, so the
 * page can say so.
 */
public record ReflectionText(String html, boolean removed) {

    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "h2", "h3")
            .allowAttributes("data-list").matching(false, "bullet", "ordered").onElements("li")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** Tags the editor itself adds for its own use: dropping them changes nothing the writer sees. */
    private static final Set<String> HARMLESS = Set.of("span", "div", "font");

    public static ReflectionText clean(String html) {
        boolean[] removed = new boolean[1];
        String safe = POLICY.sanitize(html == null ? "" : html, new HtmlChangeListener<Void>() {
            @Override
            public void discardedTag(Void context, String elementName) {
                removed[0] |= !HARMLESS.contains(elementName.toLowerCase(Locale.ROOT));
            }

            @Override
            public void discardedAttributes(Void context, String tagName, String... attributeNames) {
                for (String name : attributeNames) {
                    String attribute = name.toLowerCase(Locale.ROOT);
                    removed[0] |= attribute.startsWith("on") || attribute.equals("href") || attribute.equals("src");
                }
            }
        }, null);
        return new ReflectionText(safe, removed[0]);
    }

    /** The words without markup, for search, length and emptiness. */
    public String plain() {
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&#160;", " ")
                .replaceAll("\\s+", " ").strip();
    }

    public boolean isBlank() {
        return plain().isEmpty();
    }
}
