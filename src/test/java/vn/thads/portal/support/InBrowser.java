package vn.thads.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test: the whole portal on a random port, driven by a real headless Chromium
 * through Playwright. Inject {@link Browser.Session} into test methods. Without a
 * Chromium on the machine the class is skipped with a message (and fails under
 * {@code THADS_REQUIRE_BROWSER=1}, which CI sets).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
public @interface InBrowser {

}
