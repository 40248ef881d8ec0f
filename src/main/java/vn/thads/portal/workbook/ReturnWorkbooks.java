package vn.thads.portal.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.returns.ChangesSince;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnRules;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.NotFoundException;

/**
 * A unit's return as a workbook, for the entry page and the API alike: the download,
 * pre-filled with what is saved (or what a new month starts from); the dry run of an
 * upload; and its confirmation, which is a save of the entry page ({@link ReturnEntry},
 * the one saving path: the same scope, version, status and range rules, all or nothing)
 * recorded in the history with the file's name and SHA-256 checksum.
 */
@Service
public class ReturnWorkbooks {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final AgencyScope scope;

	private final ReturnBook book;

	private final ReturnEntry entry;

	private final ReturnHistory history;

	private final SafeWorkbooks files;

	private final ReturnSheet sheets;

	private final ReturnSheetReader reader;

	private final MessageSource messages;

	private final ReturnRules rules;

	ReturnWorkbooks(AgencyScope scope, ReturnBook book, ReturnEntry entry, ReturnHistory history, SafeWorkbooks files,
			ReturnSheet sheets, ReturnSheetReader reader, MessageSource messages, ReturnRules rules) {
		this.rules = rules;
		this.scope = scope;
		this.book = book;
		this.entry = entry;
		this.history = history;
		this.files = files;
		this.sheets = sheets;
		this.reader = reader;
		this.messages = messages;
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the
	 * user may edit the agency's returns; checked before a file is read
	 */
	public void requireEditor(PortalUser user, String agencyCode) {
		this.scope.requireEditReturns(user, agencyCode);
	}

	/** The largest upload taken, in bytes. */
	public long maxBytes() {
		return this.files.maxBytes();
	}

	/** The size limit in whole megabytes, as messages state it. */
	public long maxMegabytes() {
		return this.files.settings().maxMegabytes();
	}

	/** The refusal of a file over the size limit (413). */
	public WorkbookRefusedException tooLarge() {
		return this.files.tooLarge();
	}

	/** A file to send. */
	public record Download(String filename, byte[] content) {

	}

	/**
	 * The return as a workbook in {@code locale}.
	 * @throws NotFoundException (404) when there is no return and the user may not create
	 * it
	 */
	public Download download(PortalUser user, String agencyCode, String periodCode, Locale locale) {
		ReturnView view = this.book.open(user, agencyCode, periodCode);
		if (!view.exists() && !view.can().edit()) {
			throw new NotFoundException("No return of " + agencyCode + " for " + periodCode);
		}
		String code = view.agency().code();
		String period = view.period().code();
		String sheetName = this.messages.getMessage("workbook.sheet.name", null, locale);
		String status = view.exists() ? this.messages.getMessage(
				"workbook.sheet.status", new Object[] {
						this.messages.getMessage("return.status." + view.status(), null, locale), view.version() },
				locale) : null;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.sheets.write(workbook, new ReturnSheet.Styles(workbook), sheetName,
					new ReturnSheet.Heading(code, view.agency().nameAt(view.period().to()), view.period(), status),
					view.figures(), view.categories(), locale);
			WorkbookMeta.write(workbook, List.of(new WorkbookMeta.Entry(code, period, view.version(), sheetName)));
			workbook.write(out);
			return new Download("bao-cao-" + code + "-" + period + ".xlsx", out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the workbook of " + code + " " + period, ex);
		}
	}

	/**
	 * The dry run of an uploaded workbook: nothing is saved.
	 * @throws WorkbookRefusedException when the file is not opened at all
	 * @throws org.springframework.security.access.AccessDeniedException (403) when the
	 * user may not edit the agency's returns, before the file is looked at
	 */
	public WorkbookCheck check(PortalUser user, String agencyCode, String periodCode, String filename, byte[] content) {
		this.scope.requireEditReturns(user, agencyCode);
		ReturnView current = this.book.open(user, agencyCode, periodCode);
		String code = current.agency().code();
		String period = current.period().code();
		List<CellProblem> blocking = new ArrayList<>();
		SheetFigures read;
		WorkbookMeta.Entry meta;
		try (XSSFWorkbook workbook = this.files.open(content)) {
			meta = WorkbookMeta.read(workbook)
				.stream()
				.filter((e) -> e.agency().equalsIgnoreCase(code) && e.period().equals(period))
				.findFirst()
				.orElse(null);
			if (meta == null) {
				blocking.add(fileProblem("workbook.error.otherReturn", code, period));
				read = null;
			}
			else {
				read = this.reader.read(sheet(workbook, meta.sheet()));
				blocking.addAll(read.errors());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ReturnFigures figures = (read != null && read.ok()) ? read.over(current.figures()) : null;
		if (figures != null) {
			// what no save stores (a category above its main form) stops the upload, on
			// its cell
			this.rules.categoriesRefused(figures, current.categories()).forEach((p) -> blocking.add(onCell(read, p)));
		}
		List<CellProblem> errors = new ArrayList<>(blocking);
		boolean editable = current.notice() == null && (!current.exists() || current.can().edit());
		if (!editable) {
			// a save would be refused as a PUT is (409, or 422 for the month): said, not
			// blocking
			errors.add(new CellProblem(null, null,
					(current.notice() != null) ? current.notice()
							: FieldProblem.of("file", "workbook.error.notEditable",
									new DefaultMessageSourceResolvable(
											new String[] { "return.status." + current.status() },
											String.valueOf(current.status())))));
		}
		ReturnCheck uploaded = (figures != null) ? this.book.preview(user, agencyCode, periodCode, figures) : null;
		List<CellProblem> warnings = new ArrayList<>((read != null) ? read.warnings() : List.of());
		if (uploaded != null) {
			uploaded.errors()
				.stream()
				.map((p) -> onCell(read, p))
				.filter((p) -> !blocking.contains(p))
				.forEach(errors::add);
			uploaded.warnings().forEach((p) -> warnings.add(onCell(read, p)));
		}
		Long version = (meta != null) ? meta.version() : current.version();
		boolean changed = meta != null && !Objects.equals(version, current.version());
		List<FieldChange> since = (changed && version != null && current.version() != null)
				? new ChangesSince(version, current.version(), this.history.since(user, code, period, version))
					.changes()
				: List.of();
		return new WorkbookCheck(filename, sha256(content), current, uploaded,
				(uploaded != null) ? FieldChange.between(current.figures(), uploaded.figures()) : List.of(), blocking,
				errors, warnings, editable, changed, version, since);
	}

	/**
	 * Saves an uploaded workbook as the entry page saves a return, against
	 * {@code version} (the one the user saw in the dry run), or the workbook's own when
	 * null.
	 * @throws WorkbookInvalidException (422) with the dry run when a cell or the file
	 * stops it; nothing is saved
	 */
	public ReturnView confirm(PortalUser user, String agencyCode, String periodCode, String filename, byte[] content,
			Long version, boolean useWorkbookVersion) {
		WorkbookCheck check = check(user, agencyCode, periodCode, filename, content);
		if (!check.blocking().isEmpty()) {
			throw new WorkbookInvalidException(check);
		}
		Long against = useWorkbookVersion ? check.workbookVersion() : version;
		String source = this.messages.getMessage("workbook.audit.imported", new Object[] { filename, check.checksum() },
				VIETNAMESE);
		// the figures are the whole return, its categories too (the stored ones where the
		// workbook has none: SheetFigures.over)
		return this.entry.save(user, agencyCode, periodCode, against, check.uploaded().figures(), true, source);
	}

	/** The sheet the workbook names, or else the first sheet holding a table. */
	private Sheet sheet(XSSFWorkbook workbook, String named) {
		Sheet sheet = (named != null) ? workbook.getSheet(named) : null;
		if (sheet != null && this.reader.hasTable(sheet)) {
			return sheet;
		}
		for (Sheet any : workbook) {
			if (this.reader.hasTable(any)) {
				return any;
			}
		}
		return workbook.getSheetAt(0);
	}

	private static CellProblem onCell(SheetFigures read, FieldProblem problem) {
		return new CellProblem(null, read.cell(problem.field()), problem);
	}

	private static CellProblem fileProblem(String code, Object... arguments) {
		return new CellProblem(null, null, FieldProblem.of("file", code, arguments));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
