package vn.thads.portal.returns.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.returns.AdminJudgmentLine;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.ComplaintLine;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.StoredReturn;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.shared.CsvExport;
import vn.thads.portal.shared.CsvFiles;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Every companion form in the exchange file (issue 14 item 5): the entered lines of the
 * complaints and denunciations and of the administrative judgments are columns
 * ({@code complaints.complaintsReceived}, {@code adminJudgments.carriedOver}) beside the
 * reception's, exported, imported back with the entry page's rules, in the JSON as an
 * object per form; a file without them (made before) keeps the stored ones.
 */
@FullStack
class ExchangeCompanionsTests {

	/** The December row's complaints and administrative judgments, by column. */
	static final Map<String, String> DECEMBER = Map.of("complaints.complaintsReceived", "20",
			"complaints.complaintsCompetent", "12", "complaints.complaintsResolved", "5",
			"complaints.denunciationsReceived", "4", "complaints.denunciationsCompetent", "3",
			"complaints.denunciationsResolved", "1", "adminJudgments.received", "9", "adminJudgments.completed", "4");

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	ReturnArchive archive;

	@Autowired
	ReturnHistory history;

	@Autowired
	ReportingCalendar calendar;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
	}

	HistoryFile quarter() {
		HistoryFile file = new HistoryFile();
		for (int k = 0; k < 3; k++) {
			file.add(this.units.province(), List.of("2020-10", "2020-11", "2020-12").get(k), HistoryFile.figures(k));
		}
		return file;
	}

	ResultActions importCsv(byte[] csv) throws Exception {
		return this.mvc.perform(post("/api/v1/returns/import").param("dryRun", "false")
			.param("filename", "lich-su.csv")
			.with(basic("admin"))
			.contentType("text/csv")
			.content(csv));
	}

	ResultActions export(String format, String from, String to) throws Exception {
		return this.mvc.perform(get("/api/v1/returns/export").param("agency", this.units.province())
			.param("from", from)
			.param("to", to)
			.param("format", format)
			.with(basic("admin")));
	}

	byte[] exportCsv() throws Exception {
		return export("csv", "2020-10", "2021-09").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	StoredReturn saved(String period) {
		long id = this.directory.getByCode(this.units.province()).id();
		return this.archive.find(List.of(id), this.calendar.parse(period), this.calendar.parse(period)).get(0);
	}

	/**
	 * The file with, on the row of {@code period}, the cells of {@code cells} set, and
	 * without the columns whose names start with one of {@code dropped}.
	 */
	static byte[] edited(byte[] csv, String period, Map<String, String> cells, List<String> dropped) {
		List<List<String>> records = CsvFiles.records(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""));
		List<String> header = records.get(0);
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			int column = i;
			if (dropped.stream().noneMatch((prefix) -> header.get(column).startsWith(prefix))) {
				kept.add(i);
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			List<String> row = new ArrayList<>(record);
			if (row.get(header.indexOf("period")).equals(period)) {
				cells.forEach((column, value) -> row.set(header.indexOf(column), value));
			}
			rows.add(kept.stream().map(row::get).toList());
		}
		return CsvExport.write(kept.stream().map(header::get).toList(), rows);
	}

	@Test
	void theCompanionFormsGoOutAndComeBackAndAnOldFileKeepsThem() throws Exception {
		importCsv(quarter().csv()).andExpect(status().isOk()).andExpect(jsonPath("$.new").value(3));
		byte[] exported = exportCsv();
		List<String> header = CsvFiles.records(new String(exported, StandardCharsets.UTF_8).replace("\uFEFF", ""))
			.get(0);
		// every form's entered lines after the reception's, in form order; no derived
		// line
		assertThat(header.subList(header.indexOf("reception.visits"), header.size())).containsExactly(
				"reception.visits", "reception.people", "reception.leaderVisits", "reception.leaderPeople",
				"reception.judgmentsReceived", "complaints.complaintsReceived", "complaints.complaintsCompetent",
				"complaints.complaintsResolved", "complaints.denunciationsReceived",
				"complaints.denunciationsCompetent", "complaints.denunciationsResolved", "adminJudgments.carriedOver",
				"adminJudgments.received", "adminJudgments.completed");

		byte[] file = edited(exported, "2020-12", DECEMBER, List.of());
		importCsv(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		StoredReturn december = saved("2020-12");
		assertThat(december.figures().companion(CompanionForm.COMPLAINTS).byCode())
			.containsEntry("complaintsReceived", 20L)
			.containsEntry("complaintsOutstanding", 7L)
			.containsEntry("denunciationsOutstanding", 2L);
		assertThat(december.figures().companion(CompanionForm.ADMIN_JUDGMENTS).get(AdminJudgmentLine.TOTAL))
			.isEqualTo(9);
		assertThat(this.history.of(TestUnits.user("admin"), this.units.province(), "2020-12").entries()).last()
			.satisfies((e) -> assertThat(e.changes()).extracting((c) -> c.field())
				.contains("complaints.complaintsReceived", "adminJudgments.completed"));

		// the same file again, and the export again, change nothing
		importCsv(file).andExpect(jsonPath("$.changed").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		importCsv(exportCsv()).andExpect(jsonPath("$.changed").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		// the JSON: an object per form, as in the API
		export("json", "2020-12", "2020-12").andExpect(jsonPath("$[0].complaints.complaintsReceived").value(20))
			.andExpect(jsonPath("$[0].complaints.denunciationsResolved").value(1))
			.andExpect(jsonPath("$[0].adminJudgments.received").value(9))
			.andExpect(jsonPath("$[0].reception.visits").value(0))
			.andExpect(jsonPath("$[0].companions").doesNotExist());

		// the old file (no companion column) and a file with the reception only (made
		// before issue 14 item 5) are read, and keep the other forms
		importCsv(quarter().csv()).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.unchanged").value(3));
		importCsv(edited(exportCsv(), "2020-12", Map.of("reception.visits", "3", "reception.people", "3"),
				List.of("complaints.", "adminJudgments.")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.changed").value(1));
		assertThat(saved("2020-12").figures()).satisfies((f) -> {
			assertThat(f.receptionOrZero().visits()).isEqualTo(3);
			assertThat(f.companion(CompanionForm.COMPLAINTS))
				.isEqualTo(december.figures().companion(CompanionForm.COMPLAINTS));
			assertThat(f.companion(CompanionForm.ADMIN_JUDGMENTS))
				.isEqualTo(december.figures().companion(CompanionForm.ADMIN_JUDGMENTS));
		});
	}

	@Test
	void aPartAboveItsWholeIsAnErrorOnItsColumn() throws Exception {
		importCsv(quarter().csv()).andExpect(status().isOk());
		importCsv(edited(exportCsv(), "2020-11",
				Map.of("complaints.complaintsReceived", "5", "complaints.complaintsCompetent", "4",
						"complaints.complaintsResolved", "6"),
				List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", hasItem("complaints.complaintsResolved")));
		assertThat(
				saved("2020-11").figures().companion(CompanionForm.COMPLAINTS).get(ComplaintLine.COMPLAINTS_RECEIVED))
			.isZero();
	}

}
