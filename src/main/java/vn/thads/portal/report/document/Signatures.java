package vn.thads.portal.report.document;

import java.util.List;
import java.util.Objects;

/**
 * The closing of a document: "Nơi nhận:" and the recipients in small type at the left,
 * then the signers side by side, each under its date line (empty but for the head's),
 * title and hint, with room to sign (and seal).
 */
public record Signatures(List<Text> recipients, List<Signer> signers) {

	public Signatures {
		recipients = List.copyOf(recipients);
		signers = List.copyOf(signers);
	}

	/**
	 * @param dated whether the heading's place and date line ("Kiên Giang, ngày 05 tháng
	 * 10 năm 2022") is above the title (the head's), else an empty line
	 * @param title "THỦ TRƯỞNG ĐƠN VỊ"
	 * @param hint "(Ký, ghi rõ họ tên, đóng dấu)"
	 */
	public record Signer(boolean dated, Text title, Text hint) {

		public Signer {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(hint, "hint");
		}

	}

}
