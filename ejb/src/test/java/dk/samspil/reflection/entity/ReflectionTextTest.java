package dk.samspil.reflection.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sanitiser keeps what the editor makes and removes everything that could run, load or track. */
class ReflectionTextTest {

    @Test
    void theEditorsFormattingIsKept() {
        String html = "<p><strong>Fed</strong>, <em>kursiv</em> og <u>understreget</u></p>"
                + "<ol><li data-list=\"bullet\">Ærø</li></ol><blockquote>Citat</blockquote>";
        ReflectionText text = ReflectionText.clean(html);
        assertEquals(html, text.html());
        assertFalse(text.removed());
    }

    @Test
    void scriptsEventHandlersAndImagesAreRemovedAndSaid() {
        ReflectionText script = ReflectionText.clean("<p>Hej<script>alert(1)</script></p>");
        assertEquals("<p>Hej</p>", script.html());
        assertTrue(script.removed());
        ReflectionText handler = ReflectionText.clean("<p onclick=\"steal()\">Klik</p>");
        assertEquals("<p>Klik</p>", handler.html());
        assertTrue(handler.removed());
        ReflectionText image = ReflectionText.clean("<p>Se <img src=\"https://tracker.example/x.png\"> her</p>");
        assertEquals("<p>Se  her</p>", image.html());
        assertTrue(image.removed());
        assertTrue(ReflectionText.clean("<iframe src=\"https://evil.example\"></iframe>").html().isEmpty());
    }

    @Test
    void linksKeepOnlySafeAddressesAndNeverSendAReferrer() {
        ReflectionText link = ReflectionText.clean("<a href=\"https://emu.dk\">EMU</a>");
        assertEquals("<a href=\"https://emu.dk\" rel=\"noopener noreferrer\">EMU</a>", link.html());
        ReflectionText script = ReflectionText.clean("<a href=\"javascript:alert(1)\">x</a>");
        assertFalse(script.html().contains("javascript"), script.html());
        assertTrue(script.removed());
    }

    @Test
    void theEditorsOwnWrappersAreDroppedSilently() {
        ReflectionText text = ReflectionText.clean("<p><span class=\"ql-ui\" contenteditable=\"false\"></span>Tekst</p>");
        assertEquals("<p>Tekst</p>", text.html());
        assertFalse(text.removed());
        assertEquals("Tekst", text.plain());
        assertTrue(ReflectionText.clean("<p><br></p>").isBlank());
    }
}
