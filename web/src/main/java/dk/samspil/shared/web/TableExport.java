package dk.samspil.shared.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table handed to a spreadsheet: CSV as Danish Excel opens it (semicolons, UTF-8 with a byte-order
 * mark) or XLSX (Apache POI, streamed: only 200 rows are held in memory while it is written). Text in a CSV that starts
 * like a formula gets an apostrophe in front, so a spreadsheet shows it instead of running it; in
 * XLSX every text is a plain text cell, never a formula. Numbers and dates stay numbers and dates.
 */
public final class TableExport {

    private static final int WIDEST_COLUMN = 60;

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    private TableExport(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static TableExport withHeader(List<String> header) {
        return new TableExport(header);
    }

    /** A row of cells: text, numbers, dates or null for an empty cell. */
    public TableExport row(Object... cells) {
        rows.add(Arrays.asList(cells.clone()));
        return this;
    }

    public byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, new ArrayList<>(header));
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = new int[header.size()];
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
                widths[i] = header.get(i).length();
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], value.toString().length());
                    }
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(widths[i] + 2, WIDEST_COLUMN) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            Object value = cells.get(i);
            csv.append(value instanceof String text ? csvCell(text) : value == null ? "" : value.toString());
        }
        csv.append("\r\n");
    }

    /** One CSV cell: a formula-like start is neutralised, separators and quotes are quoted. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
