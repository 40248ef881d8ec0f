package vn.thads.portal.keycases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.keycases.KeyCaseAccess;
import vn.thads.portal.keycases.KeyCaseFilter;
import vn.thads.portal.keycases.KeyCaseInstruction;
import vn.thads.portal.keycases.KeyCaseReason;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.security.PortalUser;

/**
 * {@code GET /api/v1/key-cases?agency={code}} (api.md, Planner and key cases): the key
 * cases of the agency's subtree, open and closed, in the register's order; the parties'
 * names only with {@code withNames=true}, which is audited.
 */
@RestController
class KeyCaseApiController {

	private final KeyCaseRegister register;

	KeyCaseApiController(KeyCaseRegister register) {
		this.register = register;
	}

	@GetMapping("/api/v1/key-cases")
	List<KeyCaseJson> list(@RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean withNames, @AuthenticationPrincipal PortalUser user) {
		String code = (agency != null && !agency.isBlank()) ? agency : user.getAgencyCode();
		List<KeyCaseRow> rows = withNames
				? this.register.withNames(user, code, KeyCaseFilter.ALL, KeyCaseAccess.API_NAMES)
				: this.register.register(user, code, KeyCaseFilter.ALL);
		return rows.stream().map(KeyCaseJson::of).toList();
	}

	/**
	 * A key case; {@code category} is a {@code return_category} code or null. Added to
	 * the contract's fields: {@code acceptedOn}, {@code closedOn}, {@code outstanding},
	 * {@code officer}, {@code reasons}, and with names {@code debtorName} and
	 * {@code creditorName} (absent otherwise).
	 */
	record KeyCaseJson(long id, String agencyCode, String decisionNumber, LocalDate decisionDate, String category,
			long amount, long collected, String status, String nextStep, LocalDate nextStepDue,
			List<InstructionJson> instructions, LocalDate acceptedOn, LocalDate closedOn, long outstanding,
			String officer, Set<KeyCaseReason> reasons, @JsonInclude(JsonInclude.Include.NON_NULL) String debtorName,
			@JsonInclude(JsonInclude.Include.NON_NULL) String creditorName) {

		static KeyCaseJson of(KeyCaseRow row) {
			return new KeyCaseJson(row.id(), row.agencyCode(), row.decisionNumber(), row.decisionDate(),
					row.categoryCode(), row.amount(), row.collected(), row.status().name(), row.nextStep(),
					row.nextStepDue(), row.instructions().stream().map(InstructionJson::of).toList(), row.acceptedOn(),
					row.closedOn(), row.outstanding(), row.officer(), row.reasons(), row.debtorName(),
					row.creditorName());
		}

	}

	/**
	 * An instruction: {@code at} the meeting's month ({@code YYYY-MM}), {@code by} the
	 * leader's username, {@code done} the day it was carried out or null; added
	 * {@code followUp}.
	 */
	record InstructionJson(String at, String by, String text, LocalDate due, LocalDate done, String followUp) {

		static InstructionJson of(KeyCaseInstruction i) {
			return new InstructionJson(i.meeting().toString(), i.givenBy(), i.text(), i.due(), i.doneOn(),
					i.followUp());
		}

	}

}
