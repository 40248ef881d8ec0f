package vn.thads.portal.browser;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's month in Excel: download the return from the entry page, type a figure
 * with a typo, upload it; the dry run names the cell and the page's message, offers no
 * confirmation, and nothing is saved; the corrected file is then confirmed.
 */
@InBrowser
class WorkbookBrowserTests {

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnBook book;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		Figures cases = Figures.ZERO.with(FormColumn.CARRIED_OVER, 20).with(FormColumn.IN_PROGRESS, 20);
		this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), "2020-09", null,
				new ReturnFigures(cases, Figures.ZERO));
	}

	@Test
	void anOfficerUploadsAWorkbookWithATypoAndSeesTheCell(Browser.Session session, @TempDir Path dir) throws Exception {
		Page page = session.signIn(this.units.officer(), "demo");
		page.navigate("/returns/" + this.units.province() + "/2020-09");
		Download download = page.waitForDownload(() -> page.click("#workbook-download"));
		assertThat(download.suggestedFilename()).isEqualTo("bao-cao-" + this.units.province() + "-2020-09.xlsx");
		Path downloaded = dir.resolve("downloaded.xlsx");
		download.saveAs(downloaded);
		// row 9 is "Tính bằng việc"; column L is (11) G4, "Đang thi hành"
		Path typo = dir.resolve("thang-9.xlsx");
		Files.write(typo, edited(downloaded, "12a"));
		page.setInputFiles("#workbook-file", typo);
		page.click("#workbook-check");
		assertThat(page.locator("#workbook-errors li").first())
			.hasText(Pattern.compile("^Ô L9: “12a” không phải là số.*"));
		assertThat(page.locator("#workbook-blocked")).isVisible();
		assertThat(page.locator("#workbook-confirm")).hasCount(0);
		assertThat(inProgress()).as("nothing saved").isEqualTo(20);
		// back on the entry page, the saved figures are as they were
		page.click("#workbook-cancel button");
		assertThat(page).hasURL(Pattern.compile(".*/returns/" + this.units.province() + "/2020-09$"));
		assertThat(page.locator("#cases-inProgress")).hasValue("20");
		// the corrected file is checked and saved
		Path fixed = dir.resolve("thang-9-sua.xlsx");
		Files.write(fixed, edited(downloaded, "1 234"));
		page.setInputFiles("#workbook-file", fixed);
		page.click("#workbook-check");
		assertThat(page.locator("#workbook-changes tbody tr")).hasCount(1);
		assertThat(page.locator("#workbook-changes tbody tr")).containsText("1.234");
		page.click("#workbook-confirm button");
		assertThat(page).hasURL(Pattern.compile(".*/returns/" + this.units.province() + "/2020-09$"));
		assertThat(page.locator(".alert-success")).containsText("thang-9-sua.xlsx");
		assertThat(inProgress()).isEqualTo(1234);
	}

	private static byte[] edited(Path xlsx, String typed) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(8).getCell(11).setCellValue(typed);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long inProgress() {
		return this.book.open(TestUnits.user(this.units.officer()), this.units.province(), "2020-09")
			.figures()
			.cases()
			.inProgress();
	}

}
