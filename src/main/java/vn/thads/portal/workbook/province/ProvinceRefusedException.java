package vn.thads.portal.workbook.province;

/**
 * A province workbook with an error anywhere: nothing of it was saved. Carries the dry
 * run that says where (422 with it, on the page and in the API).
 */
public class ProvinceRefusedException extends RuntimeException {

	private final transient ProvinceUpload upload;

	ProvinceRefusedException(ProvinceUpload upload) {
		super("Province workbook refused: " + upload.filename());
		this.upload = upload;
	}

	public ProvinceUpload getUpload() {
		return this.upload;
	}

}
