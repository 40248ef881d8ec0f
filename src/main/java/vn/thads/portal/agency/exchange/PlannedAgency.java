package vn.thads.portal.agency.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.thads.portal.agency.AgencyLevel;

/** One agency as the file describes it, gathered from all of its rows. */
final class PlannedAgency {

	final String code;

	final int firstRow;

	AgencyLevel level;

	String parent;

	LocalDate validFrom;

	LocalDate validTo;

	/** Name by the day it took effect. */
	final TreeMap<LocalDate, String> names = new TreeMap<>();

	/**
	 * Short names given in the file (optional column), by the day their name took effect.
	 */
	final Map<LocalDate, String> shortNames = new HashMap<>();

	final Set<String> predecessors = new TreeSet<>();

	String primarySuccessor;

	/** The names as the rows give them, before they are checked. */
	final List<NameRow> nameRows = new ArrayList<>();

	PlannedAgency(String code, int firstRow) {
		this.code = code;
		this.firstRow = firstRow;
	}

	/**
	 * @param from null when the row leaves {@code nameValidFrom} empty
	 */
	record NameRow(int row, LocalDate from, String name, String shortName) {
	}

}
