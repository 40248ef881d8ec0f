package vn.thads.portal.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The meeting pack's settings ({@code thads.meeting.*}).
 *
 * @param keyCases how many open key cases the pack lists, the register's first
 */
@ConfigurationProperties("thads.meeting")
public record MeetingPackSettings(@DefaultValue("10") int keyCases) {

}
