package vn.thads.portal.report.document;

import java.util.List;

/**
 * A titled list ("Các đơn vị còn thiếu: …"), each item a line; the title may be empty.
 */
public record ItemList(Text title, List<Text> items) implements DocumentSection {

	public ItemList {
		items = List.copyOf(items);
	}

	@Override
	public String fragment() {
		return "document/sections :: items";
	}

}
