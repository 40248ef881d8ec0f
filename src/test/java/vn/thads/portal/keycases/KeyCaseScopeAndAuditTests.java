package vn.thads.portal.keycases;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Who sees and does what in the register (issue 15, item 6), and the parties' names: out
 * of the API, the pages and the CSV unless asked for, every such request audited.
 */
@FullStack
class KeyCaseScopeAndAuditTests {

	static final String DEBTOR = "Trần Thị Đương Sự";

	static final String CREDITOR = "Ngân hàng Thử Nghiệm";

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	KeyCaseRegister register;

	@Autowired
	KeyCaseOverview overview;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	AgencyRef province;

	AgencyRef unit;

	AgencyRef sibling;

	String officer;

	String siblingOfficer;

	String leader;

	long caseId;

	@BeforeEach
	void register() {
		this.province = this.testAgencies.province();
		this.unit = this.testAgencies.local(this.province);
		this.sibling = this.testAgencies.local(this.province);
		this.officer = this.testAgencies.officer(this.unit);
		this.siblingOfficer = this.testAgencies.officer(this.sibling);
		this.leader = this.testAgencies.leader(this.province);
		this.caseId = this.register.create(user(this.officer), this.unit.code(), entry("12/QĐ-THA", "8000000"));
	}

	static KeyCaseEntry entry(String number, String amount) {
		return new KeyCaseEntry(number, "2026-03-02", "2026-03-01", "TIN_DUNG_NGAN_HANG", DEBTOR, CREDITOR, amount,
				"1000000", null, null, "Kê biên tài sản", "2026-12-15", null, "Lê Văn Chấp");
	}

	static PortalUser user(String username) {
		return (PortalUser) DemoPrincipals.load(username);
	}

	@Test
	void theLeaderAboveSeesTheUnitsCasesWithoutNamesAndTheSiblingUnitIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/key-cases").param("agency", this.province.code()).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].agencyCode").value(this.unit.code()))
			.andExpect(jsonPath("$[0].decisionNumber").value("12/QĐ-THA"))
			.andExpect(jsonPath("$[0].amount").value(8000000))
			.andExpect(jsonPath("$[0].collected").value(1000000))
			.andExpect(jsonPath("$[0].category").value("TIN_DUNG_NGAN_HANG"))
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andExpect(jsonPath("$[0].nextStepDue").value("2026-12-15"))
			.andExpect(jsonPath("$[0].debtorName").doesNotExist())
			.andExpect(jsonPath("$[0].creditorName").doesNotExist());
		this.mvc.perform(get("/api/v1/key-cases").param("agency", this.unit.code()).with(basic(this.siblingOfficer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/key-cases").param("agency", "NOSUCH").with(basic(this.siblingOfficer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/key-cases/" + this.caseId).with(session(this.siblingOfficer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/key-cases").param("agency", this.sibling.code()).with(basic(this.siblingOfficer)))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(accesses()).isEmpty();
	}

	@Test
	void namesAskedForThroughTheApiAreGivenAndAudited() throws Exception {
		this.mvc
			.perform(get("/api/v1/key-cases").param("agency", this.province.code())
				.param("withNames", "true")
				.with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].debtorName").value(DEBTOR))
			.andExpect(jsonPath("$[0].creditorName").value(CREDITOR));
		assertThat(accesses()).containsExactly(Map.of("username", this.leader, "action", "API_NAMES", "agency_code",
				this.province.code(), "row_count", 1));
	}

	@Test
	void theCsvHoldsNoNameUnlessAskedAndEveryExportIsAudited() throws Exception {
		String plain = csv(false);
		assertThat(plain).startsWith("\uFEFF")
			.contains("12/QĐ-THA")
			.contains("8000000")
			.doesNotContain(DEBTOR)
			.doesNotContain(CREDITOR)
			.doesNotContain("Người phải thi hành án");
		String named = csv(true);
		assertThat(named).contains(DEBTOR).contains(CREDITOR).contains("Người phải thi hành án");
		assertThat(accesses()).extracting((row) -> row.get("action")).containsExactly("EXPORT", "EXPORT_NAMES");
	}

	@Test
	void theCasePageHidesTheNamesUntilShownAndAuditsTheShowing() throws Exception {
		String page = this.mvc.perform(get("/key-cases/" + this.caseId).with(session(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("12/QĐ-THA").contains("Hiện tên đương sự").doesNotContain(DEBTOR);
		String register = this.mvc
			.perform(get("/key-cases").param("agency", this.province.code()).with(session(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(register).contains("12/QĐ-THA").doesNotContain(DEBTOR);
		assertThat(accesses()).isEmpty();
		String shown = this.mvc
			.perform(post("/key-cases/" + this.caseId + "/names").with(session(this.leader)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains(DEBTOR).contains(CREDITOR);
		assertThat(accesses()).containsExactly(Map.of("username", this.leader, "action", "VIEW_NAMES", "agency_code",
				this.unit.code(), "row_count", 1));
	}

	@Test
	void officersKeepTheirCasesAndLeadersInstructButNotTheOtherWayRound() {
		PortalUser officer = user(this.officer);
		PortalUser leader = user(this.leader);
		long version = this.register.get(officer, this.caseId).version();
		KeyCaseEntry progress = entry(null, "8000000");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.update(leader, this.caseId, version, progress));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.update(user(this.siblingOfficer), this.caseId, version, progress));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.instruct(officer, this.caseId, "2026-10", "Làm ngay", null));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.flag(officer, this.caseId, true));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.create(leader, this.unit.code(), entry("13/QĐ-THA", "9000000")));
		long instruction = this.register.instruct(leader, this.caseId, "2026-10", "Báo cáo kết quả kê biên",
				"2026-11-15");
		this.register.flag(leader, this.caseId, true);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.register.followUp(leader, this.caseId, instruction, "Đã xong", true));
		this.register.followUp(officer, this.caseId, instruction, "Đã kê biên nhà đất", true);
		KeyCaseRow row = this.register.get(leader, this.caseId);
		assertThat(row.reasons()).contains(KeyCaseReason.FLAGGED, KeyCaseReason.LARGE_VALUE, KeyCaseReason.CATEGORY);
		assertThat(row.instructions()).singleElement().satisfies((i) -> {
			assertThat(i.givenBy()).isEqualTo(this.leader);
			assertThat(i.followUp()).isEqualTo("Đã kê biên nhà đất");
			assertThat(i.doneOn()).isEqualTo(KeyCaseRulesTests.TODAY);
		});
		List<MeetingInstruction> october = this.overview.instructionsAt(this.province.id(),
				java.time.YearMonth.of(2026, 10));
		assertThat(october).singleElement().satisfies((m) -> {
			assertThat(m.decisionNumber()).isEqualTo("12/QĐ-THA");
			assertThat(m.outstanding()).isEqualTo(7_000_000);
		});
		assertThat(this.overview.openCases(this.province.id())).extracting(OpenKeyCase::outstanding)
			.containsExactly(7_000_000L);
		assertThat(this.overview.openCases(this.sibling.id())).isEmpty();
	}

	private String csv(boolean withNames) throws Exception {
		byte[] body = this.mvc
			.perform(get("/key-cases/export.csv").param("agency", this.province.code())
				.param("withNames", Boolean.toString(withNames))
				.with(session(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new String(body, StandardCharsets.UTF_8);
	}

	private List<Map<String, Object>> accesses() {
		return this.jdbc.queryForList("""
				select username, action, agency_code, row_count from key_case_access
				where agency_code in (?, ?) order by id""", this.province.code(), this.unit.code());
	}

}
