package org.ohsonline.reference.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region picker again, for another choice: js/kit.js asks for it when a level changes, to show
 * the level under the division chosen. Any signed-in user; the picker offers only divisions inside
 * the user's own scope (see {@link RegionPickers}).
 */
@Controller
class RegionPickerController {

	static final String FRAGMENT = "kit :: regionPickerBody";

	@GetMapping("/regions/picker")
	String picker(@RequestParam(required = false) String region, Model model) {
		model.addAttribute("value", region);
		return FRAGMENT;
	}

}
