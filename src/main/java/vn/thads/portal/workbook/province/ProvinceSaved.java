package vn.thads.portal.workbook.province;

import java.util.List;

import vn.thads.portal.returns.ReturnView;

/**
 * What a confirmed province workbook saved: the returns it changed, as a {@code PUT}
 * answers each, and the dry run they came from.
 */
public record ProvinceSaved(ProvinceUpload upload, List<ReturnView> returns) {

	public ProvinceSaved {
		returns = List.copyOf(returns);
	}

}
