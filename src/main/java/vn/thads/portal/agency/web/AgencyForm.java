package vn.thads.portal.agency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;

/** The agency form of the administration pages. */
public class AgencyForm {

	private String code;

	private String name;

	private String shortName;

	private AgencyLevel level;

	private String parentCode;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate validFrom;

	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate validTo;

	private List<String> predecessorCodes = new ArrayList<>();

	private Long version;

	static AgencyForm of(AgencyRef agency, List<AgencyRef> predecessors) {
		AgencyForm form = new AgencyForm();
		form.code = agency.code();
		form.name = agency.name();
		form.shortName = agency.shortName();
		form.level = agency.level();
		form.parentCode = agency.parentCode();
		form.validFrom = agency.validFrom();
		form.validTo = agency.validTo();
		form.predecessorCodes = new ArrayList<>(predecessors.stream().map(AgencyRef::code).toList());
		form.version = agency.version();
		return form;
	}

	AgencyCommand toCommand() {
		return new AgencyCommand(this.code, this.name, this.shortName, this.level, this.parentCode, this.validFrom,
				this.validTo, this.predecessorCodes, this.version);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public AgencyLevel getLevel() {
		return this.level;
	}

	public void setLevel(AgencyLevel level) {
		this.level = level;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public List<String> getPredecessorCodes() {
		return this.predecessorCodes;
	}

	public void setPredecessorCodes(List<String> predecessorCodes) {
		this.predecessorCodes = predecessorCodes;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
