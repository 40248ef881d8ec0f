package vn.thads.portal.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** While the demo data is on, every page says so, the sign-in page included. */
@FullStack
class DemoRibbonTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInPageAndThePagesSayTheDataIsSampleData() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BẢN DÙNG THỬ — dữ liệu mẫu")));
		for (String page : new String[] { "/dashboard/AG-KV01", "/returns/AG-KV01", "/account/password" }) {
			this.mvc.perform(get(page).with(session("ag-kv01.canbo")))
				.andExpect(content().string(containsString("id=\"demo-ribbon\"")));
		}
		this.mvc.perform(get("/admin/users").with(session("admin")))
			.andExpect(content().string(containsString("BẢN DÙNG THỬ — dữ liệu mẫu")));
	}

}
