package vn.thads.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout of every page needs beyond the signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	/** The current page in the other language, query kept. */
	@ModelAttribute
	void languageLinks(Model model) {
		model.addAttribute("langViUrl", withLang("vi"));
		model.addAttribute("langEnUrl", withLang("en"));
	}

	private static String withLang(String lang) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", lang)
			.replaceQueryParam("continue")
			.build()
			.toUriString();
	}

}
