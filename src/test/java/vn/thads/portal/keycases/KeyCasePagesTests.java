package vn.thads.portal.keycases;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.keycases.KeyCaseScopeAndAuditTests.entry;
import static vn.thads.portal.keycases.KeyCaseScopeAndAuditTests.user;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The register's pages: problems named on their field in Vietnamese with the input kept,
 * a stale save refused with the saved values shown, every change in the history, and the
 * nightly erasure of the parties' names.
 */
@FullStack
class KeyCasePagesTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	KeyCaseRegister register;

	@Autowired
	KeyCaseErasure erasure;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	AgencyRef unit;

	String officer;

	@BeforeEach
	void unit() {
		this.unit = this.testAgencies.local(this.testAgencies.province());
		this.officer = this.testAgencies.officer(this.unit);
	}

	@Test
	void aNewCaseWithMistakesIsShownAgainWithEachProblemOnItsField() throws Exception {
		String html = this.mvc
			.perform(post("/key-cases/new").with(session(this.officer))
				.with(csrf())
				.param("agency", this.unit.code())
				.param("decisionNumber", "")
				.param("decisionDate", "2026-02-30")
				.param("acceptedOn", "2027-01-01")
				.param("amount", "12,5 tỷ")
				.param("collected", "100")
				.param("debtorName", "Nguyễn Văn Giữ"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#decisionNumber-error").text()).isEqualTo("Chưa nhập.");
		assertThat(page.selectFirst("#decisionDate-error").text()).isEqualTo("Ngày không hợp lệ.");
		assertThat(page.selectFirst("#acceptedOn-error").text()).isEqualTo("Ngày không được sau hôm nay.");
		assertThat(page.selectFirst("#amount-error").text()).startsWith("Nhập số nguyên");
		assertThat(page.selectFirst("#amount").val()).isEqualTo("12,5 tỷ");
		assertThat(page.selectFirst("#debtorName").val()).isEqualTo("Nguyễn Văn Giữ");
	}

	@Test
	void aSmallRecentCaseInNoCategoryIsNotFollowed() throws Exception {
		String html = this.mvc
			.perform(post("/key-cases/new").with(session(this.officer))
				.with(csrf())
				.param("agency", this.unit.code())
				.param("decisionNumber", "5/QĐ-THA")
				.param("decisionDate", "2026-06-02")
				.param("acceptedOn", "2026-06-01")
				.param("amount", "4.999.999"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).selectFirst("#new-case-form .alert-danger").text())
			.contains("chưa thuộc diện theo dõi")
			.contains("5.000.000");
	}

	@Test
	void aStaleSaveIsRefusedWithTheSavedValuesAndEveryChangeIsInTheHistory() throws Exception {
		long id = this.register.create(user(this.officer), this.unit.code(), entry("7/QĐ-THA", "6000000"));
		long version = this.register.get(user(this.officer), id).version();
		this.mvc
			.perform(post("/key-cases/" + id).with(session(this.officer))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("amount", "6000000")
				.param("collected", "2500000")
				.param("status", "OPEN")
				.param("nextStep", "Bán đấu giá lần 2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/key-cases/" + id));
		String html = this.mvc
			.perform(post("/key-cases/" + id).with(session(this.officer))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("amount", "6000000")
				.param("collected", "3000000")
				.param("status", "OPEN"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.text()).contains("vừa được người khác cập nhật");
		assertThat(page.selectFirst("#conflict").text()).contains("2.500.000").contains("Bán đấu giá lần 2");
		assertThat(page.selectFirst("#collected").val()).isEqualTo("3000000");
		assertThat(page.select("#case-history tbody tr").text()).contains("1000000 → 2500000")
			.contains("Kê biên tài sản → Bán đấu giá lần 2");
		this.mvc
			.perform(post("/key-cases/" + id).with(session(this.officer))
				.with(csrf())
				.param("version", "abc")
				.param("amount", "1")
				.param("status", "OPEN"))
			.andExpect(status().isConflict());
		assertThat(this.register.get(user(this.officer), id).amount()).isEqualTo(6_000_000);
	}

	@Test
	void namesOfCasesClosedFiveYearsAgoAreErasedAndTheFiguresKept() {
		long old = closedCase("1/QĐ-THA", "2021-11-30");
		long recent = closedCase("2/QĐ-THA", "2021-12-01");
		assertThat(this.erasure.eraseExpiredNames()).isGreaterThanOrEqualTo(1);
		assertThat(names(old)).containsExactly(null, null);
		assertThat(names(recent)).containsExactly(KeyCaseScopeAndAuditTests.DEBTOR, KeyCaseScopeAndAuditTests.CREDITOR);
		KeyCaseRow erased = this.register.get(user(this.officer), old);
		assertThat(erased.namesErased()).isTrue();
		assertThat(erased.amount()).isEqualTo(6_000_000);
		assertThat(erased.collected()).isEqualTo(6_000_000);
		assertThat(this.register.history(user(this.officer), old)).extracting(KeyCaseChange::field)
			.contains("namesErased");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from key_case_change where case_id = ? and (old_value = ? " + "or new_value = ?)",
				Integer.class, old, KeyCaseScopeAndAuditTests.DEBTOR, KeyCaseScopeAndAuditTests.DEBTOR))
			.isZero();
	}

	private long closedCase(String number, String closedOn) {
		return this.register.create(user(this.officer), this.unit.code(),
				new KeyCaseEntry(number, "2019-05-03", "2019-05-02", null, KeyCaseScopeAndAuditTests.DEBTOR,
						KeyCaseScopeAndAuditTests.CREDITOR, "6000000", "6000000", "COMPLETED", closedOn, null, null,
						null, null));
	}

	private java.util.List<String> names(long id) {
		return this.jdbc.queryForObject("select debtor_name, creditor_name from key_case where id = ?",
				(rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)), id);
	}

}
