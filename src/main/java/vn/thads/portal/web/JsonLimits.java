package vn.thads.portal.web;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the API reads JSON numbers. A fraction is read exactly (a {@code BigDecimal}, never
 * a double that would round {@code 999999999999999.9999} to a whole figure or make
 * {@code 1e400} Infinity), and a number of more than {@link #MAX_NUMBER_LENGTH}
 * characters is refused while it is read (400): the second line behind each field's own
 * range check, which compares before it converts.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	/** The longest figure has 16 digits, the longest rate 6 characters. */
	static final int MAX_NUMBER_LENGTH = 100;

	@Bean
	JsonFactoryBuilderCustomizer numberLength() {
		return (factory) -> factory
			.streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build());
	}

	@Bean
	JsonMapperBuilderCustomizer exactFractions() {
		return (mapper) -> mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

}
