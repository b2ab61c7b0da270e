package dk.samspil.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small CSV file as people make them in Excel, LibreOffice or a school's HR system: separated by
 * semicolons (Danish Excel), commas or tabs, in UTF-8 (with or without a byte-order mark) or in
 * Windows-1252, with a header row. Columns are found by name whatever their case, spaces or
 * hyphens ("E-mail", "email"). Size and row count are limited before anything is parsed.
 */
public final class CsvTable {

    public static final int MAX_BYTES = 1_048_576;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Map<String, Integer> columns;
    private final List<CsvLine> lines;

    private CsvTable(Map<String, Integer> columns, List<CsvLine> lines) {
        this.columns = columns;
        this.lines = lines;
    }

    public static CsvTable read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new InvalidCsvException("common.csv.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidCsvException("common.csv.too-large", MAX_BYTES / 1024);
        }
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<CsvLine> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns.isEmpty()) {
                    for (int i = 0; i < cells.size(); i++) {
                        columns.putIfAbsent(normalise(cells.get(i)), i);
                    }
                    continue;
                }
                if (lines.size() == maxRows) {
                    throw new InvalidCsvException("common.csv.too-many-rows", maxRows);
                }
                lines.add(new CsvLine(record.getRecordNumber(), cells));
            }
            if (lines.isEmpty()) {
                throw new InvalidCsvException("common.csv.empty");
            }
            return new CsvTable(columns, List.copyOf(lines));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidCsvException("common.csv.unreadable");
        }
    }

    /** The index of the first column with one of these names, or a refusal naming the first. */
    public int column(String... names) {
        return Arrays.stream(names)
                .map(name -> columns.get(normalise(name)))
                .filter(index -> index != null)
                .findFirst()
                .orElseThrow(() -> new InvalidCsvException("common.csv.missing-column", names[0]));
    }

    public Optional<Integer> optionalColumn(String... names) {
        return Arrays.stream(names).map(name -> columns.get(normalise(name))).filter(index -> index != null).findFirst();
    }

    public List<CsvLine> lines() {
        return lines;
    }

    /** The cell of a line, stripped, or empty when the row is shorter. */
    public static String cell(CsvLine line, int column) {
        return column < line.cells().size() ? line.cells().get(column).strip() : "";
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
