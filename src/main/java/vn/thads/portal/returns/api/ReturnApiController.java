package vn.thads.portal.returns.api;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.returns.ChangesSince;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.ReturnWorkflow;
import vn.thads.portal.returns.StaleReturnException;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.NotFoundException;

/**
 * The Returns section of api.md, through the same services and rules as the pages.
 * Problems become RFC 9457 answers in {@code web.ApiErrorHandling}: 403 out of scope, 404
 * no return, 409 stale version or wrong status, 422 bad input.
 */
@RestController
@RequestMapping("/api/v1/returns/{agency}/{period}")
class ReturnApiController {

	private final ReturnBook book;

	private final ReturnEntry entry;

	private final ReturnWorkflow workflow;

	private final ReturnHistory history;

	private final ReturnMessages messages;

	ReturnApiController(ReturnBook book, ReturnEntry entry, ReturnWorkflow workflow, ReturnHistory history,
			ReturnMessages messages) {
		this.book = book;
		this.entry = entry;
		this.workflow = workflow;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping
	ReturnJson get(@PathVariable String agency, @PathVariable String period, @AuthenticationPrincipal PortalUser user) {
		return json(this.book.find(user, agency, period)
			.orElseThrow(() -> new NotFoundException("No return of " + agency + " for " + period)));
	}

	@PutMapping
	ReturnJson put(@PathVariable String agency, @PathVariable String period, @RequestBody JsonNode body,
			@AuthenticationPrincipal PortalUser user) {
		ReturnJsonInput.Body input = ReturnJsonInput.read(body);
		return json(this.entry.save(user, agency, period, input.version(), input.figures(), input.categoriesGiven()));
	}

	@PostMapping("/submit")
	ReturnJson submit(@PathVariable String agency, @PathVariable String period,
			@RequestBody(required = false) JsonNode body, @AuthenticationPrincipal PortalUser user) {
		ActionJsonInput.Action action = ActionJsonInput.read(body, "explanation");
		return json(this.workflow.submit(user, agency, period, action.version(), action.text()));
	}

	@PostMapping("/approve")
	ReturnJson approve(@PathVariable String agency, @PathVariable String period,
			@RequestBody(required = false) JsonNode body, @AuthenticationPrincipal PortalUser user) {
		ActionJsonInput.Action action = ActionJsonInput.read(body, null);
		return json(this.workflow.approve(user, agency, period, action.version()));
	}

	@PostMapping("/return")
	ReturnJson sendBack(@PathVariable String agency, @PathVariable String period,
			@RequestBody(required = false) JsonNode body, @AuthenticationPrincipal PortalUser user) {
		ActionJsonInput.Action action = ActionJsonInput.read(body, "comment");
		return json(this.workflow.sendBack(user, agency, period, action.version(), action.text()));
	}

	@PostMapping("/reopen")
	ReturnJson reopen(@PathVariable String agency, @PathVariable String period,
			@RequestBody(required = false) JsonNode body, @AuthenticationPrincipal PortalUser user) {
		ActionJsonInput.Action action = ActionJsonInput.read(body, "reason");
		return json(this.workflow.reopen(user, agency, period, action.version(), action.text()));
	}

	@GetMapping("/history")
	List<ReturnJson.HistoryJson> history(@PathVariable String agency, @PathVariable String period,
			@AuthenticationPrincipal PortalUser user) {
		return this.history.of(user, agency, period).entries().stream().map(ReturnJson.HistoryJson::of).toList();
	}

	/**
	 * An action on a version no longer stored (api.md: "a stale version → 409 with the
	 * current return in the body"): the problem detail carries the return as it is now
	 * ({@code current}), each figure changed since the caller's version ({@code changes},
	 * from then to now) and the history since ({@code since}). Handled here, before the
	 * general 409 of {@code web.ApiErrorHandling}, which knows no returns.
	 */
	@ExceptionHandler(StaleReturnException.class)
	ResponseEntity<ProblemDetail> stale(StaleReturnException ex) {
		ChangesSince changed = ex.changed();
		List<FieldChange> changes = changed.changes();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle(this.messages.text("api.conflict.title"));
		problem.setDetail(this.messages.text("return.stale", changed.shown(), changed.current(), changes.size()));
		problem.setProperty("version", changed.current());
		problem.setProperty("changes", changes);
		problem.setProperty("since", changed.since().stream().map(ReturnJson.HistoryJson::of).toList());
		problem.setProperty("current", json(ex.current()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ReturnJson json(ReturnView view) {
		return ReturnJson.of(view, this.messages);
	}

}
