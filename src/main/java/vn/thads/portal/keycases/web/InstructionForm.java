package vn.thads.portal.keycases.web;

/** A leader's instruction: the meeting's month ({@code YYYY-MM}), the text, by when. */
public class InstructionForm {

	private String meeting;

	private String text;

	private String due;

	public String getMeeting() {
		return this.meeting;
	}

	public void setMeeting(String meeting) {
		this.meeting = meeting;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getDue() {
		return this.due;
	}

	public void setDue(String due) {
		this.due = due;
	}

}
