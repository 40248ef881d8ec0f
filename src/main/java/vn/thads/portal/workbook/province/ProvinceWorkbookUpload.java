package vn.thads.portal.workbook.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.workbook.ReturnWorkbooks;
import vn.thads.portal.workbook.SafeWorkbooks;

/**
 * Takes in a province's month from one workbook. The dry run opens the file safely
 * ({@link SafeWorkbooks}), reads it in either layout and compares it with what is saved;
 * the confirm does the dry run again and saves every changed return exactly as a
 * {@code PUT} does ({@link ReturnEntry}: scope, period, range, status and version rules),
 * entered on the office's behalf by the province's officer and recorded in each return's
 * history with the file's name and SHA-256 checksum. One transaction: any error anywhere,
 * found by the dry run or by a save (someone saving one of the returns meanwhile), and
 * nothing is saved.
 */
@Service
@Transactional
public class ProvinceWorkbookUpload {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ProvinceOffices offices;

	private final SafeWorkbooks files;

	private final ProvinceWorkbooks workbooks;

	private final ProvinceCheck check;

	private final ReturnEntry entry;

	private final MessageSource messages;

	ProvinceWorkbookUpload(ProvinceOffices offices, SafeWorkbooks files, ProvinceWorkbooks workbooks,
			ProvinceCheck check, ReturnEntry entry, MessageSource messages) {
		this.offices = offices;
		this.files = files;
		this.workbooks = workbooks;
		this.check = check;
		this.entry = entry;
		this.messages = messages;
	}

	/**
	 * What the file would do to each of the province's returns; nothing is saved.
	 * @throws org.springframework.security.access.AccessDeniedException (403) unless the
	 * user is an officer of the province, before the file is opened
	 * @throws vn.thads.portal.workbook.WorkbookRefusedException when the file is not
	 * opened at all (too large, not an XLSX, macros, …)
	 */
	@Transactional(readOnly = true)
	public ProvinceUpload dryRun(PortalUser user, String provinceCode, String periodCode, byte[] content,
			String filename) {
		ProvinceMonth month = this.offices.forUpload(user, provinceCode, periodCode);
		ProvinceWorkbooks.Read read;
		try (XSSFWorkbook workbook = this.files.open(content)) {
			read = this.workbooks.read(workbook, month);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.check.check(user, month, read.uploads(), read.problems(), filename, ReturnWorkbooks.sha256(content),
				read.layout());
	}

	/**
	 * Saves every changed return of the file, all or nothing.
	 * @param seen the version of each return the user saw in the dry run they confirm, by
	 * agency code; null to save against the versions the file was downloaded at (the
	 * API), or the version saved now for a return the file gives none for
	 * @throws ProvinceRefusedException (422) with the dry run when an error stops it
	 * @throws org.springframework.dao.OptimisticLockingFailureException (409) when one of
	 * the returns was saved by someone else in between
	 */
	public ProvinceSaved confirm(PortalUser user, String provinceCode, String periodCode, byte[] content,
			String filename, Map<String, Long> seen) {
		ProvinceUpload upload = dryRun(user, provinceCode, periodCode, content, filename);
		if (upload.hasErrors()) {
			throw new ProvinceRefusedException(upload);
		}
		List<ReturnView> saved = new ArrayList<>();
		String province = upload.month().province().code();
		for (OfficeResult office : upload.changed()) {
			String code = office.agency().code();
			Long against = (seen != null) ? seen.get(code)
					: (office.fileVersion() != null) ? office.fileVersion() : office.savedVersion();
			String source = this.messages.getMessage("workbook.province.audit",
					new Object[] { code, province, filename, upload.checksum() }, VIETNAMESE);
			saved.add(this.entry.save(user, code, periodCode, against, office.uploaded(), true, source));
		}
		return new ProvinceSaved(upload, saved);
	}

}
