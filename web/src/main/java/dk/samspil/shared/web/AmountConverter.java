package dk.samspil.shared.web;

import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in kroner in a form ({@code <f:converter converterId="samspil.Amount"/>}), written and read
 * the reader's way: "1.450,50" or "1450,5" in Danish, "1,450.50" or "1450.5" in English, at most two
 * decimals and groups of three; shown with two decimals and no grouping ("1450,50"), so that what is
 * shown can be typed back as it is.
 */
@FacesConverter("samspil.Amount")
public class AmountConverter extends FormConverter<BigDecimal> {

    @Override
    Optional<BigDecimal> read(String text, Locale locale) {
        DecimalFormatSymbols symbols = symbols(locale);
        String grouping = String.valueOf(symbols.getGroupingSeparator());
        String decimal = String.valueOf(symbols.getDecimalSeparator());
        String value = text.replace(" ", "").replace("\u00a0", "");
        String whole = "-?(\\d{1,3}(" + Pattern.quote(grouping) + "\\d{3})+|\\d+)";
        if (!value.matches(whole + "(" + Pattern.quote(decimal) + "\\d{1,2})?")) {
            return Optional.empty(); // also "1450.00" on a Danish page: 145.000 kr. is not what was meant
        }
        return Optional.of(new BigDecimal(value.replace(grouping, "").replace(decimal, ".")));
    }

    @Override
    String write(BigDecimal value, Locale locale) {
        return new DecimalFormat("0.00", symbols(locale)).format(value);
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        return DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? Locale.UK : LanguageBacking.DANISH);
    }
}
