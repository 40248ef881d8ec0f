package vn.thads.portal.meeting.web;

import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.meeting.DecisionEntry;
import vn.thads.portal.meeting.MeetingConclusion;
import vn.thads.portal.meeting.MeetingDecision;

/**
 * The conclusions page's form: the version read and one line per decision (the saved
 * ones, then {@value #BLANK_LINES} empty lines to add more).
 */
public class DecisionsForm {

	static final int BLANK_LINES = 3;

	private long version = -1;

	private List<Line> decisions = new ArrayList<>();

	static DecisionsForm of(MeetingConclusion conclusion) {
		DecisionsForm form = new DecisionsForm();
		form.version = conclusion.version();
		for (MeetingDecision d : conclusion.decisions()) {
			form.decisions
				.add(new Line(d.text(), d.responsible(), (d.due() != null) ? d.due().toString() : null, d.result()));
		}
		return form.withBlankLines();
	}

	/** Room for more decisions under those typed. */
	DecisionsForm withBlankLines() {
		for (int i = 0; i < BLANK_LINES; i++) {
			this.decisions.add(new Line());
		}
		return this;
	}

	List<DecisionEntry> entries() {
		return this.decisions.stream()
			.map((l) -> (l != null) ? new DecisionEntry(l.getText(), l.getResponsible(), l.getDue(), l.getResult())
					: null)
			.toList();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Line> getDecisions() {
		return this.decisions;
	}

	public void setDecisions(List<Line> decisions) {
		this.decisions = decisions;
	}

	/** One decision as typed. */
	public static class Line {

		private String text;

		private String responsible;

		private String due;

		private String result;

		public Line() {
		}

		Line(String text, String responsible, String due, String result) {
			this.text = text;
			this.responsible = responsible;
			this.due = due;
			this.result = result;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getResponsible() {
			return this.responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}

		public String getDue() {
			return this.due;
		}

		public void setDue(String due) {
			this.due = due;
		}

		public String getResult() {
			return this.result;
		}

		public void setResult(String result) {
			this.result = result;
		}

	}

}
