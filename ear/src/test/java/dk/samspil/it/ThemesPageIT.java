package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consultant keeps the list of themes, with mistakes explained and nothing half-saved. */
class ThemesPageIT extends BrowserJourney {

    private void addTheme(String code, String nameDa, String nameEn) {
        browser.find("#theme\\:code").sendKeys(code);
        browser.find("#theme\\:name-da").sendKeys(nameDa);
        browser.find("#theme\\:name-en").sendKeys(nameEn);
        browser.clickAndWait("#theme\\:save");
    }

    @Test
    void aConsultantAddsATheme_isToldOfMistakes_andRetiresIt() {
        browser.logIn(db.account("Konsulent Krog", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-themes");
        assertEquals("Temaer", browser.heading());
        browser.assertAccessible();

        String code = "page-" + TestDatabase.unique();
        String name = "Forældresamarbejde " + code;
        addTheme(code, name, "Cooperation with parents");
        assertTrue(browser.find("#messages").getText().contains("Temaet " + name + " er oprettet."), browser.text());
        assertTrue(browser.find("#themes\\:list").getText().contains(name));
        browser.assertAccessible();

        addTheme(code, "Dublet", "Duplicate");
        assertEquals("Koden " + code + " er allerede i brug.", browser.find("#messages").getText());
        assertEquals(code, browser.find("#theme\\:code").getAttribute("value"));
        browser.assertAccessible();

        browser.open("/consultant/themes.xhtml");
        addTheme("Åben Skole!", "", "x");
        assertTrue(browser.find("#theme\\:code-message").getText().startsWith("Koden må kun have"));
        assertEquals("Skriv temaets navn på dansk og engelsk.", browser.find("#theme\\:name-da-message").getText());
        browser.assertAccessible();

        browser.open("/consultant/themes.xhtml");
        browser.clickAndWait(row(code).findElement(By.cssSelector("input[id$='toggle']")));
        assertTrue(row(code).getText().contains("Udgået"), row(code).getText());
        browser.assertNoJavaScriptErrors();
    }

    private WebElement row(String code) {
        return browser.findAll("#themes\\:list tbody tr").stream()
                .filter(row -> row.getText().startsWith(code + " "))
                .findFirst().orElseThrow();
    }
}
