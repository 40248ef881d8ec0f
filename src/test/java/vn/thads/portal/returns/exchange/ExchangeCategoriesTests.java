package vn.thads.portal.returns.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.ReturnFigures;
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
 * The categories and the citizen reception in the exchange file (issue 14 item 5):
 * exported as their own columns, imported back when present, and a file without them
 * (made before) still imported, leaving the stored ones as they are.
 */
@FullStack
class ExchangeCategoriesTests {

	static final String BANK = "TIN_DUNG_NGAN_HANG";

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

	/** The old-format file (main forms only): three months of the province. */
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

	byte[] export(String format) throws Exception {
		return this.mvc
			.perform(get("/api/v1/returns/export").param("agency", this.units.province())
				.param("from", "2020-10")
				.param("to", "2021-09")
				.param("format", format)
				.with(basic("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	StoredReturn saved(String period) {
		long id = this.directory.getByCode(this.units.province()).id();
		return this.archive.find(List.of(id), this.calendar.parse(period), this.calendar.parse(period)).get(0);
	}

	/**
	 * The exported file with, on the row of {@code period}, bank credit set to
	 * {@code bank} and the reception to {@code reception}.
	 */
	static byte[] edited(byte[] csv, String period, ReturnFigures bank, Reception reception) {
		List<List<String>> records = CsvFiles.records(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""));
		List<String> header = records.get(0);
		List<List<String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			List<String> row = new ArrayList<>(record);
			if (row.get(header.indexOf("period")).equals(period)) {
				for (ReturnFile.Figure f : ReturnFile.FIGURES) {
					row.set(header.indexOf("categories." + BANK + "." + f.name()),
							Long.toString(bank.of(f.form()).get(f.column())));
				}
				row.set(header.indexOf("reception.visits"), Long.toString(reception.visits()));
				row.set(header.indexOf("reception.people"), Long.toString(reception.people()));
				row.set(header.indexOf("reception.leaderVisits"), Long.toString(reception.leaderVisits()));
				row.set(header.indexOf("reception.leaderPeople"), Long.toString(reception.leaderPeople()));
				row.set(header.indexOf("reception.judgmentsReceived"), Long.toString(reception.judgmentsReceived()));
			}
			rows.add(row);
		}
		return CsvExport.write(header, rows);
	}

	@Test
	void categoriesAndReceptionGoOutAndComeBackAndAnOldFileKeepsThem() throws Exception {
		importCsv(quarter().csv()).andExpect(status().isOk()).andExpect(jsonPath("$.new").value(3));
		byte[] exported = export("csv");
		String text = new String(exported, StandardCharsets.UTF_8);
		List<String> header = CsvFiles.records(text.replace("\uFEFF", "")).get(0);
		assertThat(header).contains("categories." + BANK + ".cases.completed",
				"categories.THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE.money.other", "reception.visits",
				"reception.judgmentsReceived");
		assertThat(header).doesNotContain("categories." + BANK + ".cases.reduced",
				"categories." + BANK + ".cases.resolved");

		// bank credit a part of the main forms; the reception of seed 003
		ReturnFigures bank = HistoryFile.figures(0);
		Reception reception = new Reception(191, 195, 135, 139, 9838);
		byte[] file = edited(exported, "2020-12", bank, reception);
		importCsv(file).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.unchanged").value(2));
		StoredReturn december = saved("2020-12");
		assertThat(december.figures().category(BANK)).isEqualTo(bank);
		assertThat(december.figures().reception()).isEqualTo(reception);
		assertThat(this.history.of(TestUnits.user("admin"), this.units.province(), "2020-12").entries()).last()
			.satisfies((e) -> assertThat(e.changes()).extracting((c) -> c.field())
				.contains("categories." + BANK + ".cases.completed", "reception.visits"));

		// the same file again, and the export again, change nothing
		importCsv(file).andExpect(jsonPath("$.changed").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		importCsv(export("csv")).andExpect(jsonPath("$.changed").value(0)).andExpect(jsonPath("$.unchanged").value(3));
		this.mvc
			.perform(get("/api/v1/returns/export").param("agency", this.units.province())
				.param("from", "2020-12")
				.param("to", "2020-12")
				.param("format", "json")
				.with(basic("admin")))
			.andExpect(jsonPath("$[0].categories." + BANK + ".cases.completed").value(30))
			.andExpect(jsonPath("$[0].categories." + BANK + ".money.reduced").value(2))
			.andExpect(jsonPath("$[0].reception.leaderPeople").value(139));

		// the old file (no such columns) is still read, and keeps them
		importCsv(quarter().csv()).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.unchanged").value(3));
		assertThat(saved("2020-12").figures().category(BANK)).isEqualTo(bank);
		assertThat(saved("2020-12").figures().reception()).isEqualTo(reception);
	}

	@Test
	void aNewReturnImportedWithItsCategoriesRecordsThemInItsCreatedEvent() throws Exception {
		importCsv(quarter().csv()).andExpect(status().isOk());
		// a fourth month: the export's December row, moved on, with categories
		byte[] exported = edited(export("csv"), "2020-12", HistoryFile.figures(0), new Reception(10, 12, 3, 3, 40));
		String text = new String(exported, StandardCharsets.UTF_8);
		String january = Arrays.stream(text.split("\r\n"))
			.filter((l) -> l.contains(",2020-12,"))
			.findFirst()
			.orElseThrow()
			.replace(",2020-12,", ",2021-01,");
		byte[] file = (text + january + "\r\n").getBytes(StandardCharsets.UTF_8);
		importCsv(file).andExpect(status().isOk()).andExpect(jsonPath("$.new").value(1));
		assertThat(saved("2021-01").figures().category(BANK)).isEqualTo(HistoryFile.figures(0));
		assertThat(saved("2021-01").figures().reception().visits()).isEqualTo(10);
		assertThat(
				this.history.of(TestUnits.user("admin"), this.units.province(), "2021-01").entries().get(0).changes())
			.extracting((c) -> c.field())
			.contains("cases.newlyAccepted", "categories." + BANK + ".cases.completed", "reception.visits");
	}

	@Test
	void aCategoryFigureAboveTheMainFormsIsAnErrorOnItsColumn() throws Exception {
		importCsv(quarter().csv()).andExpect(status().isOk());
		ReturnFigures above = new ReturnFigures(HistoryFile.figures(2)
			.cases()
			.with(vn.thads.portal.returns.FormColumn.CARRIED_OVER, 1000)
			.with(vn.thads.portal.returns.FormColumn.WITHOUT_CONDITIONS, 940), HistoryFile.figures(0).money());
		importCsv(edited(export("csv"), "2020-11", above, new Reception(1, 1, 0, 0, 0)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", hasItem("categories." + BANK + ".cases.carriedOver")));
		assertThat(saved("2020-11").figures().categories()).isEmpty();
	}

}
