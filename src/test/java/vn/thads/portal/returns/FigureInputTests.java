package vn.thads.portal.returns;

import java.math.BigInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule 1 of domain.md §3 as officers type: whole numbers, thousands in groups of three.
 */
class FigureInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12345              | 12345
			12.345             | 12345
			1 234 567          | 1234567
			1.234.567          | 1234567
			'  42  '           | 42
			0                  | 0
			007                | 7
			999                | 999
			1.000              | 1000
			1000000000000000   | 1000000000000000
			1.000.000.000.000.000 | 1000000000000000
			""")
	void wholeNumbersWithOrWithoutThousandsSeparators(String typed, long expected) {
		FigureInput.Parsed parsed = FigureInput.parse(typed);
		assertThat(parsed.ok()).as(typed).isTrue();
		assertThat(parsed.value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1\u00a0234\u00a0567", "1\u202f234\u202f567", "1  234" })
	void spacesPastedFromDocumentsAreSpaces(String typed) {
		assertThat(FigureInput.parse(typed).ok()).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void blankIsZeroOnAPage(String typed) {
		assertThat(FigureInput.parse(typed)).isEqualTo(new FigureInput.Parsed(0, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.5                     | figure.decimal
			12,5                    | figure.decimal
			12,345                  | figure.decimal
			1.2345                  | figure.decimal
			12.34                   | figure.decimal
			1 234.567               | figure.decimal
			1 23                    | figure.decimal
			-3                      | figure.negative
			−3                      | figure.negative
			-1.234                  | figure.negative
			abc                     | figure.notANumber
			1e5                     | figure.notANumber
			12a                     | figure.notANumber
			.5                      | figure.notANumber
			1000000000000001        | figure.tooLarge
			1.000.000.000.000.001   | figure.tooLarge
			99999999999999999999999 | figure.tooLarge
			""")
	void anythingElseIsRefusedNeverRounded(String typed, String problem) {
		FigureInput.Parsed parsed = FigureInput.parse(typed);
		assertThat(parsed.problem()).as(typed).isEqualTo(problem);
		assertThat(parsed.on("cases.completed", typed).arguments()).containsExactly(typed.strip());
	}

	@ParameterizedTest
	@CsvSource({ "-1, figure.negative", "1000000000000001, figure.tooLarge" })
	void theRangeIsCheckedHoweverTheNumberArrived(String value, String problem) {
		assertThat(FigureInput.check(new BigInteger(value)).problem()).isEqualTo(problem);
		assertThat(FigureInput.check(BigInteger.valueOf(Figures.MAX)).ok()).isTrue();
		assertThat(FigureInput.check(BigInteger.ZERO).ok()).isTrue();
	}

}
