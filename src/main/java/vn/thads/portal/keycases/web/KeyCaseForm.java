package vn.thads.portal.keycases.web;

import vn.thads.portal.keycases.KeyCaseEntry;
import vn.thads.portal.keycases.KeyCaseRow;

/**
 * The new-case form and the case's progress form: every field is text, so what was typed
 * stays on screen with its message (the service checks it, {@code KeyCaseInputs}).
 */
public class KeyCaseForm {

	private String agency;

	private long version;

	private String decisionNumber;

	private String decisionDate;

	private String acceptedOn;

	private String categoryCode;

	private String debtorName;

	private String creditorName;

	private String amount;

	private String collected;

	private String status;

	private String closedOn;

	private String nextStep;

	private String nextStepDue;

	private String officerUserId;

	private String officerName;

	/** The progress form of a case, filled with what is saved. */
	static KeyCaseForm of(KeyCaseRow row) {
		KeyCaseForm form = new KeyCaseForm();
		form.agency = row.agencyCode();
		form.version = row.version();
		form.amount = Long.toString(row.amount());
		form.collected = Long.toString(row.collected());
		form.status = row.status().name();
		form.closedOn = text(row.closedOn());
		form.nextStep = row.nextStep();
		form.nextStepDue = text(row.nextStepDue());
		form.officerUserId = (row.officerUserId() != null) ? row.officerUserId().toString() : null;
		form.officerName = (row.officerUserId() == null) ? row.officer() : null;
		return form;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	KeyCaseEntry entry() {
		return new KeyCaseEntry(this.decisionNumber, this.decisionDate, this.acceptedOn, this.categoryCode,
				this.debtorName, this.creditorName, this.amount, this.collected, this.status, this.closedOn,
				this.nextStep, this.nextStepDue, this.officerUserId, this.officerName);
	}

	public String getAgency() {
		return this.agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public String getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(String decisionDate) {
		this.decisionDate = decisionDate;
	}

	public String getAcceptedOn() {
		return this.acceptedOn;
	}

	public void setAcceptedOn(String acceptedOn) {
		this.acceptedOn = acceptedOn;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getDebtorName() {
		return this.debtorName;
	}

	public void setDebtorName(String debtorName) {
		this.debtorName = debtorName;
	}

	public String getCreditorName() {
		return this.creditorName;
	}

	public void setCreditorName(String creditorName) {
		this.creditorName = creditorName;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getCollected() {
		return this.collected;
	}

	public void setCollected(String collected) {
		this.collected = collected;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getClosedOn() {
		return this.closedOn;
	}

	public void setClosedOn(String closedOn) {
		this.closedOn = closedOn;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public String getNextStepDue() {
		return this.nextStepDue;
	}

	public void setNextStepDue(String nextStepDue) {
		this.nextStepDue = nextStepDue;
	}

	public String getOfficerUserId() {
		return this.officerUserId;
	}

	public void setOfficerUserId(String officerUserId) {
		this.officerUserId = officerUserId;
	}

	public String getOfficerName() {
		return this.officerName;
	}

	public void setOfficerName(String officerName) {
		this.officerName = officerName;
	}

}
