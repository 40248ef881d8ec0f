package vn.thads.portal.workbook.province;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.workbook.CellProblem;
import vn.thads.portal.workbook.FigureCells;
import vn.thads.portal.workbook.ReturnSheet;
import vn.thads.portal.workbook.ReturnSheetReader;
import vn.thads.portal.workbook.ReturnWorkbooks.Download;
import vn.thads.portal.workbook.WorkbookMeta;

/**
 * Writes a province's month as one workbook and reads it back, in either layout
 * (docs/workbooks.md). A sheet per return: a contents sheet, then each return on a sheet
 * of its own named by its agency's code, laid out like the official forms by
 * {@link ReturnSheet}; the returns' agencies, period and versions travel in the
 * workbook's hidden {@link WorkbookMeta}. One sheet: {@link OfficeRowsSheet}. A file may
 * hold sheets of both layouts; each return may appear once.
 */
@Component
class ProvinceWorkbooks {

	private final ProvinceOffices offices;

	private final ReturnSheet sheets;

	private final ReturnSheetReader reader;

	private final OfficeRows rows;

	private final MessageSource messages;

	ProvinceWorkbooks(ProvinceOffices offices, ReturnSheet sheets, ReturnSheetReader reader, OfficeRows rows,
			MessageSource messages) {
		this.offices = offices;
		this.sheets = sheets;
		this.reader = reader;
		this.rows = rows;
		this.messages = messages;
	}

	/** What an uploaded workbook holds. */
	record Read(ProvinceLayout layout, List<OfficeUpload> uploads, List<CellProblem> problems) {

	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the
	 * user may have the province's workbook
	 */
	Download download(PortalUser user, String provinceCode, String periodCode, ProvinceLayout layout, Locale locale) {
		ProvinceMonth month = this.offices.forDownload(user, provinceCode, periodCode);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ReturnSheet.Styles styles = new ReturnSheet.Styles(workbook);
			if (layout == ProvinceLayout.ROWS) {
				new OfficeRowsSheet(this.messages, locale).write(workbook, styles.report(), month);
			}
			else {
				writeSheets(workbook, styles, month, locale);
			}
			workbook.write(out);
			String name = "so-tinh-" + month.province().code() + "-" + month.period().code()
					+ ((layout == ProvinceLayout.ROWS) ? "-dong" : "") + ".xlsx";
			return new Download(name, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the workbook of " + provinceCode, ex);
		}
	}

	private void writeSheets(XSSFWorkbook workbook, ReturnSheet.Styles styles, ProvinceMonth month, Locale locale) {
		XSSFSheet contents = workbook.createSheet(text(locale, "workbook.province.index.sheet"));
		contents.createRow(0)
			.createCell(0)
			.setCellValue(text(locale, "workbook.province.index.title", month.province().nameAt(month.period().to()),
					month.period().month().getMonthValue(), month.period().month().getYear()));
		contents.getRow(0).getCell(0).setCellStyle(styles.report().bold);
		String[] heads = { "workbook.province.col.agency", "workbook.province.col.name", "return.col.status",
				"workbook.province.col.version", "workbook.province.col.editable", "workbook.province.index.sheetCol" };
		Row header = contents.createRow(2);
		for (int c = 0; c < heads.length; c++) {
			put(header, c, text(locale, heads[c])).setCellStyle(styles.report().header);
		}
		List<WorkbookMeta.Entry> entries = new ArrayList<>();
		int next = 3;
		for (ReturnView view : month.returns()) {
			String code = view.agency().code();
			String status = view.exists() ? text(locale, "workbook.sheet.status",
					text(locale, "return.status." + view.status()), view.version()) : null;
			this.sheets.write(workbook, styles, code,
					new ReturnSheet.Heading(code, view.agency().nameAt(month.period().to()), month.period(), status),
					view.figures(), view.categories(), locale);
			entries.add(new WorkbookMeta.Entry(code, month.period().code(), view.version(), code));
			Row row = contents.createRow(next++);
			put(row, 0, code);
			put(row, 1, view.agency().shortNameAt(month.period().to()));
			put(row, 2, view.exists() ? text(locale, "return.status." + view.status())
					: text(locale, "return.status.MISSING"));
			if (view.version() != null) {
				row.createCell(3).setCellValue(view.version());
			}
			put(row, 4, text(locale,
					view.can().edit() ? "workbook.province.editable.yes" : "workbook.province.editable.no"));
			Cell link = put(row, 5, code);
			Hyperlink to = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			to.setAddress("'" + code + "'!A1");
			link.setHyperlink(to);
		}
		int[] widths = { 12, 36, 16, 10, 12, 12 };
		for (int c = 0; c < widths.length; c++) {
			contents.setColumnWidth(c, widths[c] * 256);
		}
		OfficeRowsSheet.printable(contents, 2, 2, 1);
		WorkbookMeta.write(workbook, entries);
	}

	/**
	 * Every return the workbook holds, in either layout: the sheets laid out like the
	 * forms (each known by the workbook's list of sheets, or else by the agency code in
	 * its heading) and the sheets with a row per agency.
	 */
	Read read(XSSFWorkbook workbook, ProvinceMonth month) {
		Map<String, WorkbookMeta.Entry> bySheet = new java.util.HashMap<>();
		Map<String, WorkbookMeta.Entry> byAgency = new java.util.HashMap<>();
		for (WorkbookMeta.Entry entry : WorkbookMeta.read(workbook)) {
			bySheet.put(entry.sheet(), entry);
			byAgency.put(entry.agency().toUpperCase(Locale.ROOT), entry);
		}
		Map<String, ReturnView> agencies = month.returns()
			.stream()
			.collect(Collectors.toMap((r) -> r.agency().code(), Function.identity()));
		List<OfficeUpload> uploads = new ArrayList<>();
		List<CellProblem> problems = new ArrayList<>();
		boolean sheetLayout = false;
		for (Sheet sheet : workbook) {
			if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))
					|| workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) {
				continue;
			}
			if (this.rows.recognises(sheet)) {
				uploads.addAll(this.rows.read(sheet));
			}
			else if (this.reader.hasTable(sheet)) {
				sheetLayout = true;
				WorkbookMeta.Entry entry = Optional.ofNullable(bySheet.get(sheet.getSheetName()))
					.or(() -> headingCode(sheet, agencies).map(byAgency::get))
					.orElse(null);
				String code = (entry != null) ? entry.agency() : headingCode(sheet, agencies).orElse(null);
				if (code == null) {
					problems.add(new CellProblem(sheet.getSheetName(), null,
							FieldProblem.of("file", "workbook.province.sheetUnknown")));
					continue;
				}
				uploads.add(new OfficeUpload(code.toUpperCase(Locale.ROOT), sheet.getSheetName(), sheet.getSheetName(),
						(entry != null) ? entry.period() : null, (entry != null) ? entry.version() : null,
						this.reader.read(sheet)));
			}
		}
		return new Read((sheetLayout || uploads.isEmpty()) ? ProvinceLayout.SHEETS : ProvinceLayout.ROWS, uploads,
				problems);
	}

	/**
	 * The code of one of the month's agencies written in the first rows of a sheet (the
	 * heading names it), for a sheet renamed after it was downloaded.
	 */
	private static Optional<String> headingCode(Sheet sheet, Map<String, ReturnView> agencies) {
		for (int r = 0; r <= Math.min(5, sheet.getLastRowNum()); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				for (String token : FigureCells.text(cell).toUpperCase(Locale.ROOT).split("[^A-Z0-9-]+")) {
					if (agencies.containsKey(token)) {
						return Optional.of(token);
					}
				}
			}
		}
		return Optional.empty();
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static Cell put(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		return cell;
	}

}
