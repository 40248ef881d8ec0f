package vn.thads.portal.returns.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.returns.HistoryEntry;
import vn.thads.portal.returns.ReturnAction;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.returns.StoredReturn;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.shared.CsvFiles;
import vn.thads.portal.shared.Utf8Text;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Returns as a machine-readable file (docs/api.md): export, history import, the round
 * trip, scope, and safety of the cells; on the real database.
 */
@FullStack
class ReturnExchangeApiTests {

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
	ReturnEntry entry;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
	}

	/** Three months of stat year 2021 for the province and its district. */
	HistoryFile quarter() {
		HistoryFile file = new HistoryFile();
		for (String agency : List.of(this.units.province(), this.units.district())) {
			for (int k = 0; k < 3; k++) {
				file.add(agency, List.of("2020-10", "2020-11", "2020-12").get(k), HistoryFile.figures(k));
			}
		}
		return file;
	}

	ResultActions importCsv(byte[] csv, boolean dryRun) throws Exception {
		return this.mvc.perform(post("/api/v1/returns/import").param("dryRun", String.valueOf(dryRun))
			.param("filename", "lich-su.csv")
			.with(basic("admin"))
			.contentType("text/csv")
			.content(csv));
	}

	List<StoredReturn> saved(String... codes) {
		List<Long> ids = Arrays.stream(codes).map((c) -> this.directory.getByCode(c).id()).toList();
		return this.archive.find(ids, this.calendar.parse("2019-10"), this.calendar.parse("2026-10"));
	}

	long dataVersion() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

	byte[] export(String user, String agency, String format) throws Exception {
		return this.mvc
			.perform(get("/api/v1/returns/export").param("agency", agency)
				.param("from", "2020-10")
				.param("to", "2021-09")
				.param("format", format)
				.with(basic(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void aDryRunCountsAndWritesNothingThenTheImportWritesApprovedHistoryAudited() throws Exception {
		byte[] file = quarter().csv();
		importCsv(file, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.new").value(6))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(0))
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath("$.applied").value(false));
		assertThat(saved(this.units.province(), this.units.district())).isEmpty();

		long before = dataVersion();
		importCsv(file, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.new").value(6))
			.andExpect(jsonPath("$.applied").value(true));
		assertThat(dataVersion()).isGreaterThan(before);
		List<StoredReturn> saved = saved(this.units.province(), this.units.district());
		assertThat(saved).hasSize(6).allMatch((r) -> r.status() == ReturnStatus.APPROVED);
		assertThat(saved.get(0).figures()).isEqualTo(HistoryFile.figures(0));

		List<HistoryEntry> entries = this.history.of(TestUnits.user("admin"), this.units.district(), "2020-11")
			.entries();
		assertThat(entries).extracting(HistoryEntry::action)
			.containsExactly(ReturnAction.CREATED, ReturnAction.APPROVED);
		assertThat(entries).allSatisfy((e) -> {
			assertThat(e.user()).isEqualTo("admin");
			assertThat(e.comment()).contains("lich-su.csv").contains(HistoryImport.sha256(file));
		});
		assertThat(entries.get(0).changes()).anySatisfy((c) -> {
			assertThat(c.field()).isEqualTo("cases.newlyAccepted");
			assertThat(c.from()).isNull();
			assertThat(c.to()).isEqualTo(60);
		});
	}

	@Test
	void theSameFileTwiceAndTheExportImportedBackChangeNothing() throws Exception {
		byte[] file = quarter().csv();
		importCsv(file, false).andExpect(status().isOk()).andExpect(jsonPath("$.new").value(6));
		// a draft of the officer's beside the history: exported, and unchanged when
		// imported back (the status column is for people)
		this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), "2021-01", null,
				HistoryFile.figures(3));
		long version = dataVersion();
		List<StoredReturn> before = saved(this.units.province(), this.units.district());

		importCsv(file, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.new").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(6))
			.andExpect(jsonPath("$.applied").value(false));
		byte[] exported = export("admin", this.units.province(), "csv");
		importCsv(exported, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.new").value(0))
			.andExpect(jsonPath("$.changed").value(0))
			.andExpect(jsonPath("$.unchanged").value(7))
			.andExpect(jsonPath("$.errors", empty()));

		assertThat(dataVersion()).isEqualTo(version);
		assertThat(saved(this.units.province(), this.units.district())).isEqualTo(before);
	}

	@Test
	void aChangedFigureOfAnApprovedReturnIsSavedWithItsChangeAudited() throws Exception {
		importCsv(quarter().csv(), false).andExpect(status().isOk());
		// one more month and one correction: inProgress and withoutConditions moved
		// together keep F = G + H
		byte[] file = new HistoryFile().add(this.units.district(), "2020-12", HistoryFile.figures(2))
			.set("cases.inProgress", "51")
			.set("cases.withoutConditions", "39")
			.add(this.units.district(), "2021-01", HistoryFile.figures(3))
			.csv();
		importCsv(file, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.new").value(1))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.unchanged").value(0));
		List<HistoryEntry> entries = this.history.of(TestUnits.user("admin"), this.units.district(), "2020-12")
			.entries();
		HistoryEntry saved = entries.get(entries.size() - 1);
		assertThat(saved.action()).isEqualTo(ReturnAction.SAVED);
		assertThat(saved.changes()).extracting((c) -> c.field() + ":" + c.from() + "→" + c.to())
			.containsExactly("cases.inProgress:50→51", "cases.withoutConditions:40→39");
	}

	@Test
	void aBadRowRejectsTheWholeFileNamingLineColumnAndNumbers() throws Exception {
		HistoryFile file = quarter();
		file.add(this.units.province(), "2021-01", HistoryFile.figures(3)).set("cases.completed", "12a");
		file.add(this.units.district(), "2021-01", HistoryFile.figures(3)).set("money.withoutConditions", "41");
		file.add("ZZ-NONE", "2021-01", HistoryFile.figures(3));
		file.add(this.units.province(), "2019-05", HistoryFile.figures(0));
		importCsv(file.csv(), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errorCount").value(4))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].line").value(8))
			.andExpect(jsonPath("$.errors[0].column").value("cases.completed"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("“12a” không phải là số")))
			.andExpect(jsonPath("$.errors[1].line").value(9))
			.andExpect(jsonPath("$.errors[1].column").value("money.withoutConditions"))
			.andExpect(jsonPath("$.errors[1].message")
				.value("Phải thi hành (170) khác Có điều kiện (130) + Chưa có điều kiện (41): lệch 1"))
			.andExpect(jsonPath("$.errors[2].line").value(10))
			.andExpect(jsonPath("$.errors[2].column").value("agency"))
			.andExpect(jsonPath("$.errors[2].message").value("Không có đơn vị mã ZZ-NONE."))
			.andExpect(jsonPath("$.errors[3].line").value(11))
			.andExpect(jsonPath("$.errors[3].column").value("period"))
			.andExpect(jsonPath("$.errors[3].message").value(containsString("chưa thành lập trong tháng 5/2019")));
		assertThat(saved(this.units.province(), this.units.district())).isEmpty();
	}

	@Test
	void onlyApprovedReturnsAreChanged() throws Exception {
		this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), "2020-10", null,
				HistoryFile.figures(1));
		importCsv(quarter().csv(), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("“Nháp”")));
	}

	@Test
	void aProvinceLeaderExportsOnlyTheirSubtreeAndOnlyAnAdministratorImports() throws Exception {
		importCsv(quarter().csv(), false).andExpect(status().isOk());
		importCsv(new HistoryFile().add(this.units.other(), "2020-10", HistoryFile.figures(0)).csv(), false)
			.andExpect(status().isOk());
		List<List<String>> rows = CsvFiles
			.records(Utf8Text.decode(export(this.units.leader(), this.units.province(), "csv")).orElseThrow());
		assertThat(rows.subList(1, rows.size())).extracting((r) -> r.get(0))
			.containsOnly(this.units.province(), this.units.district())
			.hasSize(6);
		this.mvc
			.perform(get("/api/v1/returns/export").param("agency", this.units.other())
				.param("from", "2020-10")
				.param("to", "2021-09")
				.with(basic(this.units.leader())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/returns/export").param("agency", this.units.province())
				.param("from", "2020-10")
				.param("to", "2021-09")
				.with(basic(this.units.officer())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/returns/import").with(basic(this.units.leader()))
				.contentType("text/csv")
				.content(quarter().csv()))
			.andExpect(status().isForbidden());
	}

	@Test
	void textCellsAreMadeInertAndTheJsonExportMatchesTheCsv() throws Exception {
		String code = this.units.province() + "-X";
		this.agencies.create(new AgencyCommand(code, "=HYPERLINK(\"http://x\")", "X", AgencyLevel.LOCAL,
				this.units.province(), LocalDate.of(2019, 10, 1), null, List.of(), null));
		HistoryFile file = quarter();
		file.add(code, "2020-10", HistoryFile.figures(0));
		importCsv(file.csv(), false).andExpect(status().isOk()).andExpect(jsonPath("$.new").value(7));

		this.mvc
			.perform(get("/api/v1/returns/export").param("agency", this.units.province())
				.param("from", "2020-10")
				.param("to", "2020-12")
				.with(basic("admin")))
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		byte[] csv = export("admin", this.units.province(), "csv");
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFagency,agencyName,period,status,cases.carriedOver,");
		assertThat(text).contains(code + ",\"'=HYPERLINK(\"\"http://x\"\")\",2020-10,APPROVED,100,50,");

		List<List<String>> rows = CsvFiles.records(Utf8Text.decode(csv).orElseThrow());
		JsonNode array = this.json.readTree(export("admin", this.units.province(), "json"));
		List<String> header = rows.get(0);
		assertThat(array.size()).isEqualTo(rows.size() - 1).isEqualTo(7);
		for (int i = 1; i < rows.size(); i++) {
			JsonNode row = array.get(i - 1);
			for (int c = 0; c < header.size(); c++) {
				// categories.CODE.cases.completed is categories → CODE → cases →
				// completed
				JsonNode value = row;
				for (String part : header.get(c).split("\\.")) {
					value = value.get(part);
				}
				assertThat(value.asString()).as("%s of row %d", header.get(c), i).isEqualTo(rows.get(i).get(c));
			}
			assertThat(row.get("cases").has("reduced")).isFalse();
		}
		assertThat(array.get(0).get("money").get("reduced").asLong()).isEqualTo(2);
		assertThat(array.get(0).get("agency").asString()).isEqualTo(this.units.province());
	}

}
