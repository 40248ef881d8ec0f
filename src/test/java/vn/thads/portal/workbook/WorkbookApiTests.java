package vn.thads.portal.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * A return as a workbook through the API (api.md, "A return as a workbook"): the round
 * trip, an edit saved exactly as a {@code PUT} (status kept, history with the file's name
 * and checksum), a stale workbook, scope and content types.
 */
@FullStack
class WorkbookApiTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String FIGURES = """
			{"cases": {"carriedOver": 7776, "newlyAccepted": 12576, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": 5705, "completed": 12056, "terminated": 174, "inProgress": 2417,
			 "postponed": 0, "suspended": 0, "other": 0},
			 "money": {"carriedOver": 1000000000, "newlyAccepted": 2478152572, "entrusted": 73086304, "withdrawn": 0,
			 "withoutConditions": 1389178709, "completed": 1165081049, "terminated": 0, "reduced": 0,
			 "inProgress": 850806510, "postponed": 0, "suspended": 0, "other": 0}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnSheetReader reader;

	@Autowired
	JdbcTemplate jdbc;

	TestUnits units;

	String url;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
	}

	private void saveByPut(String version) throws Exception {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		this.mvc
			.perform(put(this.url).with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{" + v + FIGURES.substring(1)))
			.andExpect(status().isOk());
	}

	byte[] download(String user) throws Exception {
		return this.mvc.perform(get(this.url + "/workbook").with(basic(user)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	ResultActions upload(byte[] xlsx, String query) throws Exception {
		return this.mvc.perform(
				post(this.url + "/workbook" + query).with(basic(this.units.officer())).contentType(XLSX).content(xlsx));
	}

	/**
	 * The cell of a field in a downloaded workbook ({@code H9}), as the reader finds it.
	 */
	String cellOf(byte[] xlsx, String field) {
		String[] ref = new String[1];
		TestWorkbooks.edit(xlsx, (wb) -> ref[0] = this.reader.read(TestWorkbooks.returnSheet(wb)).cell(field));
		return ref[0];
	}

	byte[] withCell(byte[] xlsx, String field, Object value) {
		String ref = cellOf(xlsx, field);
		return TestWorkbooks.edit(xlsx, (wb) -> {
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			if (value instanceof Number n) {
				TestWorkbooks.cell(sheet, ref).setCellValue(n.doubleValue());
			}
			else {
				TestWorkbooks.cell(sheet, ref).setCellValue(String.valueOf(value));
			}
		});
	}

	@Test
	void anUnchangedWorkbookUploadedBackChangesNothing() throws Exception {
		saveByPut(null);
		byte[] xlsx = download(this.units.officer());
		upload(xlsx, "?dryRun=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(0)))
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.versionChanged").value(false))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.derived.cases.completionRate").value(83.50));
	}

	@Test
	void anEditedCellIsListedThenSavedAsAPutWithTheFileInTheHistory() throws Exception {
		saveByPut(null);
		byte[] xlsx = withCell(download(this.units.officer()), "cases.completed", 12100);
		String cell = cellOf(xlsx, "cases.completed");
		upload(xlsx, "?dryRun=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(1)))
			.andExpect(jsonPath("$.changes[0].field").value("cases.completed"))
			.andExpect(jsonPath("$.changes[0].from").value(12056))
			.andExpect(jsonPath("$.changes[0].to").value(12100))
			// F = G + H no longer holds: the entry page's error, on the cell of H
			.andExpect(jsonPath("$.errors[0].field").value("cases.withoutConditions"))
			.andExpect(jsonPath("$.errors[0].cell").value(cellOf(xlsx, "cases.withoutConditions")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Ô " + cellOf(xlsx, "cases.withoutConditions"))));
		assertThat(cell).isNotNull();
		assertThat(figure("cases_completed")).as("a dry run saves nothing").isEqualTo(12056);
		upload(xlsx, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.cases.completed").value(12100))
			.andExpect(jsonPath("$.errors", hasSize(1)));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(jsonPath("$[1].action").value("SAVED"))
			.andExpect(jsonPath("$[1].comment", startsWith("Nhập từ tệp Excel “api-upload.xlsx” (SHA-256: ")))
			.andExpect(jsonPath("$[1].comment", containsString(ReturnWorkbooks.sha256(xlsx))))
			.andExpect(jsonPath("$[1].changes[0].field").value("cases.completed"));
	}

	@Test
	void aNewReturnIsDownloadedEmptyAndCreatedAsADraft() throws Exception {
		byte[] xlsx = withCell(download(this.units.officer()), "money.carriedOver", 5);
		upload(xlsx, "?dryRun=true").andExpect(jsonPath("$.version").isEmpty())
			.andExpect(jsonPath("$.versionChanged").value(false))
			.andExpect(jsonPath("$.changes", hasSize(1)));
		upload(xlsx, "?filename=thang9.xlsx").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.money.carriedOver").value(5));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[0].comment", startsWith("Nhập từ tệp Excel “thang9.xlsx”")));
	}

	@Test
	void aReturnedReturnStaysReturned() throws Exception {
		saveByPut(null);
		this.mvc
			.perform(post(this.url + "/submit").with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"explanation\": \"giải trình\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(this.url + "/return").with(basic(this.units.leader()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"comment\": \"sai số\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		byte[] submittedThenReturned = download(this.units.officer());
		byte[] xlsx = withCell(submittedThenReturned, "cases.withoutConditions", 5749);
		upload(xlsx, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.cases.withoutConditions").value(5749));
	}

	@Test
	void aSubmittedReturnCannotBeChangedByAWorkbook() throws Exception {
		saveByPut(null);
		byte[] xlsx = withCell(download(this.units.officer()), "cases.other", 1);
		this.mvc
			.perform(post(this.url + "/submit").with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"explanation\": \"giải trình\"}"))
			.andExpect(status().isOk());
		upload(xlsx, "?dryRun=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.versionChanged").value(true))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(xlsx, "?dryRun=true").andExpect(jsonPath("$.canConfirm").value(false));
		// as a PUT of a submitted return: 409
		upload(xlsx, "?version=1").andExpect(status().isConflict());
		assertThat(figure("cases_other")).isZero();
	}

	@Test
	void aStaleWorkbookSaysSoAndShowsBoth() throws Exception {
		saveByPut(null);
		byte[] xlsx = withCell(download(this.units.officer()), "cases.postponed", 3);
		// someone saves in between: 12056 → 12000 completed
		this.mvc
			.perform(put(this.url).with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, " + FIGURES.substring(1).replace("12056", "12000")))
			.andExpect(status().isOk());
		upload(xlsx, "?dryRun=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.versionChanged").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedSince[0].field").value("cases.completed"))
			.andExpect(jsonPath("$.changedSince[0].from").value(12056))
			.andExpect(jsonPath("$.changedSince[0].to").value(12000))
			// saved now → in the file: both figures
			.andExpect(jsonPath("$.changes[?(@.field == 'cases.completed')].from").value(12000))
			.andExpect(jsonPath("$.changes[?(@.field == 'cases.completed')].to").value(12056));
		// as a stale PUT: 409 with the return now, nothing saved
		upload(xlsx, "").andExpect(status().isConflict()).andExpect(jsonPath("$.current.version").value(1));
		assertThat(figure("cases_postponed")).isZero();
		// overwriting knowingly: against the version the dry run showed
		upload(xlsx, "?version=1").andExpect(status().isOk()).andExpect(jsonPath("$.cases.postponed").value(3));
	}

	@Test
	void aTypoIsAnErrorOnItsCellAndNothingIsSaved() throws Exception {
		saveByPut(null);
		byte[] xlsx = withCell(download(this.units.officer()), "cases.inProgress", "12a");
		String cell = cellOf(xlsx, "cases.inProgress");
		upload(xlsx, "?dryRun=true").andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].cell").value(cell))
			.andExpect(jsonPath("$.errors[0].field").value("cases.inProgress"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Ô " + cell + ": “12a” không phải là số")));
		upload(xlsx, "").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].cell").value(cell));
		assertThat(figure("cases_in_progress")).isEqualTo(2417);
		assertThat(version()).isZero();
	}

	@Test
	void onlyThoseWhoMayPutMayUpload() throws Exception {
		saveByPut(null);
		byte[] xlsx = download(this.units.officer());
		// the leader of the province may read, not enter
		download(this.units.leader());
		this.mvc.perform(post(this.url + "/workbook").with(basic(this.units.leader())).contentType(XLSX).content(xlsx))
			.andExpect(status().isForbidden());
		// another province's leader and a district's officer see nothing of it
		this.mvc.perform(get(this.url + "/workbook").with(basic(this.units.otherLeader())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.url + "/workbook?dryRun=true").with(basic(this.units.districtOfficer()))
				.contentType(XLSX)
				.content(xlsx))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.url + "/workbook").contentType(XLSX).content(xlsx))
			.andExpect(status().isUnauthorized());
		// no return and no right to create one: 404
		this.mvc
			.perform(get("/api/v1/returns/" + this.units.province() + "/2020-08/workbook")
				.with(basic(this.units.leader())))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAnXlsxBodyIsTaken() throws Exception {
		byte[] xlsx = download(this.units.officer());
		for (String type : new String[] { "application/json", "multipart/form-data; boundary=x", "text/plain",
				"application/octet-stream" }) {
			this.mvc
				.perform(post(this.url + "/workbook?dryRun=true").with(basic(this.units.officer()))
					.contentType(type)
					.content(xlsx))
				.andExpect(status().isUnsupportedMediaType());
		}
	}

	private long figure(String column) {
		return this.jdbc.queryForObject(
				"select " + column + " from monthly_return where agency_id ="
						+ " (select id from agency where code = ?) and period = '2020-09-01'",
				Long.class, this.units.province());
	}

	private long version() {
		return figure("version");
	}

}
